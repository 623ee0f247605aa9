#include "src/render/html_body.hpp"

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <optional>
#include <string>
#include <unordered_map>
#include <variant>

#include "src/highlight/code_highlighter.hpp"
#include "src/math/tex_to_mathml.hpp"
#include "src/render/html_escape.hpp"
#include "src/render/html_ids.hpp"
#include "src/render/plain_text.hpp"
#include "src/web/url_safety.hpp"

// The output follows cmark-gfm's html.c (and its table and tasklist extensions) byte for byte,
// so the GFM spec's expected HTML is this renderer's expected HTML; the only departures are
// the ones XHTML forces (`data-footnote-ref=""` instead of a bare attribute).

namespace folio {
namespace {

/// What the renderer learns about one footnote definition while it renders the body.
struct FootnoteState {
    int number = 0;                    ///< 1-based, by first reference; 0 while unreferenced
    std::string label;                 ///< the id-safe label: `fn-LABEL`, `fnref-LABEL`
    std::vector<std::string> ref_ids;  ///< the id of each reference, in document order
};

// CommonMark matches labels case-insensitively with whitespace collapsed; the reader may hand
// over labels as written, so both sides are normalised the same way here.
std::string normalize_label(std::string_view label) {
    std::string key;
    key.reserve(label.size());
    bool pending_space = false;
    for (const char ch : label) {
        if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r') {
            pending_space = !key.empty();
            continue;
        }
        if (pending_space) key += ' ';
        pending_space = false;
        key += (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch;
    }
    return key;
}

/// All renderer state in one place; it is itself the visitor for every block and inline kind,
/// one overload each and no catch-all, so a new node kind breaks the build here.
class HtmlRenderer {
public:
    HtmlRenderer(std::string& out, const std::vector<Footnote>& footnotes, const HtmlOptions& options)
        : out_(out), footnotes_(footnotes), options_(options), notes_(footnotes.size()) {
        for (std::size_t i = 0; i < footnotes.size(); ++i) {
            // The first definition of a label wins, as for link reference definitions.
            footnote_index_.try_emplace(normalize_label(footnotes[i].label), i);
        }
    }

    void blocks(const Blocks& blocks) {
        for (const Block& block : blocks) std::visit(*this, block.node);
    }

    void inlines(const Inlines& inlines) {
        for (const Inline& node : inlines) std::visit(*this, node.node);
    }

    /// GitHub's `<section class="footnotes">`, notes in the order they were first referenced.
    void footnote_section() {
        if (order_.empty()) return;
        if (options_.notes != HtmlOptions::Notes::github) {
            book_notes();
            return;
        }
        cr();
        out_ += "<section class=\"footnotes\" data-footnotes=\"\">\n<ol>\n";
        // Notes referenced only from other notes are appended to `order_` while this runs.
        for (std::size_t k = 0; k < order_.size(); ++k) {
            const std::size_t index = order_[k];
            const Footnote& note = footnotes_[index];
            out_ += "<li id=\"";
            append_escaped_html(out_, options_.id_prefix);
            out_ += "fn-";
            append_escaped_html(out_, notes_[index].label);
            out_ += "\">\n";

            tight_ = false;
            backref_note_ = &notes_[index];
            backref_paragraph_ = nullptr;
            if (!note.children.empty()) {
                backref_paragraph_ = std::get_if<Paragraph>(&note.children.back().node);
            }
            blocks(note.children);
            // cmark-gfm puts the links inside a closing paragraph, otherwise on their own line.
            if (backref_note_ != nullptr) {
                backrefs(*backref_note_);
                out_ += '\n';
            }
            backref_note_ = nullptr;
            backref_paragraph_ = nullptr;
            out_ += "</li>\n";
        }
        out_ += "</ol>\n</section>\n";
    }

