#include "formats/html/html_reader.hpp"

#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "formats/html/html_code_language.hpp"
#include "formats/html/html_inline_rules.hpp"
#include "src/ast/walk.hpp"
#include "src/render/html_block_lines.hpp"
#include "src/source/position_cursor.hpp"
#include "src/text/utf8.hpp"

namespace folio {

namespace {

struct OutputDeleter {
    void operator()(GumboOutput* output) const { gumbo_destroy_output(&kGumboDefaultOptions, output); }
};

bool is_element(const GumboNode* n) { return n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE; }
bool is_text(const GumboNode* n) {
    return n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA;
}
GumboTag tag_of(const GumboNode* n) { return is_element(n) ? n->v.element.tag : GUMBO_TAG_UNKNOWN; }

const GumboVector& children_of(const GumboNode* n) {
    static const GumboVector empty{nullptr, 0, 0};
    if (is_element(n)) return n->v.element.children;
    if (n->type == GUMBO_NODE_DOCUMENT) return n->v.document.children;
    return empty;
}
const GumboNode* child(const GumboVector& v, unsigned i) { return static_cast<const GumboNode*>(v.data[i]); }

std::string_view attribute(const GumboNode* n, const char* name) {
    if (!is_element(n)) return {};
    const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
    return a ? std::string_view(a->value) : std::string_view();
}
bool has_attribute(const GumboNode* n, const char* name) {
    return is_element(n) && gumbo_get_attribute(&n->v.element.attributes, name) != nullptr;
}
unsigned attribute_count(const GumboNode* n) { return is_element(n) ? n->v.element.attributes.length : 0; }

bool has_class_word(std::string_view classes, std::string_view word) {
    std::size_t at = 0;
    while ((at = classes.find(word, at)) != std::string_view::npos) {
        const bool starts = at == 0 || classes[at - 1] == ' ';
        const std::size_t after = at + word.size();
        if (starts && (after == classes.size() || classes[after] == ' ')) return true;
        at = after;
    }
    return false;
}

// gumbo 0.10 writes an overflowing numeric reference without `;` (`&#XffffffffD0`) as one raw
// byte rather than U+FFFD (the EPUB writer's fuzz finding): its text is made valid UTF-8.
std::string valid(std::string_view text) {
    return find_invalid_utf8(text) == std::string_view::npos ? std::string(text) : to_valid_utf8(text);
}

bool is_blank(std::string_view s) { return s.find_first_not_of(" \t\n\r\f") == std::string_view::npos; }
bool is_html_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

/// Elements with no node in the tree: kept whole, as written, where they stand.
bool raw_block_tag(GumboTag tag) {
    switch (tag) {
        case GUMBO_TAG_IFRAME: case GUMBO_TAG_VIDEO: case GUMBO_TAG_AUDIO: case GUMBO_TAG_SCRIPT:
        case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_FORM: case GUMBO_TAG_OBJECT:
        case GUMBO_TAG_EMBED: case GUMBO_TAG_CANVAS: case GUMBO_TAG_DETAILS: case GUMBO_TAG_TEMPLATE:
        case GUMBO_TAG_SVG: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_ADDRESS: case GUMBO_TAG_HGROUP:
        case GUMBO_TAG_MENU: case GUMBO_TAG_CENTER: case GUMBO_TAG_FIGCAPTION:
        case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_SELECT: case GUMBO_TAG_LINK: case GUMBO_TAG_META:
            return true;
        default: return false;
    }
}

/// Names that open an HTML block of CommonMark's kinds 1 and 6 wherever the line goes on.
bool commonmark_block_tag(GumboTag tag) {
    switch (tag) {
        case GUMBO_TAG_SCRIPT: case GUMBO_TAG_PRE: case GUMBO_TAG_STYLE: case GUMBO_TAG_TEXTAREA:
        case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE: case GUMBO_TAG_BLOCKQUOTE:
        case GUMBO_TAG_CENTER: case GUMBO_TAG_DETAILS: case GUMBO_TAG_DIV: case GUMBO_TAG_DL:
        case GUMBO_TAG_FIELDSET: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FOOTER:
        case GUMBO_TAG_FORM: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
        case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_HEADER: case GUMBO_TAG_HR: case GUMBO_TAG_IFRAME:
        case GUMBO_TAG_LI: case GUMBO_TAG_LINK: case GUMBO_TAG_MAIN: case GUMBO_TAG_MENU: case GUMBO_TAG_NAV:
        case GUMBO_TAG_OL: case GUMBO_TAG_P: case GUMBO_TAG_SECTION: case GUMBO_TAG_TABLE: case GUMBO_TAG_UL:
        case GUMBO_TAG_DD: case GUMBO_TAG_DT: case GUMBO_TAG_SUMMARY:
            return true;
        default: return false;
    }
}

/// Elements that start a block of their own in a browser (an inline run stops before them).
bool block_tag(GumboTag tag) {
    switch (tag) {
        case GUMBO_TAG_P: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
        case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_DL:
        case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE: case GUMBO_TAG_TABLE: case GUMBO_TAG_HR:
        case GUMBO_TAG_FIGURE: case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE:
        case GUMBO_TAG_MAIN: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE:
        case GUMBO_TAG_NAV: case GUMBO_TAG_LI: case GUMBO_TAG_DT: case GUMBO_TAG_DD:
            return true;
        default: return raw_block_tag(tag);
    }
}

/// Wrappers the layout needs and the content does not: Gutenberg's groups and columns, the
/// theme's content box, Ghost's Markdown card.
bool layout_only_class(std::string_view word) {
    return word.starts_with("wp-block-group") || word.starts_with("wp-block-column") ||
           word.starts_with("is-layout-") || word.starts_with("wp-container-") ||
           word == "entry-content" || word == "post-content" || word == "kg-card-markdown" ||
           word == "e-content" || word == "post-body" || word == "gh-content";
}

bool carries_no_meaning(const GumboNode* n) {
    const unsigned count = attribute_count(n);
    if (count == 0) return true;
    if (count > 1 || !has_attribute(n, "class")) return false;
    const std::string_view classes = attribute(n, "class");
    std::size_t i = 0;
    bool any = false;
    while (i < classes.size()) {
        while (i < classes.size() && is_html_space(classes[i])) ++i;
        const std::size_t start = i;
        while (i < classes.size() && !is_html_space(classes[i])) ++i;
        if (i == start) break;
        if (!layout_only_class(classes.substr(start, i - start))) return false;
        any = true;
    }
    return any;
}

/// Where a node's markup ends in the parsed text: after its end tag, else after its last
/// descendant, else after its start tag. A loop, not recursion: the tree may be deep.
std::size_t markup_end(const GumboNode* n) {
    for (;;) {
        if (is_text(n) || n->type == GUMBO_NODE_COMMENT)
            return n->v.text.start_pos.offset + n->v.text.original_text.length;
        if (!is_element(n)) return 0;
        const GumboElement& e = n->v.element;
        if (e.original_end_tag.length > 0) return e.end_pos.offset + e.original_end_tag.length;
        if (e.children.length == 0) return e.start_pos.offset + e.original_tag.length;
        n = child(e.children, e.children.length - 1);
    }
}

// Where the markup of an element whose end tag gumbo did not record (`</form>` is one) ends
// at the latest: where the next thing after it starts, less the blanks before that.
std::size_t markup_end_bound(const GumboNode* n, std::string_view text);

std::size_t markup_start(const GumboNode* n) {
    for (;;) {
        if (is_text(n) || n->type == GUMBO_NODE_COMMENT) return n->v.text.start_pos.offset;
        if (!is_element(n)) return 0;
        const GumboElement& e = n->v.element;
        if (e.original_tag.length > 0 || e.children.length == 0) return e.start_pos.offset;
        n = child(e.children, 0);
    }
}

std::size_t markup_end_bound(const GumboNode* n, std::string_view text) {
    std::size_t bound = text.size();
    for (const GumboNode* at = n; at->parent; at = at->parent) {
        const GumboVector& siblings = children_of(at->parent);
        if (at->index_within_parent + 1 < siblings.length) {
            bound = markup_start(child(siblings, static_cast<unsigned>(at->index_within_parent + 1)));
            break;
        }
        if (is_element(at->parent) && at->parent->v.element.original_end_tag.length > 0) {
            bound = at->parent->v.element.end_pos.offset;
            break;
        }
    }
    bound = std::min(bound, text.size());
    while (bound > 0 && is_html_space(text[bound - 1])) --bound;
    return bound;
}

// CommonMark's HTML blocks of kind 1 run past blank lines; the others end at one.
bool keeps_blank_lines(GumboTag tag) {
    return tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_TEXTAREA;
}

// A run of inline content being gathered into one paragraph, with the whitespace state a
// browser keeps: a blank after a blank (or at the start) is not shown.
struct InlineRun {
    Inlines inlines;
    bool after_space = true;
    std::size_t start = std::string::npos;  // offset in the parsed text of the first content
    std::size_t end = 0;                     // and where the last node's markup ends
    const GumboNode* first_raw = nullptr;    // the node that made a first inline of raw HTML
};

// gumbo 0.10 has no tag number for newer or MathML names (`annotation`, `picture`).
bool unknown_named(const GumboNode* n, std::string_view name) {
    if (tag_of(n) != GUMBO_TAG_UNKNOWN) return false;
    const GumboStringPiece& tag = n->v.element.original_tag;
    std::string_view written(tag.data, tag.length);
    if (written.size() < name.size() + 1) return false;
    for (std::size_t i = 0; i < name.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(written[i + 1])) != name[i]) return false;
    return written.size() == name.size() + 1 || !std::isalnum(static_cast<unsigned char>(written[name.size() + 1]));
}

// Footnotes as renderers write them: references are links to `#id` in (or around) a `<sup>`,
// or with a `footnote` class; the notes are the items of an `<ol>` whose every item is a target.
struct FootnoteMap {
    std::unordered_map<std::string, std::string> label_of_id;       // note item id -> label
    std::unordered_set<const GumboNode*> lists;                      // the `<ol>`s of notes
    std::unordered_set<const GumboNode*> skipped;                    // their wrappers
    std::unordered_set<std::string> reference_ids;                   // ids of the references
};

bool is_reference_anchor(const GumboNode* a) {
    if (tag_of(a) != GUMBO_TAG_A) return false;
    const std::string_view href = attribute(a, "href");
    if (href.size() < 2 || href[0] != '#') return false;
    const GumboNode* parent = a->parent;
    if (parent && tag_of(parent) == GUMBO_TAG_SUP) return true;
    const std::string_view classes = attribute(a, "class");
    if (classes.find("footnote") != std::string_view::npos && classes.find("backref") == std::string_view::npos)
        return true;
    const GumboVector& kids = a->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i)
        if (tag_of(child(kids, i)) == GUMBO_TAG_SUP) return true;
    return false;
}

