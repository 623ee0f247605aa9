#include "formats/markdown/markdown_writer.hpp"

#include <algorithm>
#include <cctype>
#include <string_view>

#include "formats/markdown/html_block_kinds.hpp"
#include "src/render/html_block_lines.hpp"
#include "formats/markdown/markdown_extensions.hpp"
#include "formats/markdown/markdown_inline_writer.hpp"
#include "src/engine/engine_syntax_scan.hpp"

namespace folio {

namespace {

using Lines = std::vector<std::string>;

void split_lines(std::string_view text, Lines& out) {
    std::size_t start = 0;
    while (true) {
        const std::size_t newline = text.find('\n', start);
        if (newline == std::string_view::npos) {
            out.emplace_back(text.substr(start));
            return;
        }
        out.emplace_back(text.substr(start, newline - start));
        start = newline + 1;
    }
}

// The longest run of `c` in `text`: a fence must be longer than any run inside the code.
std::size_t longest_run(std::string_view text, char c) {
    std::size_t longest = 0;
    std::size_t run = 0;
    for (char x : text) {
        run = x == c ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    return longest;
}

// An HTML block of CommonMark's kinds 1-5 (`<script>`, `<!--`, `<?`, `<!X`, `<![CDATA[`)
// that never met its end condition runs on to the end of its container, blank lines included:
// whatever the writer puts after it in the same container (a blank line, footnotes) joins it.
// The kinds and end conditions are md4c's (`<scriptx` is kind 1 to it, and `</pre>` ends it).
// An HTML block that ended (`<!A>`) may be followed by another that starts on the next line
// (`<!A`), which the reader gives as one block: the last one decides.
bool is_open_html_block(const Block& block) {
    const auto* html_block = std::get_if<HtmlBlock>(&block.node);
    if (html_block == nullptr) return false;
    std::string_view html = html_block->html;
    int kind = 0;  // of the block being followed; 0 once it has ended
    while (!html.empty()) {
        const std::size_t newline = html.find('\n');
        std::string_view line = html.substr(0, newline);
        html.remove_prefix(newline == std::string_view::npos ? html.size() : newline + 1);
        if (kind == 0) {
            line.remove_prefix(std::min(line.find_first_not_of(" \t"), line.size()));
            if (!line.starts_with('<')) return false;
            kind = html_block_kind(line);
            if (kind < 1 || kind > 5) return false;  // kinds 6 and 7 end at a blank line
        }
        if (html_block_ends(line, kind)) kind = 0;
    }
    return kind != 0;
}

// Whether `block` is an HTML block of kinds 6 or 7, which only a blank line ends.
bool ends_at_blank_line(const Block& block) {
    const auto* html_block = std::get_if<HtmlBlock>(&block.node);
    if (html_block == nullptr) return false;
    std::string_view first = std::string_view(html_block->html).substr(0, html_block->html.find('\n'));
    first.remove_prefix(std::min(first.find_first_not_of(" \t"), first.size()));
    const int kind = first.starts_with('<') ? html_block_kind(first) : 0;
    return kind == 6 || kind == 7;
}

// Whether `block` ends in an open HTML block inside a list item, where a blank line written
// after it would still belong to the item.
bool ends_in_open_html_in_list(const Block& block) {
    const auto* list = std::get_if<List>(&block.node);
    if (list == nullptr || list->items.empty() || list->items.back().children.empty())
        return false;
    const Block& last = list->items.back().children.back();
    return is_open_html_block(last) || ends_in_open_html_in_list(last);
}

bool item_ends_in_open_html(const ListItem& item) {
    if (item.children.empty()) return false;
    const Block& last = item.children.back();
    return is_open_html_block(last) || ends_in_open_html_in_list(last);
}

bool same_kind_of_list(const Block& a, const Block& b) {
    const auto* x = std::get_if<List>(&a.node);
    const auto* y = std::get_if<List>(&b.node);
    return x != nullptr && y != nullptr && x->ordered == y->ordered && x->marker == y->marker;
}

// Leading blanks of an HTML block are kept as written; after a list they would make it
// part of the last item.
bool starts_with_blank(const Block& block) {
    const auto* html_block = std::get_if<HtmlBlock>(&block.node);
    return html_block != nullptr && !html_block->html.empty() &&
           (html_block->html.front() == ' ' || html_block->html.front() == '\t');
}

bool is_indented_code_block(const Block& block) {
    const auto* code = std::get_if<CodeBlock>(&block.node);
    return code != nullptr && !code->fenced;
}

// The column an HTML block's first line starts at (0 for any other block).
std::size_t html_indent(const Block& block) {
    const auto* html_block = std::get_if<HtmlBlock>(&block.node);
    if (html_block == nullptr) return 0;
    std::size_t column = 0;
    for (char c : html_block->html) {
        if (c == ' ') ++column;
        else if (c == '\t') column += 4 - column % 4;
        else break;
    }
    return column;
}

// The block that `block` ends with, through block quotes and the last items of lists.
const Block& last_descendant(const Block& block) {
    if (const auto* quote = std::get_if<BlockQuote>(&block.node)) {
        if (!quote->children.empty()) return last_descendant(quote->children.back());
    } else if (const auto* list = std::get_if<List>(&block.node)) {
        if (!list->items.empty() && !list->items.back().children.empty())
            return last_descendant(list->items.back().children.back());
    }
    return block;
}

// Whether `block` is a block quote that ends in a paragraph through nested quotes only. (After
// a list in a quote, an empty quote line makes md4c 0.4.8 read a list around it as loose.)
bool quote_of_quotes_ends_in_paragraph(const Block& block) {
    const auto* quote = std::get_if<BlockQuote>(&block.node);
    if (quote == nullptr || quote->children.empty()) return false;
    const Block& last = quote->children.back();
    return std::holds_alternative<Paragraph>(last.node) || quote_of_quotes_ends_in_paragraph(last);
}

// Whether `block` is a block quote that ends (through nested quotes and lists) in a paragraph,
// or in a paragraph or an HTML block.
bool quote_ends_in_paragraph(const Block& block) {
    return std::holds_alternative<BlockQuote>(block.node) &&
           std::holds_alternative<Paragraph>(last_descendant(block).node);
}
bool quote_ends_in_paragraph_or_html(const Block& block) {
    return quote_ends_in_paragraph(block) ||
           (std::holds_alternative<BlockQuote>(block.node) &&
            std::holds_alternative<HtmlBlock>(last_descendant(block).node));
}

// Whether `block` is a list that ends (through nested lists and quotes) in a paragraph.
bool ends_in_paragraph_in_list(const Block& block) {
    return std::holds_alternative<List>(block.node) &&
           std::holds_alternative<Paragraph>(last_descendant(block).node);
}

// The width of the marker of a list's last item (`-`, `10.`).
std::size_t last_marker_width(const List& list) {
    if (!list.ordered) return 1;
    return std::to_string(list.start + static_cast<int>(list.items.size()) - 1).size() + 1;
}

// The columns from a list's marker to the content of its last item when that item is empty
// (the marker's width and one blank), if at most 3; else 0.
std::size_t empty_item_indent(const Block& block) {
    const auto* list = std::get_if<List>(&block.node);
    if (list == nullptr || list->items.empty() || !list->items.back().children.empty() ||
        list->items.back().task != Task::none)
        return 0;
    const std::size_t width = last_marker_width(*list);
    return width + 1 <= 3 ? width + 1 : 0;
}

// Whether `line` is a thematic break: up to 3 spaces, then 3 or more of one of `-`, `*`, `_`
// with nothing but blanks between and after them.
bool is_thematic_break_line(std::string_view line) {
    const std::size_t start = line.find_first_not_of(' ');
    if (start == std::string_view::npos || start > 3) return false;
    const char c = line[start];
    if (c != '-' && c != '*' && c != '_') return false;
    std::size_t count = 0;
    for (char x : line.substr(start)) {
        if (x == c) ++count;
        else if (x != ' ' && x != '\t') return false;
    }
    return count >= 3;
}

// Whether `block` keeps its meaning indented by up to 3 more columns, every line, after a
// list ending in an empty item. (Not fenced code: md4c 0.4.8 strips its lines' indentation
// there otherwise than CommonMark.)
bool can_indent_after_empty_item(const Block& block) {
    return std::holds_alternative<Paragraph>(block.node) ||
           std::holds_alternative<BlockQuote>(block.node) ||
           std::holds_alternative<Heading>(block.node) ||
           std::holds_alternative<ThematicBreak>(block.node) ||
           std::holds_alternative<Table>(block.node) ||
           std::holds_alternative<HtmlBlock>(block.node);
}

// Whether `block` is a list whose last item is empty (or ends in such a list). md4c 0.4.8
// closes every list item around an empty item at the blank line after it.
bool ends_in_empty_item(const Block& block) {
    const auto* list = std::get_if<List>(&block.node);
    if (list == nullptr || list->items.empty()) return false;
    const ListItem& last = list->items.back();
    if (last.children.empty()) return last.task == Task::none;  // a box is content
    return ends_in_empty_item(last.children.back());
}

/// Writes blocks as lines; containers prefix the lines of their children.
class BlockWriter {
public:
    explicit BlockWriter(std::vector<MisnestedInlines>* misnested) : misnested_(misnested) {}

    /// `in_item`: the blocks of a list item.
    void blocks(std::span<const Block> blocks, bool tight, Lines& out, bool in_item = false) {
        for (std::size_t i = 0; i < blocks.size(); ++i) {
            // In an item, md4c 0.4.8 ends the item too at the blank line after a nested list
            // ending in an empty item, unless what follows is indented to the empty item's
            // content: a paragraph, quote, heading, thematic break, table or HTML is (each line
            // by the marker's width and its blank, at most 3 more columns), anything else goes
            // right after the list, with no blank line.
            const bool after_empty_item = i > 0 && !tight && in_item &&
                                          ends_in_empty_item(blocks[i - 1]);
            const std::size_t extra_indent =
                after_empty_item && can_indent_after_empty_item(blocks[i])
                    ? empty_item_indent(blocks[i - 1])
                    : 0;
            if (i > 0 && !tight && !joins_previous(blocks[i - 1], blocks[i]) &&
                !(after_empty_item && extra_indent == 0))
                out.emplace_back();
            // Two block quotes in a row would be one: in a tight item an empty one after
            // another still takes the blank line between them (md4c keeps the item tight).
            if (i > 0 && tight && std::holds_alternative<BlockQuote>(blocks[i - 1].node) &&
                std::holds_alternative<BlockQuote>(blocks[i].node))
                out.emplace_back();
            // An HTML block of kinds 6 and 7 runs on to a blank line, so one ends it in a tight
            // item too (md4c keeps the item tight); a tree read from HTML has such items.
            if (i > 0 && tight && ends_at_blank_line(blocks[i - 1])) out.emplace_back();
            // With no blank line between them, the next block's first line would continue
            // the paragraph that ends the quote (lazily, with no `>`): an empty quote line
            // ends that paragraph first. Not before an indented HTML block, which relies on
            // interrupting the paragraph (after an empty line it would be indented code).
            if (i > 0 && tight && quote_of_quotes_ends_in_paragraph(blocks[i - 1]) &&
                !std::holds_alternative<BlockQuote>(blocks[i].node) && html_indent(blocks[i]) < 4)
                out.emplace_back(">");
            const std::size_t first_line = out.size();
            const auto* list = std::get_if<List>(&blocks[i].node);
            // md4c 0.4.8 measures the indentation of a line after an empty item and a blank
            // line its own way (`   -`, blank, `      x` is a paragraph to it): indented code
            // after a list ending in an empty item follows a definition instead (below).
            const bool code_after_empty_item = !in_item && i + 1 < blocks.size() &&
                                               is_indented_code(blocks[i + 1]) &&
                                               ends_in_empty_item(blocks[i]);
            // In a tight item an HTML line indented less than the last item's content starts
            // outside it, and indented markers would fall into an empty item of a list right
            // before (`- -`, `   *`): the list is written narrow there.
            const bool wide = list != nullptr && i + 1 < blocks.size() && !code_after_empty_item &&
                              (is_indented_code(blocks[i + 1]) ||
                               (starts_with_blank(blocks[i + 1]) &&
                                (!tight || html_indent(blocks[i + 1]) > last_marker_width(*list))));
            // Two lists of the same kind in a row would read back as one, and a wide list's
            // indented markers would continue the list before: an unused link reference
            // definition ends the first without adding anything to the tree.
            if (i > 0 && !tight &&
                (same_kind_of_list(blocks[i - 1], blocks[i]) ||
                 (wide && std::holds_alternative<List>(blocks[i - 1].node)) ||
                 (!in_item && is_indented_code(blocks[i]) &&
                  ends_in_empty_item(blocks[i - 1])))) {
                out.emplace_back("[//]: #");
                out.emplace_back();
            }
            if (wide) {
                list_items(*list, true, out);
                continue;
            }
            at_ = blocks[i].at;
            std::visit([&](const auto& node) { this->block(node, out); }, blocks[i].node);
            // md4c 0.4.8 measures only an HTML block's first line from the empty item's content.
            const std::size_t indented_end = std::holds_alternative<HtmlBlock>(blocks[i].node)
                                                 ? std::min(first_line + 1, out.size())
                                                 : out.size();
            for (std::size_t line = first_line; extra_indent > 0 && line < indented_end; ++line)
                if (!out[line].empty()) out[line].insert(0, extra_indent, ' ');
        }
    }

    void footnote(const Footnote& note, Lines& out) {
        Lines content;
        blocks(note.children, false, content);
        const std::string head = "[^" + note.label + "]:";
        if (content.empty()) {
            out.push_back(head);
            return;
        }
        // A first line that starts with a blank (an HTML block keeps its indentation) would
        // lose it after the label: it goes on the next line then, indented like the rest.
        if (line_starts_with_blank(content.front())) {
            out.push_back(head);
            prefix(content, std::string(4, ' '), std::string(4, ' '), out);
            return;
        }
        prefix(content, head + ' ', std::string(4, ' '), out);
    }

private:
    std::vector<MisnestedInlines>* misnested_;
    SourcePos at_;  // of the block being written
    std::size_t search_budget_ = kEmphasisSearchBudget;

    std::string inline_text(const Inlines& inlines, const InlineContext& context = {}) {
        std::string out;
        InlineContext shared = context;
        shared.search_budget = &search_budget_;
        if (!append_markdown_inlines(out, inlines, shared) && misnested_ != nullptr)
            misnested_->push_back({&inlines, at_});
        return out;
    }

    // Whether `block` must follow `previous` without the blank line between them.
    static bool joins_previous(const Block& previous, const Block& block) {
        if (ends_in_open_html_in_list(previous)) return true;
        // md4c lets an HTML block start (kinds 1-6) interrupt a paragraph however far it is
        // indented; anywhere else 4 blanks make it indented code. After a list ending in a
        // paragraph too: written with indented markers (content at column 8), the list does
        // not take in an HTML block indented 4 to 7 columns.
        const std::size_t indent = html_indent(block);
        // A block quote's paragraph too: the HTML line, with no `>`, ends the quote. And a
        // quote's HTML block, whatever its kind, and either of them at the end of a list in a
        // quote: md4c 0.4.8 reads an HTML block there too.
        return ((std::holds_alternative<Paragraph>(previous.node) ||
                 quote_ends_in_paragraph_or_html(previous)) &&
                indent >= 4) ||
               (ends_in_paragraph_in_list(previous) && indent >= 4 && indent < 8);
    }

    static bool line_starts_with_blank(const std::string& line) {
        return !line.empty() && (line.front() == ' ' || line.front() == '\t');
    }

    // `first` before the first line, `rest` before every other non-empty line.
    static void prefix(const Lines& content, const std::string& first, const std::string& rest,
                       Lines& out) {
        for (std::size_t i = 0; i < content.size(); ++i) {
            if (i == 0) {
                out.push_back(first + content[i]);
            } else if (content[i].empty()) {
                out.emplace_back();
            } else {
                out.push_back(rest + content[i]);
            }
        }
    }

    void block(const Paragraph& n, Lines& out) {
        const std::size_t first = out.size();
        split_lines(inline_text(n.children), out);
        begin_lone_tag_with_definition(first, out);
    }

    // A first line (at `first`) that is a lone complete tag (`<my url>`) would open an HTML
    // block of kind 7, which cannot interrupt a paragraph (and a setext underline after it
    // would be a thematic break): md4c made such a paragraph or heading from one that a link
    // reference definition began, and an unused one begins it again.
    static void begin_lone_tag_with_definition(std::size_t first, Lines& out) {
        if (first < out.size() && starts_with_tag_line(out[first]))
            out.insert(out.begin() + static_cast<std::ptrdiff_t>(first), "[//]: #");
    }

    static bool starts_with_tag_line(std::string_view line) {
        const std::size_t start = line.find_first_not_of(' ');
        return start != std::string_view::npos && start <= 3 && line[start] == '<' &&
               html_block_kind(line.substr(start)) == 7;
    }

    void block(const Heading& n, Lines& out) {
        const bool has_break =
            std::any_of(n.children.begin(), n.children.end(), [](const Inline& i) {
                return std::holds_alternative<SoftBreak>(i.node) ||
                       std::holds_alternative<HardBreak>(i.node);
            });
        std::string text = inline_text(n.children);
        if ((n.setext || has_break) && n.level <= 2 && !text.empty()) {
            const std::size_t first = out.size();
            split_lines(with_attributes(std::move(text), n.attributes), out);
            begin_lone_tag_with_definition(first, out);
            out.emplace_back(n.level == 1 ? "===" : "---");
            return;
        }
        std::replace(text.begin(), text.end(), '\n', ' ');
        text = with_attributes(std::move(text), n.attributes);
        // A run of `#` at the end after a blank would be read as the optional closing sequence.
        const std::size_t hashes = text.find_last_not_of('#');
        const std::size_t run_start = hashes == std::string::npos ? 0 : hashes + 1;
        if (run_start < text.size() &&
            (run_start == 0 || text[run_start - 1] == ' ' || text[run_start - 1] == '\t'))
            text.insert(run_start, 1, '\\');
        std::string line(static_cast<std::size_t>(std::clamp(n.level, 1, 6)), '#');
        if (!text.empty()) line += ' ' + text;
        out.push_back(std::move(line));
    }

    // `text {#id .class key="value"}`; a heading without attributes whose text ends as if it
    // had some gets its brace escaped, so it reads back as text.
    static std::string with_attributes(std::string text, const Attributes& attributes) {
        if (attributes == Attributes{}) {
            const std::size_t brace = trailing_attribute_list(text);
            if (brace != std::string::npos) text.insert(brace, 1, '\\');
            return text;
        }
        std::string list;
        if (!attributes.id.empty()) list += '#' + attributes.id;
        for (const std::string& name : attributes.classes) list += (list.empty() ? "." : " .") + name;
        for (const auto& [key, value] : attributes.other) {
            if (!list.empty()) list += ' ';
            list += key + "=\"" + value + '"';
        }
        if (!text.empty()) text += ' ';
        return text + '{' + list + '}';
    }

    void block(const DefinitionList& n, Lines& out) {
        for (std::size_t i = 0; i < n.items.size(); ++i) {
            const DefinitionItem& item = n.items[i];
            // A line after a definition would continue it: items are apart by a blank line.
            if (i > 0) out.emplace_back();
            for (const Inlines& term : item.terms) {
                std::string line = inline_text(term);
                std::replace(line.begin(), line.end(), '\n', ' ');
                out.push_back(std::move(line));
            }
            for (const Blocks& definition : item.definitions) {
                if (!n.tight) out.emplace_back();
                Lines content;
                blocks(definition, n.tight, content);
                // `: ` before the first line; the rest indented past it (a continuation).
                for (std::size_t line = 0; line < content.size(); ++line) {
                    if (line == 0) out.push_back(": " + content[line]);
                    else out.push_back(content[line].empty() ? "" : "    " + content[line]);
                }
                if (content.empty()) out.emplace_back(":");
            }
        }
    }

    void block(const BlockQuote& n, Lines& out) {
        Lines content;
        if (!n.alert.empty()) {
            std::string marker = "[!" + n.alert + "]";
            for (char& c : marker) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
            content.push_back(std::move(marker));
        }
        blocks(n.children, false, content);
        if (content.empty()) {
            out.emplace_back(">");
            return;
        }
        for (const std::string& line : content) out.push_back(line.empty() ? ">" : "> " + line);
    }

    static bool is_indented_code(const Block& block) {
        const auto* code = std::get_if<CodeBlock>(&block.node);
        return code != nullptr && !code->fenced;
    }

    void block(const List& n, Lines& out) { list_items(n, false, out); }

    // `wide` indents the markers by 3 and the content by 4 more, so an indented code block
    // right after the list (4 spaces) is not taken for a continuation of its last item.
    void list_items(const List& n, bool wide, Lines& out) {
        const bool nested = item_depth_ > 0;
        ++item_depth_;
        for (std::size_t i = 0; i < n.items.size(); ++i) {
            const ListItem& item = n.items[i];
            // After an item that ends in an open HTML block the blank line would join it; the
            // next marker ends the item (and the list stays loose through its other gaps).
            if (i > 0 && !n.tight && !item_ends_in_open_html(n.items[i - 1])) out.emplace_back();
            std::string marker = n.ordered
                                     ? std::to_string(n.start + static_cast<int>(i)) + n.marker
                                     : std::string(1, n.marker);
            Lines content;
            blocks(item.children, n.tight, content, true);
            // `* ***` is one thematic break, not an item holding one.
            if (n.marker == '*' && !item.children.empty() &&
                std::holds_alternative<ThematicBreak>(item.children.front().node))
                content.front() = "___";
            if (item.task != Task::none) {
                const std::string box = item.task == Task::checked ? "[x]" : "[ ]";
                // An empty task item (`- [ ]`) still has its box: without it the item reads
                // back as a plain one.
                // Before anything but a paragraph or a setext heading the box stands on its
                // own line: `- [ ] - a` would be an item holding a list, with no box. (A setext
                // heading's text after a box on its own line would continue the box's line.)
                const auto* heading = item.children.empty()
                                          ? nullptr
                                          : std::get_if<Heading>(&item.children.front().node);
                const bool own_line =
                    item.children.empty() ||
                    !(std::holds_alternative<Paragraph>(item.children.front().node) ||
                      (heading != nullptr && heading->setext));
                if (own_line) content.insert(content.begin(), box);
                else content.front().insert(0, box + ' ');
            }
            // md4c lets an empty item interrupt a paragraph (in a tight item: `- a` then
            // `  * `) only with the blank after its marker; without it the line is text,
            // and `- ` with a space is a setext underline there: `-` takes a tab. In a wide
            // list it is indented like the others, or the next marker would be inside it.
            // In a list inside an item, md4c 0.4.8 ends the items around an empty item at the
            // blank line after it, unless the next line is indented to the empty item's
            // content: the item after an empty one is indented by that much.
            std::string lead = wide ? "   " : "";
            if (nested && !n.tight && i > 0 && n.items[i - 1].children.empty() &&
                n.items[i - 1].task == Task::none && !wide) {
                const std::size_t previous_width =
                    n.ordered ? std::to_string(n.start + static_cast<int>(i) - 1).size() + 1 : 1;
                if (previous_width + 1 <= 3) lead = std::string(previous_width + 1, ' ');
            }
            const std::string empty_item = lead + marker + (marker == "-" ? '\t' : ' ');
            if (content.empty()) {
                out.push_back(empty_item);
                continue;
            }
            const bool starts_with_code =
                !item.children.empty() && is_indented_code(item.children.front());
            // Content whose first line starts with a blank (an HTML block keeps its
            // indentation) would lose it after the marker: the marker stands alone then, and
            // the content starts on the next line, at the column after the marker.
            if (!starts_with_code && line_starts_with_blank(content.front())) {
                out.push_back(empty_item);
                const std::string indent(empty_item.size(), ' ');
                prefix(content, indent, indent, out);
                continue;
            }
            const bool wide_text = wide && !starts_with_code;
            const std::string head = wide_text ? "   " + marker + "    " : lead + marker + ' ';
            // So does content whose first line would make a thematic break of the marker's
            // line: an item holding a list holding an empty item (`- - -` + tab), or indented
            // code `--` (`-` and seven spaces, then `--`).
            if (is_thematic_break_line(head + content.front())) {
                out.push_back(empty_item);
                const std::string indent(empty_item.size(), ' ');
                prefix(content, indent, indent, out);
                continue;
            }
            prefix(content, head,
                   std::string(wide_text ? marker.size() + 7 : lead.size() + marker.size() + 1,
                               ' '),
                   out);
        }
        --item_depth_;
    }

    int item_depth_ = 0;  // list items around the list being written

    void block(const CodeBlock& n, Lines& out) {
        // Hugo runs shortcodes inside code too; the AST holds what readers see.
        const std::string text = escape_shortcodes_in_code(n.text);
        Lines code;
        if (!text.empty()) {
            split_lines(text, code);
            if (!text.empty() && text.back() == '\n') code.pop_back();
        }
        if (!n.fenced) {
            for (const std::string& line : code) out.push_back("    " + line);
            return;
        }
        const char c = n.fence == '~' ? '~' : '`';
        const std::string fence(std::max<std::size_t>(3, longest_run(text, c) + 1), c);
        std::string info;
        for (char x : n.info) {
            // A backtick fence's info string holds no backtick, escaped or not; md4c 0.4.8
            // makes such a block from the line after a fence left open in a list item, and
            // decodes the reference.
            if (x == '`' && c == '`') {
                info += "&#96;";
                continue;
            }
            if (x == '\\' || x == '&' || x == '`') info += '\\';
            info += x;
        }
        // An info string that starts with the fence character would lengthen the fence.
        out.push_back(fence + (!info.empty() && info.front() == c ? " " : "") + info);
        out.insert(out.end(), code.begin(), code.end());
        out.push_back(fence);
    }

    void block(const HtmlBlock& n, Lines& out) {
        std::string_view html = n.html;
        if (html.ends_with('\n')) html.remove_suffix(1);
        std::string_view first = html.substr(0, html.find('\n'));
        first.remove_prefix(std::min(first.find_first_not_of(" \t"), first.size()));
        const int kind = first.starts_with('<') ? html_block_kind(first) : 0;
        if (kind >= 1 && kind <= 5) {
            split_lines(html, out);
            return;
        }
        // Blocks of kinds 6 and 7 end at a blank line; one inside (an HTML post's `<div>`
        // spread over paragraphs) would split the block and make Markdown of its second half.
        split_lines(html_without_blank_lines(html), out);
    }

    void block(const ThematicBreak&, Lines& out) { out.emplace_back("***"); }

    // As the author wrote it, which the engine reads before any Markdown does.
    void block(const EngineBlock& n, Lines& out) { split_lines(n.call.source, out); }

    void block(const Table& n, Lines& out) {
        const InlineContext cell{true};
        const auto row = [&](const std::vector<Inlines>& cells) {
            std::string line = "|";
            for (std::size_t i = 0; i < n.alignments.size(); ++i) {
                line += ' ';
                if (i < cells.size()) line += inline_text(cells[i], cell);
                line += " |";
            }
            return line;
        };
        out.push_back(row(n.header));
        std::string delimiter = "|";
        for (Alignment a : n.alignments) {
            switch (a) {
                case Alignment::none:
                    delimiter += " --- |";
                    break;
                case Alignment::left:
                    delimiter += " :-- |";
                    break;
                case Alignment::center:
                    delimiter += " :-: |";
                    break;
                case Alignment::right:
                    delimiter += " --: |";
                    break;
            }
        }
        out.push_back(std::move(delimiter));
        for (const auto& cells : n.rows) out.push_back(row(cells));
    }
};

}  // namespace

std::string write_markdown_body(std::span<const Block> body,
                                const std::vector<Footnote>& footnotes,
                                std::vector<MisnestedInlines>* misnested) {
    BlockWriter writer(misnested);
    Lines lines;
    // Footnotes written after an open HTML block would become part of it: they go first then.
    // (Also one that ends a list item: the blank line before the footnotes would join it.)
    const bool notes_first = !body.empty() && !footnotes.empty() &&
                             (is_open_html_block(body.back()) ||
                              ends_in_open_html_in_list(body.back()));
    if (!notes_first) writer.blocks(body, false, lines);
    for (const Footnote& note : footnotes) {
        if (!lines.empty()) lines.emplace_back();
        writer.footnote(note, lines);
    }
    if (notes_first) {
        lines.emplace_back();
        // Indented code or an indented HTML block right after the footnotes would continue
        // the last one: an unused link reference definition ends it first.
        if (html_indent(body.front()) > 0 || is_indented_code_block(body.front())) {
            lines.emplace_back("[//]: #");
            lines.emplace_back();
        }
        writer.blocks(body, false, lines);
    }
    std::string out;
    for (const std::string& line : lines) {
        out += line;
        out += '\n';
    }
    return out;
}

void report_misnested_emphasis(const std::vector<MisnestedInlines>& misnested,
                               const Source& source, Diagnostics& diagnostics) {
    for (std::size_t i = 0; i < misnested.size(); ++i) {
        const SourcePos at = misnested[i].at;
        // The cells of one table are one place to the reader of the warning.
        if (i > 0 && misnested[i - 1].at.line == at.line &&
            misnested[i - 1].at.column == at.column)
            continue;
        diagnostics.report(Diagnostic{Severity::warning,
                                      "markdown.emphasis.nesting",
                                      "no Markdown spelling of this block's emphasis reads back "
                                      "nested as it is (md4c pairs the delimiters otherwise); "
                                      "written as usual: the text is kept, the nesting is not",
                                      source.path,
                                      at.line,
                                      at.column,
                                      {}});
    }
}

std::string write_markdown_body_with_warnings(std::span<const Block> body,
                                              const std::vector<Footnote>& footnotes,
                                              const Source& source, Diagnostics& diagnostics) {
    std::vector<MisnestedInlines> misnested;
    std::string text = write_markdown_body(body, footnotes, &misnested);
    report_misnested_emphasis(misnested, source, diagnostics);
    return text;
}

}  // namespace folio