    /// EPUB's notes: an `<aside epub:type="footnote">` each, or one endnotes section with a
    /// list, in order of first reference; each with its number and links back.
    void book_notes() {
        const bool endnotes = options_.notes == HtmlOptions::Notes::endnotes;
        cr();
        if (endnotes) {
            const int level = std::min(6, std::max(1, options_.outline_below) + 1);
            out_ += "<section class=\"footnotes\" epub:type=\"endnotes\" role=\"doc-endnotes\">\n<h";
            out_ += static_cast<char>('0' + level);
            out_ += " class=\"notes-heading\">";
            append_escaped_html(out_, options_.notes_heading);
            out_ += "</h";
            out_ += static_cast<char>('0' + level);
            out_ += ">\n<ol>\n";
        } else {
            out_ += "<div class=\"footnotes\">\n";
        }
        for (std::size_t k = 0; k < order_.size(); ++k) {
            const std::size_t index = order_[k];
            const Footnote& note = footnotes_[index];
            // No `doc-endnote` role: DPUB-ARIA 1.1 deprecated it (a list item is enough).
            out_ += endnotes ? "<li epub:type=\"endnote\" id=\""
                             : "<aside class=\"footnote\" epub:type=\"footnote\" role=\"doc-footnote\" id=\"";
            append_escaped_html(out_, options_.id_prefix);
            out_ += "fn-";
            append_escaped_html(out_, notes_[index].label);
            out_ += "\">\n";
            tight_ = false;
            backref_note_ = &notes_[index];
            backref_paragraph_ = nullptr;
            number_paragraph_ = nullptr;
            if (!note.children.empty()) {
                backref_paragraph_ = std::get_if<Paragraph>(&note.children.back().node);
                if (!endnotes) number_paragraph_ = std::get_if<Paragraph>(&note.children.front().node);
            }
            if (!endnotes && number_paragraph_ == nullptr) {
                out_ += "<p><span class=\"note-number\">";
                out_ += std::to_string(notes_[index].number);
                out_ += ".</span></p>\n";
            }
            const FootnoteState* self = backref_note_;
            blocks(note.children);
            if (backref_note_ != nullptr) {
                out_ += "<p>";
                backrefs(*self);
                out_ += "</p>\n";
            }
            backref_note_ = nullptr;
            backref_paragraph_ = nullptr;
            number_paragraph_ = nullptr;
            out_ += endnotes ? "</li>\n" : "</aside>\n";
        }
        out_ += endnotes ? "</ol>\n</section>\n" : "</div>\n";
    }

    /// A heading's level in the outline below `outline_below`: one deeper than the nearest
    /// open heading written shallower, so no level is skipped.
    int outline_level(int written) {
        while (!outline_.empty() && outline_.back().first >= written) outline_.pop_back();
        const int given =
            std::min(6, outline_.empty() ? options_.outline_below + 1 : outline_.back().second + 1);
        outline_.emplace_back(written, given);
        return given;
    }

    /// A paragraph of one image with a title, as a figure captioned by the title. Whether it
    /// was one (and is written).
    bool captioned_figure(const Paragraph& node) {
        if (node.children.size() != 1 || &node == backref_paragraph_ || &node == number_paragraph_)
            return false;
        const auto* image = std::get_if<Image>(&node.children.front().node);
        if (image == nullptr || image->title.empty() || is_dangerous_url(image->url)) return false;
        out_ += "<figure>";
        (*this)(*image);
        out_ += "<figcaption>";
        append_escaped_html(out_, image->title);
        out_ += "</figcaption></figure>\n";
        return true;
    }

    void operator()(const Paragraph& node) {
        if (tight_) {
            inlines(node.children);
            return;
        }
        cr();
        if (options_.ebook_markup && captioned_figure(node)) return;
        out_ += "<p>";
        if (&node == number_paragraph_) {
            // A note shown on its own (a pop-up, or at the chapter's end) says which it is.
            out_ += "<span class=\"note-number\">";
            out_ += std::to_string(backref_note_->number);
            out_ += ".</span> ";
            number_paragraph_ = nullptr;
        }
        inlines(node.children);
        if (&node == backref_paragraph_) {
            out_ += ' ';
            backrefs(*backref_note_);
            backref_note_ = nullptr;
            backref_paragraph_ = nullptr;
        }
        out_ += "</p>\n";
    }