FootnoteMap find_footnotes(const GumboNode* root) {
    FootnoteMap map;
    std::unordered_set<std::string> targets;
    std::vector<const GumboNode*> lists;
    std::vector<const GumboNode*> stack{root};
    while (!stack.empty()) {
        const GumboNode* n = stack.back();
        stack.pop_back();
        if (!is_element(n)) continue;
        if (is_reference_anchor(n)) {
            targets.insert(std::string(attribute(n, "href").substr(1)));
            if (has_attribute(n, "id")) map.reference_ids.insert(std::string(attribute(n, "id")));
            if (has_attribute(n->parent, "id")) map.reference_ids.insert(std::string(attribute(n->parent, "id")));
        }
        if (tag_of(n) == GUMBO_TAG_OL) lists.push_back(n);
        const GumboVector& kids = children_of(n);
        for (unsigned i = kids.length; i-- > 0;) stack.push_back(child(kids, i));
    }
    if (targets.empty()) return map;
    // Document order: the stack pushed children in reverse, so `lists` is in order already.
    int next_label = 1;
    for (const GumboNode* list : lists) {
        const GumboVector& kids = list->v.element.children;
        std::vector<std::string> ids;
        bool all = true;
        for (unsigned i = 0; i < kids.length && all; ++i) {
            const GumboNode* k = child(kids, i);
            if (tag_of(k) == GUMBO_TAG_LI) {
                const std::string id(attribute(k, "id"));
                // An id given twice names no one note.
                all = !id.empty() && targets.count(id) > 0 && map.label_of_id.count(id) == 0 &&
                      std::find(ids.begin(), ids.end(), id) == ids.end();
                ids.push_back(id);
            } else {
                all = is_text(k) && is_blank(k->v.text.text);
            }
        }
        if (!all || ids.empty()) continue;
        for (const std::string& id : ids) map.label_of_id.emplace(id, std::to_string(next_label++));
        // The wrapper a renderer puts around the notes (`<section class="footnotes">`, goldmark's
        // `<div class="footnotes">` with its `<hr>`) goes with them.
        const GumboNode* outer = list;
        while (outer->parent && is_element(outer->parent) &&
               (attribute(outer->parent, "class").find("footnote") != std::string_view::npos ||
                attribute(outer->parent, "id").find("footnote") != std::string_view::npos) &&
               tag_of(outer->parent) != GUMBO_TAG_BODY && tag_of(outer->parent) != GUMBO_TAG_HTML)
            outer = outer->parent;
        map.lists.insert(list);
        map.skipped.insert(outer);
    }
    return map;
}

class HtmlTreeReader {
public:
    HtmlTreeReader(const SourceText& source, std::size_t base, std::string_view text, Diagnostics& diagnostics)
        : source_(source), base_(base), text_(text), diagnostics_(diagnostics) {}