    void operator()(const Heading& node) {
        int written_level = node.level < 1 ? 1 : node.level > 6 ? 6 : node.level;
        if (options_.outline_below > 0) written_level = outline_level(written_level);
        const char level = static_cast<char>('0' + written_level);
        cr();
        out_ += "<h";
        out_ += level;
        std::size_t id_at = 0;
        std::size_t id_end = 0;
        const bool has_id = options_.heading_ids || !node.attributes.id.empty();
        if (has_id) {
            // `{#id}` is the author's anchor, kept as written (links point at it); else the
            // text's slug.
            std::string slug = node.attributes.id.empty()
                                   ? github_heading_slug(plain_text(node.children))
                                   : node.attributes.id;
            // An id must not be empty; GitHub would write `id=""` for a heading of emoji only.
            if (slug.empty()) slug = "heading";
            out_ += " id=\"";
            id_at = out_.size();
            append_escaped_html(out_, options_.id_prefix);
            append_escaped_html(out_, ids_.claim(slug));
            id_end = out_.size();
            out_ += '"';
        }
        attributes(node.attributes);
        out_ += '>';
        const std::size_t inner_at = out_.size();
        inlines(node.children);
        if (has_id && options_.on_heading) {
            const std::string_view written = out_;
            options_.on_heading(level - '0', written.substr(id_at, id_end - id_at),
                                written.substr(inner_at));
        }
        out_ += "</h";
        out_ += level;
        out_ += ">\n";
    }

    void operator()(const BlockQuote& node) {
        cr();
        // GitHub's markup for an alert, so stylesheets written for GitHub's apply.
        if (!node.alert.empty()) {
            out_ += "<div class=\"markdown-alert markdown-alert-";
            append_escaped_html(out_, node.alert);
            out_ += "\" role=\"note\">\n<p class=\"markdown-alert-title\">";
            std::string title = node.alert;
            title[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(title[0])));
            append_escaped_html(out_, title);
            out_ += "</p>\n";
        } else {
            out_ += "<blockquote>\n";
        }
        const bool saved = tight_;
        tight_ = false;
        blocks(node.children);
        tight_ = saved;
        cr();
        out_ += node.alert.empty() ? "</blockquote>\n" : "</div>\n";
    }

    void operator()(const DefinitionList& node) {
        cr();
        out_ += "<dl>\n";
        const bool saved = tight_;
        tight_ = node.tight;
        for (const DefinitionItem& item : node.items) {
            for (const Inlines& term : item.terms) {
                out_ += "<dt>";
                inlines(term);
                out_ += "</dt>\n";
            }
            for (const Blocks& definition : item.definitions) {
                out_ += "<dd>";
                blocks(definition);
                out_ += "</dd>\n";
            }
        }
        tight_ = saved;
        out_ += "</dl>\n";
    }

    // `{.class key=value}` after a heading. Of the other attributes only those HTML5 allows on
    // any element are written (`data-*`, `aria-*`, `title`, `lang`, `dir`, `role`): the
    // validators the outputs pass refuse the rest, and an EPUB's XML refuses prefixed names.
    void attributes(const Attributes& attributes) {
        if (!attributes.classes.empty()) {
            out_ += " class=\"";
            for (std::size_t i = 0; i < attributes.classes.size(); ++i) {
                if (i > 0) out_ += ' ';
                append_escaped_html(out_, attributes.classes[i]);
            }
            out_ += '"';
        }
        for (const auto& [key, value] : attributes.other) {
            const bool global = key.starts_with("data-") || key.starts_with("aria-") ||
                                key == "title" || key == "lang" || key == "dir" || key == "role";
            if (!global || key.find(':') != std::string::npos) continue;
            out_ += ' ';
            out_ += key;
            out_ += "=\"";
            append_escaped_html(out_, value);
            out_ += '"';
        }
    }