    Body read(const GumboNode* root) {
        footnotes_ = find_footnotes(root);
        Body body;
        body.blocks = blocks_of(root, 0);
        collect_notes(root, body.footnotes);
        for_each_inline_run(body.blocks, keep_breaks_before_block_tags);
        for (Footnote& note : body.footnotes) for_each_inline_run(note.children, keep_breaks_before_block_tags);
        return body;
    }

private:
    const SourceText& source_;
    std::size_t base_;
    std::string_view text_;
    Diagnostics& diagnostics_;
    FootnoteMap footnotes_;
    bool nesting_reported_ = false;
    bool in_note_ = false;
    bool in_link_ = false;
    std::string language_hint_;          // from a highlighter's wrapper around a `<pre>`
    const GumboNode* skip_ = nullptr;    // a task list's checkbox, read into the item's state

    // Positions are asked for nearly in file order: walking on from the last one keeps a long
    // one-line post (as exports hold them) linear, where counting from the line start is not.
    mutable PositionCursor cursor_{source_};

    SourcePos at(std::size_t offset) const { return cursor_.at(base_ + offset); }
    SourcePos at(const GumboNode* n) const { return at(markup_start(n)); }

    std::size_t markup_stop(const GumboNode* n) const {
        const std::size_t from = std::min(markup_start(n), text_.size());
        std::size_t to = std::clamp(markup_end(n), from, text_.size());
        if (is_element(n) && n->v.element.original_end_tag.length == 0 && n->v.element.children.length > 0)
            to = std::max(to, std::min(markup_end_bound(n, text_), text_.size()));
        return to;
    }

    // A paragraph that Markdown would read as an HTML block: its first inline is the raw tag
    // of an element CommonMark starts a block with (`<iframe>` alone in a `<p>`, a comment).
    static bool starts_html_block(const InlineRun& run) {
        const GumboNode* n = run.first_raw;
        return n && !run.inlines.empty() && std::holds_alternative<RawHtml>(run.inlines.front().node) &&
               (n->type == GUMBO_NODE_COMMENT || (is_element(n) && commonmark_block_tag(tag_of(n))));
    }

    std::string markup(const GumboNode* n) const {
        const std::size_t from = std::min(markup_start(n), text_.size());
        std::size_t to = std::clamp(markup_end(n), from, text_.size());
        if (is_element(n) && n->v.element.original_end_tag.length == 0 && n->v.element.children.length > 0)
            to = std::max(to, std::min(markup_end_bound(n, text_), text_.size()));
        return std::string(text_.substr(from, to - from));
    }

    std::string start_tag(const GumboNode* n) const {
        const GumboStringPiece& tag = n->v.element.original_tag;
        if (tag.length > 0) return std::string(tag.data, tag.length);
        return std::string("<") + gumbo_normalized_tagname(n->v.element.tag) + ">";
    }
    std::string end_tag(const GumboNode* n) const {
        const GumboStringPiece& tag = n->v.element.original_end_tag;
        if (tag.length > 0) return std::string(tag.data, tag.length);
        if (tag_of(n) == GUMBO_TAG_UNKNOWN) {
            const GumboStringPiece& open = n->v.element.original_tag;
            std::string_view name(open.data, open.length);
            if (name.size() > 1) name.remove_prefix(1);
            name = name.substr(0, std::min(name.find_first_of(" \t\n\r\f/>"), name.size()));
            return "</" + std::string(name) + ">";
        }
        return std::string("</") + gumbo_normalized_tagname(n->v.element.tag) + ">";
    }

    Block raw_block(const GumboNode* n) const {
        std::string html = markup(n);
        // CommonMark opens an HTML block at other names (kind 7) only when the start tag is
        // alone on its line; a line end after it shows nothing and keeps the block one block
        // when the post is written as Markdown.
        if (is_element(n) && !commonmark_block_tag(tag_of(n)) && n->v.element.original_tag.length > 0 &&
            markup_start(n) == n->v.element.start_pos.offset) {
            const std::size_t after = n->v.element.original_tag.length;
            if (after < html.size() && html[after] != '\n') html.insert(after, "\n");
        }
        if (is_element(n) && !keeps_blank_lines(tag_of(n))) html = html_without_blank_lines(html);
        return Block{HtmlBlock{block_text(std::move(html))}, at(n)};
    }

    // Blanks at the end of a line show nothing (but in a `<pre>`, rarely) and do not survive
    // a Markdown file, whose reader drops them.
    static std::string block_text(std::string html) {
        std::string out;
        out.reserve(html.size() + 1);
        for (const char c : html) {
            if (c == '\n')
                while (!out.empty() && (out.back() == ' ' || out.back() == '\t')) out.pop_back();
            out += c;
        }
        while (!out.empty() && (out.back() == ' ' || out.back() == '\t' || out.back() == '\n')) out.pop_back();
        out += '\n';
        return out;
    }

    bool too_deep(int depth, const GumboNode* n) {
        if (depth < kMaxHtmlNesting) return false;
        if (!nesting_reported_) {
            nesting_reported_ = true;
            diagnostics_.report(source_.diagnostic(
                Severity::warning, "html.nesting",
                "elements nest deeper than " + std::to_string(kMaxHtmlNesting) +
                    " levels; the deeper ones are kept as raw HTML",
                base_ + markup_start(n)));
        }
        return true;
    }

    // ---- blocks

    Blocks blocks_of(const GumboNode* parent, int depth) {
        Blocks out;
        InlineRun run;
        const GumboVector& kids = children_of(parent);
        for (unsigned i = 0; i < kids.length; ++i) {
            const GumboNode* n = child(kids, i);
            if (n == skip_) continue;
            if (is_element(n) && is_display_math(n) && run.inlines.empty()) {
                InlineRun alone;
                inline_node(n, alone, depth + 1);
                if (alone.inlines.size() == 1 && std::holds_alternative<Math>(alone.inlines.front().node)) {
                    flush(alone, out);
                    continue;
                }
            }
            if (is_element(n) && (block_tag(tag_of(n)) || footnotes_.skipped.count(n))) {
                flush(run, out);
                block(n, out, depth + 1);
            } else if (n->type == GUMBO_NODE_COMMENT && run.inlines.empty()) {
                out.push_back(raw_block(n));
            } else {
                if (is_text(n) && run.inlines.empty() && is_blank(n->v.text.text)) continue;
                inline_node(n, run, depth + 1);
            }
        }
        flush(run, out);
        return out;
    }

    void flush(InlineRun& run, Blocks& out) {
        trim_end(run.inlines, in_note_);
        // A `<br>` that starts a paragraph has no Markdown spelling; the line it made is empty.
        while (!run.inlines.empty() && std::holds_alternative<HardBreak>(run.inlines.front().node))
            run.inlines.erase(run.inlines.begin());
        if (starts_html_block(run)) {
            const std::size_t to = std::clamp(run.end, run.start, text_.size());
            std::string html = html_without_blank_lines(text_.substr(run.start, to - run.start));
            out.push_back(Block{HtmlBlock{block_text(std::move(html))}, at(run.start)});
        } else if (!run.inlines.empty()) {
            out.push_back(Block{Paragraph{std::move(run.inlines)}, at(run.start)});
        }
        run = InlineRun{};
    }