    void operator()(const List& node) {
        cr();
        if (!node.ordered) {
            out_ += "<ul>\n";
        } else if (node.start == 1) {
            out_ += "<ol>\n";
        } else {
            out_ += "<ol start=\"";
            out_ += std::to_string(node.start);
            out_ += "\">\n";
        }
        const bool saved = tight_;
        for (const ListItem& item : node.items) {
            cr();
            out_ += "<li>";
            if (options_.ebook_markup) {
                // A form control is no content in a book (and reads as "unchecked, disabled").
                if (item.task == Task::unchecked) out_ += "<span class=\"task\">\u2610</span> ";
                if (item.task == Task::checked) out_ += "<span class=\"task done\">\u2611</span> ";
            } else if (item.task == Task::unchecked) {
                out_ += "<input type=\"checkbox\" disabled=\"\" /> ";
            } else if (item.task == Task::checked) {
                out_ += "<input type=\"checkbox\" checked=\"\" disabled=\"\" /> ";
            }
            tight_ = node.tight;
            blocks(item.children);
            out_ += "</li>\n";
        }
        tight_ = saved;
        out_ += node.ordered ? "</ol>\n" : "</ul>\n";
    }

    void operator()(const CodeBlock& node) {
        cr();
        // The language is the info string's first word; the rest (`title="x"`) is not HTML's.
        std::string_view info = node.info;
        const std::size_t begin = info.find_first_not_of(" \t\r\n\f\v");
        info = begin == std::string_view::npos ? std::string_view{} : info.substr(begin);
        info = info.substr(0, info.find_first_of(" \t\r\n\f\v"));
        if (info.empty()) {
            out_ += "<pre><code>";
        } else {
            out_ += "<pre><code class=\"language-";
            append_escaped_html(out_, info);
            out_ += "\">";
        }
        std::optional<std::string> highlighted;
        if (options_.highlight_code && !info.empty()) highlighted = highlight_code(info, node.text);
        if (highlighted) out_ += *highlighted;
        else append_escaped_html(out_, node.text);
        out_ += "</code></pre>\n";
    }

    void operator()(const HtmlBlock& node) {
        cr();
        if (options_.raw_html) out_ += options_.raw_html(node.html, true);
        else out_ += node.html;
        cr();
    }

    void operator()(const ThematicBreak&) {
        cr();
        out_ += "<hr />\n";
    }

    void operator()(const Table& node) {
        // Every row gets one cell per column: short rows are padded, long ones cut, as GFM says.
        const std::size_t columns = node.alignments.empty() ? node.header.size() : node.alignments.size();
        cr();
        // A wide table scrolls in its box rather than being cut at the screen's edge; the box
        // takes the keyboard's focus so that it can be scrolled without a pointer.
        if (options_.ebook_markup) out_ += "<div class=\"table-scroll\" tabindex=\"0\">\n";
        out_ += "<table>\n<thead>\n";
        table_row(node, node.header, columns, options_.ebook_markup ? "th scope=\"col\"" : "th");
        out_ += "</thead>\n";
        if (!node.rows.empty()) {
            out_ += "<tbody>\n";
            for (const std::vector<Inlines>& row : node.rows) table_row(node, row, columns, "td");
            out_ += "</tbody>\n";
        }
        out_ += "</table>\n";
        if (options_.ebook_markup) out_ += "</div>\n";
    }


    // The engine's rendering, never the call as written: no `{{<` reaches a reader.
    void operator()(const EngineBlock& node) { blocks(node.rendered); }

    void operator()(const Text& node) { append_escaped_html(out_, node.text); }
    void operator()(const SoftBreak&) { out_ += '\n'; }
    void operator()(const HardBreak&) { out_ += "<br />\n"; }

    void operator()(const Code& node) {
        out_ += "<code>";
        append_escaped_html(out_, node.text);
        out_ += "</code>";
    }

    void operator()(const Emphasis& node) { wrap("<em>", node.children, "</em>"); }
    void operator()(const Strong& node) { wrap("<strong>", node.children, "</strong>"); }
    void operator()(const Strikethrough& node) { wrap("<del>", node.children, "</del>"); }