    Inlines inlines_of(const GumboNode* parent, int depth) {
        InlineRun run;
        const GumboVector& kids = children_of(parent);
        for (unsigned i = 0; i < kids.length; ++i) {
            if (child(kids, i) != skip_) inline_node(child(kids, i), run, depth + 1);
        }
        trim_end(run.inlines, in_note_);
        return std::move(run.inlines);
    }

    Inlines paragraph_inlines(const GumboNode* p, int depth, std::size_t& start) {
        InlineRun run = paragraph_run(p, depth);
        start = run.start;
        return std::move(run.inlines);
    }

    InlineRun paragraph_run(const GumboNode* p, int depth) {
        InlineRun run;
        const GumboVector& kids = children_of(p);
        for (unsigned i = 0; i < kids.length; ++i) {
            if (child(kids, i) != skip_) inline_node(child(kids, i), run, depth + 1);
        }
        trim_end(run.inlines, in_note_);
        while (!run.inlines.empty() && std::holds_alternative<HardBreak>(run.inlines.front().node))
            run.inlines.erase(run.inlines.begin());
        return run;
    }

    void block(const GumboNode* n, Blocks& out, int depth) {
        if (footnotes_.skipped.count(n)) return;
        if (too_deep(depth, n)) {
            out.push_back(raw_block(n));
            return;
        }
        const GumboTag tag = tag_of(n);
        switch (tag) {
            case GUMBO_TAG_P: {
                // A paragraph in another language or direction than the post's says so.
                if (has_attribute(n, "dir") || has_attribute(n, "lang")) {
                    out.push_back(raw_block(n));
                    return;
                }
                InlineRun run = paragraph_run(n, depth);
                if (starts_html_block(run)) out.push_back(raw_block(n));
                else if (!run.inlines.empty()) out.push_back(Block{Paragraph{std::move(run.inlines)}, at(n)});
                return;
            }
            case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
            case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: {
                Heading h;
                h.level = 1 + static_cast<int>(tag - GUMBO_TAG_H1);
                std::size_t start = 0;
                h.children = paragraph_inlines(n, depth, start);
                h.attributes.id = valid(attribute(n, "id"));
                // An id holds no blank (HTML5), and one with blanks could not be written `{#id}`.
                if (h.attributes.id.find_first_of(" \t\n\r\f") != std::string::npos) h.attributes.id.clear();
                // A `<br>` in a heading: Markdown has it only in an underlined heading (levels
                // 1 and 2), and there not inside emphasis or a link; elsewhere the line goes on.
                const auto is_break = [](const Inline& i) { return std::holds_alternative<HardBreak>(i.node); };
                for (Inline& i : h.children)
                    if (Inlines* inner = children_of_inline(i)) breaks_to_spaces(*inner);
                if (h.level <= 2) h.setext = std::any_of(h.children.begin(), h.children.end(), is_break);
                else breaks_to_spaces(h.children);
                out.push_back(Block{std::move(h), at(n)});
                return;
            }
            case GUMBO_TAG_UL: case GUMBO_TAG_OL: list(n, out, depth); return;
            case GUMBO_TAG_BLOCKQUOTE:
                out.push_back(Block{BlockQuote{blocks_of(n, depth), {}}, at(n)});
                return;
            case GUMBO_TAG_PRE: code_block(n, out); return;
            case GUMBO_TAG_TABLE: table(n, out, depth); return;
            case GUMBO_TAG_HR:
                // markdown-it's rule above its notes goes with them.
                if (!has_class_word(attribute(n, "class"), "footnotes-sep") || footnotes_.lists.empty())
                    out.push_back(Block{ThematicBreak{}, at(n)});
                return;
            case GUMBO_TAG_DL: definition_list(n, out, depth); return;
            case GUMBO_TAG_FIGURE: figure(n, out, depth); return;
            case GUMBO_TAG_LI: case GUMBO_TAG_DT: case GUMBO_TAG_DD: {
                // Out of place (gumbo keeps a stray `<li>`): its content stands for itself.
                Blocks inner = blocks_of(n, depth);
                std::move(inner.begin(), inner.end(), std::back_inserter(out));
                return;
            }
            case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN:
            case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_NAV:
                wrapper(n, out, depth);
                return;
            default: out.push_back(raw_block(n)); return;
        }
    }

    void wrapper(const GumboNode* n, Blocks& out, int depth) {
        const std::string_view classes = attribute(n, "class");
        // GitHub's alert markup, as folio and GitHub render `> [!NOTE]`.
        if (has_class_word(classes, "markdown-alert") && attribute_count(n) == 1) {
            for (const char* kind : {"note", "tip", "important", "warning", "caution"}) {
                if (!has_class_word(classes, std::string("markdown-alert-") + kind)) continue;
                Blocks inner = blocks_of(n, depth);
                if (!inner.empty() && std::holds_alternative<Paragraph>(inner.front().node))
                    inner.erase(inner.begin());  // the title line the renderer added
                out.push_back(Block{BlockQuote{std::move(inner), kind}, at(n)});
                return;
            }
        }
        // A highlighter's box around its `<pre>`: the language may be on the box only.
        if (tag_of(n) == GUMBO_TAG_DIV && has_only_pre(n) &&
            (classes.find("highlight") != std::string_view::npos ||
             classes.find("code") != std::string_view::npos || classes.find("language-") != std::string_view::npos)) {
            const std::string saved = std::exchange(language_hint_, code_language_from_class(classes));
            Blocks inner = blocks_of(n, depth);
            language_hint_ = saved;
            std::move(inner.begin(), inner.end(), std::back_inserter(out));
            return;
        }
        if (!carries_no_meaning(n)) {
            out.push_back(raw_block(n));
            return;
        }
        Blocks inner = blocks_of(n, depth);
        std::move(inner.begin(), inner.end(), std::back_inserter(out));
    }

    bool has_only_pre(const GumboNode* n) const {
        const GumboVector& kids = children_of(n);
        int pres = 0;
        for (unsigned i = 0; i < kids.length; ++i) {
            const GumboNode* k = child(kids, i);
            if (tag_of(k) == GUMBO_TAG_PRE) ++pres;
            else if (!(is_text(k) && is_blank(k->v.text.text))) return false;
        }
        return pres == 1;
    }

    void list(const GumboNode* n, Blocks& out, int depth) {
        const bool ordered = tag_of(n) == GUMBO_TAG_OL;
        const std::string_view type = attribute(n, "type");
        if (has_attribute(n, "reversed") || (!type.empty() && type != "1")) {
            out.push_back(raw_block(n));  // numbering Markdown cannot say
            return;
        }
        List l;
        l.ordered = ordered;
        l.marker = ordered ? '.' : '-';
        if (ordered && has_attribute(n, "start")) {
            const std::string_view s = attribute(n, "start");
            long value = 1;
            const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
            // CommonMark numbers have at most nine digits.
            if (ec != std::errc() || end != s.data() + s.size() || value < 0 || value > 999999999) {
                out.push_back(raw_block(n));
                return;
            }
            l.start = static_cast<int>(value);
        }
        const GumboVector& kids = children_of(n);
        for (unsigned i = 0; i < kids.length; ++i) {
            const GumboNode* k = child(kids, i);
            if (tag_of(k) != GUMBO_TAG_LI) {
                if (is_text(k) && is_blank(k->v.text.text)) continue;
                out.push_back(raw_block(n));  // content between items: no list can hold it
                return;
            }
            ListItem item;
            const GumboNode* box = task_checkbox(k);
            if (box) item.task = has_attribute(box, "checked") ? Task::checked : Task::unchecked;
            const GumboNode* saved = std::exchange(skip_, box);
            item.children = blocks_of(k, depth);
            skip_ = saved;
            // A task's box stands before the text of its first paragraph; before anything
            // else it is no task (Markdown's `[x]` would be text), and stays as written.
            if (box && (item.children.empty() || !std::holds_alternative<Paragraph>(item.children.front().node))) {
                item.task = Task::none;
                item.children = blocks_of(k, depth);
            }
            for (unsigned j = 0; j < k->v.element.children.length; ++j)
                if (tag_of(child(k->v.element.children, j)) == GUMBO_TAG_P) l.tight = false;
            l.items.push_back(std::move(item));
        }
        if (l.items.empty()) {
            out.push_back(raw_block(n));  // a list of no items has no Markdown
            return;
        }
        // Looseness is the blank lines between items and their blocks: a list with none
        // (one item of one block) is tight however its HTML was written.
        if (l.items.size() == 1 && l.items.front().children.size() <= 1) l.tight = true;
        out.push_back(Block{std::move(l), at(n)});
    }

    // The checkbox GitHub and Goldmark put first in a task-list item (directly or in its `<p>`).
    static const GumboNode* task_checkbox(const GumboNode* li) {
        const GumboNode* in = li;
        for (int level = 0; level < 2; ++level) {
            const GumboVector& kids = children_of(in);
            const GumboNode* first = nullptr;
            for (unsigned i = 0; i < kids.length && !first; ++i) {
                const GumboNode* k = child(kids, i);
                if (!(is_text(k) && is_blank(k->v.text.text))) first = k;
            }
            if (!first) return nullptr;
            if (tag_of(first) == GUMBO_TAG_INPUT && attribute(first, "type") == "checkbox") return first;
            if (tag_of(first) != GUMBO_TAG_P) return nullptr;
            in = first;
        }
        return nullptr;
    }

    // ---- code

    void code_block(const GumboNode* pre, Blocks& out) {
        const GumboNode* code = nullptr;
        const GumboVector& kids = children_of(pre);
        for (unsigned i = 0; i < kids.length; ++i) {
            const GumboNode* k = child(kids, i);
            if (is_text(k) && is_blank(k->v.text.text)) continue;
            if (tag_of(k) == GUMBO_TAG_CODE && !code) code = k;
            else { code = nullptr; break; }
        }
        std::string text;
        if (!code_text(code ? code : pre, text)) {
            out.push_back(raw_block(pre));
            return;
        }
        if (!text.empty() && !text.ends_with('\n')) text += '\n';
        text = valid(text);
        std::string language;
        if (code) language = code_language_from_class(attribute(code, "class"));
        if (language.empty()) language = code_language_from_class(attribute(pre, "class"));
        for (const GumboNode* holder : {code, pre}) {
            if (language.empty() && holder)
                for (const char* name : {"data-lang", "data-language"})
                    if (language.empty()) language = code_language_from_class("language-" + std::string(attribute(holder, name)));
        }
        if (language.empty()) language = language_hint_;
        out.push_back(Block{CodeBlock{language, std::move(text), true, '`'}, at(pre)});
    }

    // The text of a highlighted block: token spans and links are dropped, `<br>` is a line end.
    // False when the block holds anything else (an image, a table), which would be lost.
    static bool code_text(const GumboNode* root, std::string& text) {
        std::vector<const GumboNode*> stack;
        const GumboVector& top = children_of(root);
        for (unsigned i = top.length; i-- > 0;) stack.push_back(child(top, i));
        while (!stack.empty()) {
            const GumboNode* n = stack.back();
            stack.pop_back();
            if (is_text(n)) {
                text += n->v.text.text;
                continue;
            }
            if (!is_element(n)) continue;
            switch (tag_of(n)) {
                case GUMBO_TAG_BR: text += '\n'; continue;
                case GUMBO_TAG_SPAN: case GUMBO_TAG_CODE: case GUMBO_TAG_A: case GUMBO_TAG_B:
                case GUMBO_TAG_I: case GUMBO_TAG_EM: case GUMBO_TAG_STRONG: case GUMBO_TAG_MARK:
                case GUMBO_TAG_U: case GUMBO_TAG_S: case GUMBO_TAG_DEL: case GUMBO_TAG_INS:
                case GUMBO_TAG_FONT: case GUMBO_TAG_KBD: case GUMBO_TAG_VAR: case GUMBO_TAG_SAMP:
                    break;
                default: return false;
            }
            const GumboVector& kids = children_of(n);
            for (unsigned i = kids.length; i-- > 0;) stack.push_back(child(kids, i));
        }
        return true;
    }

    // ---- tables

    void table(const GumboNode* t, Blocks& out, int depth) {
        std::vector<const GumboNode*> rows;
        const GumboNode* head_row = nullptr;
        bool simple = true;
        const GumboVector& kids = children_of(t);
        for (unsigned i = 0; i < kids.length && simple; ++i) {
            const GumboNode* k = child(kids, i);
            const GumboTag tag = tag_of(k);
            if (tag == GUMBO_TAG_THEAD || tag == GUMBO_TAG_TBODY || tag == GUMBO_TAG_TFOOT) {
                const GumboVector& group = children_of(k);
                for (unsigned j = 0; j < group.length; ++j) {
                    const GumboNode* r = child(group, j);
                    if (tag_of(r) != GUMBO_TAG_TR) continue;
                    if (tag == GUMBO_TAG_THEAD) {
                        simple = simple && !head_row;  // two header rows: no Markdown table has them
                        head_row = r;
                    } else {
                        rows.push_back(r);
                    }
                }
            } else if (tag == GUMBO_TAG_TR) {
                rows.push_back(k);
            } else if (tag != GUMBO_TAG_COLGROUP && !(is_text(k) && is_blank(k->v.text.text))) {
                simple = false;  // a caption, or something gumbo left in place
            }
        }
        if (!head_row && !rows.empty() && all_header_cells(rows.front())) {
            head_row = rows.front();
            rows.erase(rows.begin());
        }
        Table table;
        std::vector<const GumboNode*> header_cells;
        if (simple && head_row) simple = cells(head_row, table.header, header_cells, depth);
        for (const GumboNode* r : rows) {
            if (!simple) break;
            std::vector<Inlines> row;
            std::vector<const GumboNode*> row_cells;
            simple = cells(r, row, row_cells, depth);
            if (header_cells.empty() && table.rows.empty()) header_cells = row_cells;
            table.rows.push_back(std::move(row));
        }
        if (!simple || (table.header.empty() && table.rows.empty())) {
            out.push_back(raw_block(t));
            return;
        }
        std::size_t columns = table.header.size();
        for (const auto& row : table.rows) columns = std::max(columns, row.size());
        table.header.resize(columns);
        for (auto& row : table.rows) row.resize(columns);
        for (std::size_t c = 0; c < columns; ++c)
            table.alignments.push_back(c < header_cells.size() ? alignment(header_cells[c]) : Alignment::none);
        out.push_back(Block{std::move(table), at(t)});
    }