    void operator()(const Link& node) {
        // The reader already took these out with a warning; an AST built by other means
        // (the library's callers) gets the same: the text without the link.
        if (is_dangerous_url(node.url)) {
            inlines(node.children);
            return;
        }
        out_ += "<a href=\"";
        url(node.url, false);
        out_ += '"';
        title(node.title);
        out_ += '>';
        inlines(node.children);
        out_ += "</a>";
    }

    void operator()(const Image& node) {
        if (is_dangerous_url(node.url)) {
            scratch_.clear();
            append_plain_text(scratch_, node.alt);
            append_escaped_html(out_, scratch_);
            return;
        }
        out_ += "<img src=\"";
        url(node.url, true);
        out_ += "\" alt=\"";
        scratch_.clear();
        append_plain_text(scratch_, node.alt);
        append_escaped_html(out_, scratch_);
        out_ += '"';
        title(node.title);
        out_ += " />";
    }

    void operator()(const RawHtml& node) {
        if (options_.raw_html) out_ += options_.raw_html(node.html, false);
        else out_ += node.html;
    }

    void operator()(const EngineInline& node) { inlines(node.rendered); }
    // MathML, which EPUB 3 reading systems and browsers show; the TeX rides along as its
    // annotation. What the converter cannot read the reader has already warned about.
    void operator()(const Math& node) { out_ += tex_to_mathml(node.tex, node.display).mathml; }
    void operator()(const FootnoteReference& node) {
        const auto found = footnote_index_.find(normalize_label(node.label));
        if (found == footnote_index_.end()) {
            // No definition: what the author typed, as cmark-gfm leaves an unmatched `[^x]`.
            out_ += "[^";
            append_escaped_html(out_, node.label);
            out_ += ']';
            return;
        }
        FootnoteState& note = notes_[found->second];
        if (note.number == 0) {
            note.number = static_cast<int>(order_.size()) + 1;
            note.label = ids_.claim("fn-" + footnote_id_label(footnotes_[found->second].label)).substr(3);
            order_.push_back(found->second);
        }
        std::string ref_id = "fnref-" + note.label;
        if (!note.ref_ids.empty()) ref_id += '-' + std::to_string(note.ref_ids.size() + 1);
        note.ref_ids.push_back(ids_.claim(ref_id));

        // In a book only the number is inside the link: readers that show notes as pop-ups
        // look for text there (Kindle's and Kobo's drop a link holding a `<sup>`); CSS raises
        // it. GitHub's markup elsewhere.
        const bool pop_up = options_.notes != HtmlOptions::Notes::github;
        out_ += pop_up ? "<a epub:type=\"noteref\" role=\"doc-noteref\" class=\"noteref\" href=\"#"
                       : "<sup class=\"footnote-ref\"><a href=\"#";
        append_escaped_url(out_, options_.id_prefix);
        out_ += "fn-";
        append_escaped_url(out_, note.label);
        out_ += "\" id=\"";
        append_escaped_html(out_, options_.id_prefix);
        append_escaped_html(out_, note.ref_ids.back());
        out_ += pop_up ? "\">" : "\" data-footnote-ref=\"\">";
        out_ += std::to_string(note.number);
        out_ += pop_up ? "</a>" : "</a></sup>";
    }

private:
    /// A newline unless the output is empty or already ends in one (cmark's `cr`).
    void cr() {
        if (!out_.empty() && out_.back() != '\n') out_ += '\n';
    }

    void wrap(std::string_view open, const Inlines& children, std::string_view close) {
        out_ += open;
        inlines(children);
        out_ += close;
    }

    void title(const std::string& title) {
        if (title.empty()) return;
        out_ += " title=\"";
        append_escaped_html(out_, title);
        out_ += '"';
    }

    /// A link or image URL: rewritten by the writer's hook, then, when it is a fragment of this
    /// document, given the id prefix like the ids it points at.
    void url(const std::string& url, bool is_image) {
        if (!options_.rewrite_url) {
            fragment_or_url(url);
            return;
        }
        fragment_or_url(options_.rewrite_url(url, is_image));
    }