    static bool all_header_cells(const GumboNode* row) {
        const GumboVector& kids = children_of(row);
        bool any = false;
        for (unsigned i = 0; i < kids.length; ++i) {
            const GumboTag tag = tag_of(child(kids, i));
            if (tag == GUMBO_TAG_TD) return false;
            any = any || tag == GUMBO_TAG_TH;
        }
        return any;
    }

    static Alignment alignment(const GumboNode* cell) {
        std::string_view a = attribute(cell, "align");
        const std::string_view style = attribute(cell, "style");
        if (const std::size_t at = style.find("text-align:"); a.empty() && at != std::string_view::npos) {
            a = style.substr(at + 11);
            a.remove_prefix(std::min(a.find_first_not_of(' '), a.size()));
        }
        const std::string_view classes = attribute(cell, "class");
        if (a.starts_with("left") || has_class_word(classes, "has-text-align-left")) return Alignment::left;
        if (a.starts_with("center") || has_class_word(classes, "has-text-align-center")) return Alignment::center;
        if (a.starts_with("right") || has_class_word(classes, "has-text-align-right")) return Alignment::right;
        return Alignment::none;
    }

    // A row's cells as inlines; false when a cell spans or holds blocks a Markdown cell cannot.
    bool cells(const GumboNode* row, std::vector<Inlines>& out, std::vector<const GumboNode*>& nodes, int depth) {
        const GumboVector& kids = children_of(row);
        for (unsigned i = 0; i < kids.length; ++i) {
            const GumboNode* c = child(kids, i);
            const GumboTag tag = tag_of(c);
            if (tag != GUMBO_TAG_TD && tag != GUMBO_TAG_TH) {
                if (is_text(c) && is_blank(c->v.text.text)) continue;
                return false;
            }
            for (const char* span : {"colspan", "rowspan"})
                if (has_attribute(c, span) && attribute(c, span) != "1") return false;
            Blocks inner = blocks_of(c, depth + 1);
            if (inner.size() > 1) return false;
            Inlines cell;
            if (inner.size() == 1) {
                auto* p = std::get_if<Paragraph>(&inner.front().node);
                if (!p) return false;
                for (const Inline& i : p->children)
                    if (std::holds_alternative<HardBreak>(i.node)) return false;  // a line end ends the row
                cell = std::move(p->children);
            }
            out.push_back(std::move(cell));
            nodes.push_back(c);
        }
        return true;
    }

    // ---- definition lists and figures

    void definition_list(const GumboNode* dl, Blocks& out, int depth) {
        DefinitionList list;
        DefinitionItem item;
        const GumboVector& kids = children_of(dl);
        bool simple = true;
        for (unsigned i = 0; i < kids.length && simple; ++i) {
            const GumboNode* k = child(kids, i);
            const GumboTag tag = tag_of(k);
            if (tag == GUMBO_TAG_DT) {
                if (!item.definitions.empty()) list.items.push_back(std::exchange(item, {}));
                Blocks term = blocks_of(k, depth + 1);
                auto* p = term.size() == 1 ? std::get_if<Paragraph>(&term.front().node) : nullptr;
                simple = p != nullptr;
                if (p) item.terms.push_back(std::move(p->children));
            } else if (tag == GUMBO_TAG_DD) {
                // A definition is one paragraph in Markdown's spelling of these lists.
                Blocks definition = blocks_of(k, depth + 1);
                simple = !item.terms.empty() && definition.size() == 1 &&
                         std::holds_alternative<Paragraph>(definition.front().node);
                for (unsigned j = 0; j < k->v.element.children.length; ++j)
                    if (tag_of(child(k->v.element.children, j)) == GUMBO_TAG_P) list.tight = false;
                item.definitions.push_back(std::move(definition));
            } else {
                simple = is_text(k) && is_blank(k->v.text.text);
            }
        }
        if (!item.terms.empty()) {
            simple = simple && !item.definitions.empty();
            list.items.push_back(std::move(item));
        }
        if (!simple || list.items.empty()) {
            out.push_back(raw_block(dl));
            return;
        }
        out.push_back(Block{std::move(list), at(dl)});
    }

    // The tree has no figure: one with a caption (or an embed, a gallery) stays as written;
    // without one its content stands alone (Gutenberg wraps every image, table and quote).
    void figure(const GumboNode* f, Blocks& out, int depth) {
        const std::string_view classes = attribute(f, "class");
        bool caption = false;
        const GumboVector& kids = children_of(f);
        for (unsigned i = 0; i < kids.length; ++i) caption = caption || tag_of(child(kids, i)) == GUMBO_TAG_FIGCAPTION;
        if (caption || classes.find("embed") != std::string_view::npos ||
            classes.find("gallery") != std::string_view::npos || classes.find("video") != std::string_view::npos) {
            out.push_back(raw_block(f));
            return;
        }
        Blocks inner = blocks_of(f, depth);
        std::move(inner.begin(), inner.end(), std::back_inserter(out));
    }

    // ---- inlines

    static bool is_display_math(const GumboNode* n) {
        return (tag_of(n) == GUMBO_TAG_SCRIPT && attribute(n, "type").find("mode=display") != std::string_view::npos) ||
               (tag_of(n) == GUMBO_TAG_MATH && attribute(n, "display") == "block") ||
               (tag_of(n) == GUMBO_TAG_SPAN && has_class_word(attribute(n, "class"), "katex-display"));
    }

    void add_text(InlineRun& run, std::string_view text, std::size_t offset) {
        std::string collapsed;
        collapsed.reserve(text.size());
        for (const char c : text) {
            if (is_html_space(c)) {
                if (!run.after_space) collapsed += ' ';
                run.after_space = true;
            } else {
                collapsed += c;
                run.after_space = false;
            }
        }
        if (collapsed.empty()) return;
        if (run.start == std::string::npos) run.start = offset;
        append_text(run.inlines, valid(collapsed));
    }

    void add(InlineRun& run, Inline inline_node, std::size_t offset) {
        if (run.start == std::string::npos) run.start = offset;
        run.inlines.push_back(std::move(inline_node));
        run.after_space = false;
    }