    void fragment_or_url(std::string_view url) {
        if (!options_.id_prefix.empty() && url.size() > 1 && url.front() == '#') {
            out_ += '#';
            append_escaped_url(out_, options_.id_prefix);
            url.remove_prefix(1);
        }
        append_escaped_url(out_, url);
    }

    void table_row(const Table& table, const std::vector<Inlines>& cells, std::size_t columns,
                   std::string_view tag) {
        out_ += "<tr>\n";
        for (std::size_t i = 0; i < columns; ++i) {
            out_ += '<';
            out_ += tag;
            const Alignment alignment = i < table.alignments.size() ? table.alignments[i] : Alignment::none;
            const std::string_view attribute =
                options_.cell_alignment == HtmlOptions::CellAlignment::css_class ? " class=\"align-"
                : options_.cell_alignment == HtmlOptions::CellAlignment::style
                    ? " style=\"text-align: "
                    : " align=\"";
            if (alignment == Alignment::left) (out_ += attribute) += "left\"";
            if (alignment == Alignment::center) (out_ += attribute) += "center\"";
            if (alignment == Alignment::right) (out_ += attribute) += "right\"";
            out_ += '>';
            if (i < cells.size()) inlines(cells[i]);
            out_ += "</";
            out_ += tag.substr(0, 2);
            out_ += ">\n";
        }
        out_ += "</tr>\n";
    }

    /// The links from a note back to each of its references; the second and later ones carry
    /// their index, as on GitHub (`↩²`).
    void backrefs(const FootnoteState& note) {
        const std::string number = std::to_string(note.number);
        for (std::size_t i = 0; i < note.ref_ids.size(); ++i) {
            const std::string index = std::to_string(i + 1);
            if (i > 0) out_ += ' ';
            out_ += "<a href=\"#";
            append_escaped_url(out_, options_.id_prefix);
            append_escaped_url(out_, note.ref_ids[i]);
            if (options_.notes != HtmlOptions::Notes::github) {
                out_ += "\" class=\"footnote-backref\" role=\"doc-backlink\" aria-label=\"";
                append_escaped_html(out_, options_.back_label);
                out_ += ' ';
            } else {
                out_ += "\" class=\"footnote-backref\" data-footnote-backref=\"\" aria-label=\"Back to reference ";
            }
            out_ += number;
            if (i > 0) {
                out_ += '-';
                out_ += index;
            }
            out_ += "\">\u21A9";
            if (i > 0) {
                out_ += "<sup class=\"footnote-ref\">";
                out_ += index;
                out_ += "</sup>";
            }
            out_ += "</a>";
        }
    }

    std::string& out_;
    const std::vector<Footnote>& footnotes_;
    const HtmlOptions& options_;
    std::vector<FootnoteState> notes_;  ///< parallel to `footnotes_`
    std::unordered_map<std::string, std::size_t> footnote_index_;  ///< normalised label → index
    std::vector<std::size_t> order_;    ///< referenced notes by number: `order_[n - 1]`
    IdRegistry ids_;
    bool tight_ = false;  ///< inside an item of a tight list: paragraphs lose their `<p>`
    const FootnoteState* backref_note_ = nullptr;  ///< the note whose backrefs are still unwritten
    const Paragraph* backref_paragraph_ = nullptr;  ///< the paragraph that takes its backrefs
    const Paragraph* number_paragraph_ = nullptr;  ///< the EPUB note's paragraph that shows its number
    /// The outline so far (`outline_below`): each open heading's level as written and as given.
    std::vector<std::pair<int, int>> outline_;
    std::string scratch_;  ///< reused for alt text, so images do not allocate
};

}  // namespace

std::string render_html(const Blocks& body, const std::vector<Footnote>& footnotes,
                        const HtmlOptions& options) {
    std::string out;
    // Typical articles produce a few hundred bytes per top-level block; one early reservation
    // saves most of the doublings without walking the tree twice.
    out.reserve(1024 + 384 * body.size());
    HtmlRenderer renderer(out, footnotes, options);
    renderer.blocks(body);
    renderer.footnote_section();
    return out;
}

}  // namespace folio