    void add_raw(InlineRun& run, std::string html, std::size_t offset) {
        // Tags side by side are one piece of raw HTML, as the Markdown reader gives them.
        if (!run.inlines.empty()) {
            if (auto* last = std::get_if<RawHtml>(&run.inlines.back().node)) {
                last->html += html;
                run.after_space = false;
                return;
            }
        }
        add(run, Inline{RawHtml{std::move(html), at(offset)}}, offset);
    }

    // Children read in their own run that continues the outer whitespace state; blanks at
    // their edges move outside, where Markdown's emphasis and links need them.
    Inlines nested(const GumboNode* n, InlineRun& run, int depth, bool& space_after) {
        InlineRun inner;
        inner.after_space = run.after_space;
        const GumboVector& kids = children_of(n);
        for (unsigned i = 0; i < kids.length; ++i) inline_node(child(kids, i), inner, depth + 1);
        space_after = false;
        if (!inner.inlines.empty()) {
            if (auto* first = std::get_if<Text>(&inner.inlines.front().node); first && first->text.starts_with(' ')) {
                first->text.erase(0, 1);
                if (first->text.empty()) inner.inlines.erase(inner.inlines.begin());
                append_text(run.inlines, " ");
            }
        }
        if (!inner.inlines.empty()) {
            if (auto* last = std::get_if<Text>(&inner.inlines.back().node); last && last->text.ends_with(' ')) {
                last->text.pop_back();
                if (last->text.empty()) inner.inlines.pop_back();
                space_after = true;
            }
        }
        run.after_space = inner.after_space;
        if (run.start == std::string::npos && inner.start != std::string::npos) run.start = inner.start;
        return std::move(inner.inlines);
    }

    void wrap(InlineRun& run, const GumboNode* n, int depth, auto make) {
        bool space_after = false;
        Inlines children = nested(n, run, depth, space_after);
        if (!children.empty()) {
            run.inlines.push_back(make(std::move(children)));
            run.after_space = false;
        }
        if (space_after) {
            append_text(run.inlines, " ");
            run.after_space = true;
        }
    }

    void inline_node(const GumboNode* n, InlineRun& run, int depth) {
        const bool was_empty = run.inlines.empty();
        inline_content(n, run, depth);
        if (was_empty && !run.first_raw && !run.inlines.empty() &&
            std::holds_alternative<RawHtml>(run.inlines.front().node))
            run.first_raw = n;
        if (is_text(n) || n->type == GUMBO_NODE_COMMENT || is_element(n)) run.end = std::max(run.end, markup_stop(n));
    }

    void inline_content(const GumboNode* n, InlineRun& run, int depth) {
        if (is_text(n)) {
            add_text(run, n->v.text.text, n->v.text.start_pos.offset);
            return;
        }
        if (n->type == GUMBO_NODE_COMMENT) {
            add_raw(run, markup(n), markup_start(n));
            return;
        }
        if (!is_element(n)) return;
        const std::size_t offset = markup_start(n);
        if (too_deep(depth, n)) {
            add_raw(run, markup(n), offset);
            return;
        }
        switch (tag_of(n)) {
            case GUMBO_TAG_EM: case GUMBO_TAG_I:
                wrap(run, n, depth, [](Inlines c) { return Inline{Emphasis{std::move(c)}}; });
                return;
            case GUMBO_TAG_STRONG: case GUMBO_TAG_B:
                wrap(run, n, depth, [](Inlines c) { return Inline{Strong{std::move(c)}}; });
                return;
            case GUMBO_TAG_DEL: case GUMBO_TAG_S: case GUMBO_TAG_STRIKE:
                wrap(run, n, depth, [](Inlines c) { return Inline{Strikethrough{std::move(c)}}; });
                return;
            case GUMBO_TAG_BR:
                trim_end(run.inlines, false);
                if (!run.inlines.empty()) add(run, Inline{HardBreak{}}, offset);
                run.after_space = true;
                return;
            case GUMBO_TAG_CODE: case GUMBO_TAG_TT: {
                std::string text;
                if (!code_text(n, text)) break;
                std::string collapsed;
                for (const char c : text) {
                    if (!is_html_space(c)) collapsed += c;
                    else if (!collapsed.empty() && collapsed.back() != ' ') collapsed += ' ';
                }
                if (collapsed.empty() || collapsed.find_first_not_of(' ') == std::string::npos) return;
                collapsed = valid(collapsed);
                // Code side by side (`<code>a</code><code>b</code>`) shows as one span; two
                // spans side by side have no Markdown (their backticks would run together).
                if (!run.inlines.empty()) {
                    if (auto* last = std::get_if<Code>(&run.inlines.back().node)) {
                        last->text += collapsed;
                        return;
                    }
                }
                add(run, Inline{Code{std::move(collapsed)}}, offset);
                return;
            }
            case GUMBO_TAG_A: if (link(n, run, depth, offset)) return; break;
            case GUMBO_TAG_SUP: if (note_reference(n, run, offset)) return; break;
            case GUMBO_TAG_IMG: if (image(n, run, offset)) return; break;
            case GUMBO_TAG_SCRIPT: case GUMBO_TAG_MATH: case GUMBO_TAG_SPAN:
                if (math(n, run, offset)) return;
                if (tag_of(n) == GUMBO_TAG_SPAN && attribute_count(n) == 0) {
                    const GumboVector& kids = children_of(n);
                    for (unsigned i = 0; i < kids.length; ++i) inline_node(child(kids, i), run, depth + 1);
                    return;
                }
                break;
            default: break;
        }
        const GumboTag tag = tag_of(n);
        // Text that is no markup (a script, a style sheet) stays whole with its tags, as
        // written; so does an element that cannot have an end tag.
        const bool raw_text = tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_TEXTAREA ||
                              tag == GUMBO_TAG_XMP || tag == GUMBO_TAG_NOEMBED || tag == GUMBO_TAG_NOFRAMES ||
                              tag == GUMBO_TAG_PLAINTEXT || tag == GUMBO_TAG_TITLE;
        if (raw_text || (n->v.element.original_end_tag.length == 0 && n->v.element.children.length == 0)) {
            add_raw(run, markup(n), offset);
            return;
        }
        // An element with no node around content that has: its tags stay as written around
        // the content read as usual, as Markdown's inline HTML has them.
        add_raw(run, start_tag(n), offset);
        const GumboVector& kids = children_of(n);
        for (unsigned i = 0; i < kids.length; ++i) inline_node(child(kids, i), run, depth + 1);
        add_raw(run, end_tag(n), n->v.element.end_pos.offset);
    }

    bool link(const GumboNode* a, InlineRun& run, int depth, std::size_t offset) {
        if (!has_attribute(a, "href")) return false;
        const std::string href = valid(attribute(a, "href"));
        if (in_note_ && href.starts_with('#') &&
            (attribute(a, "class").find("backref") != std::string_view::npos ||
             footnotes_.reference_ids.count(href.substr(1)) > 0))
            return true;  // the note's way back to its reference: the reader's own
        if (is_reference_anchor(a)) {
            if (const auto it = footnotes_.label_of_id.find(href.substr(1)); it != footnotes_.label_of_id.end()) {
                add(run, Inline{FootnoteReference{it->second}}, offset);
                return true;
            }
        }
        // No link holds another in Markdown (nor in HTML, but gumbo's repairs can nest them):
        // the inner one keeps its tags as raw HTML.
        if (in_link_) return false;
        const SourcePos pos = at(offset);
        const std::string title = valid(attribute(a, "title"));
        in_link_ = true;
        struct Leave { bool& flag; ~Leave() { flag = false; } } leave{in_link_};
        wrap(run, a, depth, [&](Inlines c) {
            Link l;
            l.url = href;
            l.title = title;
            const auto* only = c.size() == 1 ? std::get_if<Text>(&c.front().node) : nullptr;
            l.autolink = only && (only->text == href || "mailto:" + only->text == href) &&
                         (href.starts_with("http://") || href.starts_with("https://") || href.starts_with("mailto:")) &&
                         href.find_first_of(" <>\"") == std::string::npos;
            l.children = std::move(c);
            l.at = pos;
            return Inline{std::move(l)};
        });
        return true;
    }

    bool note_reference(const GumboNode* sup, InlineRun& run, std::size_t offset) {
        const GumboVector& kids = children_of(sup);
        const GumboNode* anchor = nullptr;
        for (unsigned i = 0; i < kids.length; ++i) {
            const GumboNode* k = child(kids, i);
            if (tag_of(k) == GUMBO_TAG_A && !anchor) anchor = k;
            else if (!(is_text(k) && is_blank(k->v.text.text))) return false;
        }
        if (!anchor) return false;
        const std::string_view href = attribute(anchor, "href");
        if (!href.starts_with('#')) return false;
        const auto it = footnotes_.label_of_id.find(std::string(href.substr(1)));
        if (it == footnotes_.label_of_id.end()) return false;
        add(run, Inline{FootnoteReference{it->second}}, offset);
        return true;
    }

    bool image(const GumboNode* img, InlineRun& run, std::size_t offset) {
        std::string src(attribute(img, "src"));
        // Lazy loaders put a placeholder in `src` and the picture in `data-src`.
        const std::string_view lazy = attribute(img, "data-src");
        if (!lazy.empty() && (src.empty() || src.starts_with("data:"))) src = lazy;
        if (src.empty()) return false;
        Image image;
        image.url = valid(src);
        image.title = valid(attribute(img, "title"));
        if (const std::string_view alt = attribute(img, "alt"); !alt.empty()) {
            std::string collapsed;
            bool space = true;
            for (const char c : alt) {
                if (is_html_space(c)) { if (!space) collapsed += ' '; space = true; }
                else { collapsed += c; space = false; }
            }
            while (!collapsed.empty() && collapsed.back() == ' ') collapsed.pop_back();
            if (!collapsed.empty()) image.alt.push_back(Inline{Text{valid(collapsed)}});
        }
        image.at = at(offset);
        add(run, Inline{std::move(image)}, offset);
        return true;
    }

    // TeX kept by the page: MathJax's `<script type="math/tex">`, KaTeX's and MathML's
    // `<annotation encoding="application/x-tex">`.
    bool math(const GumboNode* n, InlineRun& run, std::size_t offset) {
        const bool display = is_display_math(n);
        std::string tex;
        if (tag_of(n) == GUMBO_TAG_SCRIPT) {
            if (!attribute(n, "type").starts_with("math/tex")) return false;
            const GumboVector& kids = children_of(n);
            for (unsigned i = 0; i < kids.length; ++i)
                if (is_text(child(kids, i))) tex += child(kids, i)->v.text.text;
        } else {
            if (tag_of(n) == GUMBO_TAG_SPAN && !has_class_word(attribute(n, "class"), "katex") &&
                !has_class_word(attribute(n, "class"), "katex-display"))
                return false;
            const GumboNode* annotation = find_tex_annotation(n);
            if (!annotation) return false;
            const GumboVector& kids = children_of(annotation);
            for (unsigned i = 0; i < kids.length; ++i)
                if (is_text(child(kids, i))) tex += child(kids, i)->v.text.text;
        }
        for (char& c : tex) if (c == '\n' || c == '\r' || c == '\t') c = ' ';
        const std::size_t first = tex.find_first_not_of(' ');
        if (first == std::string::npos) return false;
        tex = tex.substr(first, tex.find_last_not_of(' ') + 1 - first);
        add(run, Inline{Math{valid(tex), display, at(offset)}}, offset);
        return true;
    }

    static const GumboNode* find_tex_annotation(const GumboNode* root) {
        std::vector<const GumboNode*> stack{root};
        while (!stack.empty()) {
            const GumboNode* n = stack.back();
            stack.pop_back();
            if (!is_element(n)) continue;
            if (unknown_named(n, "annotation") && attribute(n, "encoding") == "application/x-tex") return n;
            const GumboVector& kids = children_of(n);
            for (unsigned i = kids.length; i-- > 0;) stack.push_back(child(kids, i));
        }
        return nullptr;
    }

    // ---- notes

    void collect_notes(const GumboNode* root, std::vector<Footnote>& notes) {
        std::vector<const GumboNode*> lists;
        std::vector<const GumboNode*> stack{root};
        while (!stack.empty()) {
            const GumboNode* n = stack.back();
            stack.pop_back();
            if (footnotes_.lists.count(n)) lists.push_back(n);
            const GumboVector& kids = children_of(n);
            for (unsigned i = kids.length; i-- > 0;) stack.push_back(child(kids, i));
        }
        in_note_ = true;
        for (const GumboNode* list : lists) {
            const GumboVector& kids = children_of(list);
            for (unsigned i = 0; i < kids.length; ++i) {
                const GumboNode* li = child(kids, i);
                if (tag_of(li) != GUMBO_TAG_LI) continue;
                Footnote note;
                note.label = footnotes_.label_of_id.at(std::string(attribute(li, "id")));
                note.at = at(li);
                note.children = blocks_of(li, 1);
                notes.push_back(std::move(note));
            }
        }
        in_note_ = false;
    }
};

}  // namespace

Body read_html_body(const SourceText& source, std::size_t begin, std::size_t end,
                    Diagnostics& diagnostics, const EngineSyntaxOptions&) {
    end = std::min(end, source.text().size());
    begin = std::min(begin, end);
    const std::string_view text = std::string_view(source.text()).substr(begin, end - begin);
    GumboOptions options = kGumboDefaultOptions;
    // The body of a page, not a page: `<script>` and `<style>` stay where they are written.
    options.fragment_context = GUMBO_TAG_BODY;
    options.max_errors = 0;
    const std::unique_ptr<GumboOutput, OutputDeleter> output(
        gumbo_parse_with_options(&options, text.data(), text.size()));
    if (!output || !output->root) return {};
    HtmlTreeReader reader(source, begin, text, diagnostics);
    return reader.read(output->root);
}

}  // namespace folio
