#include "formats/markdown/markdown_extensions.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <span>
#include <utility>

namespace folio {

namespace {

bool is_blank(char c) { return c == ' ' || c == '\t'; }

bool is_key_start(char c) {
    return std::isalpha(static_cast<unsigned char>(c)) != 0 || c == '_';
}

bool is_key_char(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' || c == '-' || c == ':' ||
           c == '.';
}

// A word of an `#id` or `.class`: anything up to a blank or a brace.
std::size_t word_end(std::string_view text, std::size_t from) {
    while (from < text.size() && !is_blank(text[from]) && text[from] != '{' && text[from] != '}' &&
           text[from] != '\n')
        ++from;
    return from;
}

// The source line `lines` line ends after `offset` in `file`, without its line end; nullopt
// when the position is not known (then the text alone decides).
std::optional<std::string_view> source_line(std::string_view file, std::size_t offset,
                                            std::size_t lines) {
    if (file.empty() || offset == kNoOffset || offset >= file.size()) return std::nullopt;
    std::size_t start = offset;
    for (std::size_t i = 0; i < lines; ++i) {
        const std::size_t end = file.find('\n', start);
        if (end == std::string_view::npos) return std::nullopt;
        start = end + 1;
    }
    std::size_t end = file.find('\n', start);
    if (end == std::string_view::npos) end = file.size();
    std::string_view line = file.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    return line;
}

// Whether the character at `offset` is escaped by a backslash in `file` (md4c's positions
// point past the backslash, at what it escapes).
bool escaped_at(std::string_view file, std::size_t offset) {
    if (file.empty() || offset == kNoOffset || offset > file.size()) return false;
    std::size_t backslashes = 0;
    while (backslashes < offset && file[offset - backslashes - 1] == '\\') ++backslashes;
    return backslashes % 2 == 1;
}

std::size_t line_ends(const Inlines& inlines) {
    std::size_t count = 0;
    for (const Inline& item : inlines) {
        if (std::holds_alternative<SoftBreak>(item.node) ||
            std::holds_alternative<HardBreak>(item.node))
            ++count;
    }
    return count;
}

// ---- alerts --------------------------------------------------------------------------------

// GitHub's five kinds; the marker is matched without regard to case, as GitHub does.
constexpr std::array<std::string_view, 5> kAlertKinds = {"note", "tip", "important", "warning",
                                                        "caution"};

std::string alert_kind(std::string_view marker) {
    while (!marker.empty() && is_blank(marker.back())) marker.remove_suffix(1);
    if (marker.size() < 4 || !marker.starts_with("[!") || marker.back() != ']') return {};
    std::string kind(marker.substr(2, marker.size() - 3));
    for (char& c : kind) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (std::string_view known : kAlertKinds) {
        if (kind == known) return kind;
    }
    return {};
}

bool is_break(const Inline& item) {
    return std::holds_alternative<SoftBreak>(item.node) ||
           std::holds_alternative<HardBreak>(item.node);
}

// `> [!NOTE]` alone on the quote's first line, with content after it: the marker leaves the
// text. A marker alone in an otherwise empty quote stays text, as on GitHub.
void read_alert(BlockQuote& quote, std::string_view file) {
    if (quote.children.empty()) return;
    auto* first = std::get_if<Paragraph>(&quote.children.front().node);
    if (first == nullptr || first->children.empty()) return;
    // `\[!NOTE]` is text: the writer escapes a quote that starts so without being an alert.
    if (escaped_at(file, quote.children.front().at.offset)) return;
    const auto* marker = std::get_if<Text>(&first->children.front().node);
    if (marker == nullptr) return;
    std::string kind = alert_kind(marker->text);
    if (kind.empty()) return;
    const bool alone = first->children.size() == 1;
    if (alone && quote.children.size() == 1) return;
    if (!alone && !is_break(first->children[1])) return;
    if (alone) {
        quote.children.erase(quote.children.begin());
    } else {
        first->children.erase(first->children.begin(), first->children.begin() + 2);
    }
    quote.alert = std::move(kind);
}

// ---- heading attributes --------------------------------------------------------------------

void read_heading_attributes(Heading& heading, SourcePos at, std::string_view file) {
    if (heading.children.empty()) return;
    auto* last = std::get_if<Text>(&heading.children.back().node);
    if (last == nullptr) return;
    const std::size_t brace = trailing_attribute_list(last->text);
    if (brace == std::string_view::npos) return;
    // As written, the list's brace must be there unescaped (`\{#x}` is text) and the line must
    // end with its closing one (before an ATX heading's closing `#`s).
    if (std::optional<std::string_view> line =
            source_line(file, at.offset, line_ends(heading.children))) {
        std::string_view written = *line;
        while (!written.empty() && is_blank(written.back())) written.remove_suffix(1);
        if (!heading.setext) {
            std::size_t hashes = written.size();
            while (hashes > 0 && written[hashes - 1] == '#') --hashes;
            if (hashes < written.size() && hashes > 0 && is_blank(written[hashes - 1])) {
                written = written.substr(0, hashes);
                while (!written.empty() && is_blank(written.back())) written.remove_suffix(1);
            }
        }
        const std::size_t open = written.rfind('{');
        if (!written.ends_with('}') || open == std::string_view::npos ||
            (open > 0 && written[open - 1] == '\\'))
            return;
    }
    std::string_view inner = last->text;
    inner = inner.substr(brace + 1);
    inner = inner.substr(0, inner.rfind('}'));
    std::optional<Attributes> attributes = parse_attribute_list(inner);
    if (!attributes) return;
    heading.attributes = std::move(*attributes);
    std::size_t end = brace;
    while (end > 0 && is_blank(last->text[end - 1])) --end;
    last->text.erase(end);
    if (last->text.empty()) heading.children.pop_back();
}

// ---- kramdown attribute lists ---------------------------------------------------------------

// `{: .prompt-info }` on the line after a block (kramdown's block IAL, which Jekyll themes such
// as Chirpy use for their note boxes and image sizes): the attributes, or nullopt.
std::optional<Attributes> ial_of(std::span<const Inline> line) {
    if (line.size() != 1) return std::nullopt;
    const auto* text = std::get_if<Text>(&line.front().node);
    if (text == nullptr) return std::nullopt;
    std::string_view written = text->text;
    while (!written.empty() && is_blank(written.back())) written.remove_suffix(1);
    while (!written.empty() && is_blank(written.front())) written.remove_prefix(1);
    if (written.size() < 4 || !written.starts_with("{:") || !written.ends_with('}'))
        return std::nullopt;
    return parse_attribute_list(written.substr(2, written.size() - 3));
}

// The attribute list on the last line of `paragraph`, taken out of it (with the line end
// before it); the line must start with `{:` as written, past its containers' `>`s.
std::optional<Attributes> take_ial_line(Paragraph& paragraph, SourcePos at,
                                        std::string_view file) {
    Inlines& children = paragraph.children;
    // The list is text that ends with `}` (ial_of): most paragraphs end otherwise, and are
    // answered before their line ends are counted.
    const auto* last = children.empty() ? nullptr : std::get_if<Text>(&children.back().node);
    if (last == nullptr) return std::nullopt;
    const std::size_t end = last->text.find_last_not_of(" \t");
    if (end == std::string::npos || last->text[end] != '}') return std::nullopt;
    std::size_t start = children.size();
    std::size_t lines = 0;
    for (std::size_t i = 0; i < children.size(); ++i) {
        if (std::holds_alternative<SoftBreak>(children[i].node)) start = i + 1;
        if (std::holds_alternative<SoftBreak>(children[i].node) ||
            std::holds_alternative<HardBreak>(children[i].node))
            ++lines;
    }
    if (start == children.size()) start = 0;
    // A view of the last line, not a copy: every paragraph of every article comes here.
    std::optional<Attributes> attributes = ial_of(std::span<const Inline>(children).subspan(start));
    if (!attributes) return std::nullopt;
    if (start == 0) {
        if (escaped_at(file, at.offset)) return std::nullopt;
    } else if (const std::optional<std::string_view> written = source_line(file, at.offset, lines)) {
        const std::size_t first = written->find_first_not_of(" \t>");
        if (first == std::string_view::npos || written->substr(first, 2) != "{:") return std::nullopt;
    }
    children.erase(children.begin() + static_cast<std::ptrdiff_t>(start == 0 ? 0 : start - 1),
                   children.end());
    return attributes;
}

// The attribute list that ends `blocks` (in their last paragraph, however deep in lists and
// quotes a lazy line put it), taken out; a paragraph left empty goes too.
std::optional<Attributes> take_trailing_ial(Blocks& blocks, std::string_view file) {
    if (blocks.empty()) return std::nullopt;
    Block& last = blocks.back();
    std::optional<Attributes> found;
    if (auto* paragraph = std::get_if<Paragraph>(&last.node)) {
        found = take_ial_line(*paragraph, last.at, file);
        if (found && paragraph->children.empty()) blocks.pop_back();
    } else if (auto* list = std::get_if<List>(&last.node); list && !list->items.empty()) {
        found = take_trailing_ial(list->items.back().children, file);
    } else if (auto* quote = std::get_if<BlockQuote>(&last.node)) {
        found = take_trailing_ial(quote->children, file);
    }
    return found;
}

// Chirpy's boxes are quotes with a `prompt-*` class: GitHub's alerts by another name.
void apply_ial(BlockQuote& quote, const Attributes& attributes) {
    for (const std::string& name : attributes.classes) {
        if (name == "prompt-tip") quote.alert = "tip";
        else if (name == "prompt-info") quote.alert = "note";
        else if (name == "prompt-warning") quote.alert = "warning";
        else if (name == "prompt-danger") quote.alert = "caution";
    }
}

// Every block IAL in `blocks` taken out of the text it would otherwise show in: applied where
// the model has a place for it (a quote's box kind, a heading's id and classes), else dropped
// (an image's width: the outputs size images themselves).
void read_block_ials(Blocks& blocks, std::string_view file) {
    // Compacted in place (`kept` blocks so far): a block moves only after one was dropped.
    std::size_t kept = 0;
    for (Block& block : blocks) {
        if (auto* quote = std::get_if<BlockQuote>(&block.node)) {
            if (std::optional<Attributes> attributes = take_trailing_ial(quote->children, file))
                apply_ial(*quote, *attributes);
        } else if (auto* paragraph = std::get_if<Paragraph>(&block.node)) {
            std::optional<Attributes> attributes = take_ial_line(*paragraph, block.at, file);
            if (attributes && paragraph->children.empty()) {
                // On a line of its own after a blank: it belongs to the block before.
                if (kept > 0) {
                    if (auto* before = std::get_if<BlockQuote>(&blocks[kept - 1].node)) {
                        apply_ial(*before, *attributes);
                    } else if (auto* heading = std::get_if<Heading>(&blocks[kept - 1].node);
                               heading && heading->attributes == Attributes{}) {
                        heading->attributes = std::move(*attributes);
                    }
                }
                continue;
            }
        } else if (auto* list = std::get_if<List>(&block.node); list && !list->items.empty()) {
            take_trailing_ial(list->items.back().children, file);
        }
        if (&blocks[kept] != &block) blocks[kept] = std::move(block);
        ++kept;
    }
    blocks.erase(blocks.begin() + static_cast<std::ptrdiff_t>(kept), blocks.end());
}

// ---- definition lists ----------------------------------------------------------------------

// A line of a paragraph that starts a definition: `:` then a blank, as PHP Markdown Extra,
// Goldmark and kramdown have it. The marker and the blanks after it are taken off.
// Whether line `index` of a paragraph starting at `at` starts with `:` as written, past its
// containers' indentation and `>`s (`\:` is text).
bool colon_as_written(std::string_view file, SourcePos at, std::size_t index) {
    if (index == 0) return !escaped_at(file, at.offset);
    const std::optional<std::string_view> line = source_line(file, at.offset, index);
    if (!line) return true;
    const std::size_t start = line->find_first_not_of(" \t>");
    return start != std::string_view::npos && (*line)[start] == ':';
}

void take_definition_marker(Inlines& line) {
    auto& text = std::get<Text>(line.front().node).text;
    std::size_t start = 1;
    while (start < text.size() && is_blank(text[start])) ++start;
    text.erase(0, start);
    if (text.empty()) line.erase(line.begin());
}

std::vector<Inlines> paragraph_lines(Inlines inlines) {
    std::vector<Inlines> lines(1);
    for (Inline& item : inlines) {
        if (std::holds_alternative<SoftBreak>(item.node)) {
            lines.emplace_back();
        } else {
            lines.back().push_back(std::move(item));
        }
    }
    return lines;
}

Blocks definition_paragraph(Inlines inlines, SourcePos at) {
    Blocks blocks;
    blocks.push_back(Block{Paragraph{std::move(inlines)}, at});
    return blocks;
}

// The definitions of `lines` from `first` on (each marked line starts one, a line without a
// marker continues the one before), added to `item`.
void add_definitions(std::vector<Inlines>& lines, const std::vector<bool>& marked,
                     std::size_t first, DefinitionItem& item, SourcePos at) {
    Inlines current;
    bool open = false;
    const auto close = [&] {
        if (open) item.definitions.push_back(definition_paragraph(std::move(current), at));
        current.clear();
    };
    for (std::size_t i = first; i < lines.size(); ++i) {
        if (marked[i]) {
            close();
            open = true;
            take_definition_marker(lines[i]);
            current = std::move(lines[i]);
        } else {
            current.push_back(Inline{SoftBreak{}});
            for (Inline& piece : lines[i]) current.push_back(std::move(piece));
        }
    }
    close();
}

// Which lines of a paragraph start a definition: `:` and a blank, written so. Empty when none.
std::vector<bool> definition_lines(const Paragraph& paragraph, SourcePos at, std::string_view file) {
    std::vector<bool> marked;
    bool any = false;
    bool line_start = true;
    std::size_t source_lines = 0;  // line ends in the source before this line
    for (const Inline& item : paragraph.children) {
        if (std::holds_alternative<SoftBreak>(item.node)) {
            if (line_start) marked.push_back(false);
            line_start = true;
            ++source_lines;
            continue;
        }
        if (std::holds_alternative<HardBreak>(item.node)) ++source_lines;
        if (line_start) {
            const auto* text = std::get_if<Text>(&item.node);
            const bool marker = text != nullptr && text->text.size() >= 2 && text->text[0] == ':' &&
                                is_blank(text->text[1]) &&
                                colon_as_written(file, at, source_lines);
            marked.push_back(marker);
            any = any || marker;
        }
        line_start = false;
    }
    if (line_start) marked.push_back(false);
    if (!any) marked.clear();
    return marked;
}

// A paragraph of terms then definitions (tight), or a paragraph of definitions after a
// paragraph of terms or after a definition list (loose: a blank line before the definition),
// become a definition list; neighbouring lists become one.
// Whether some line of `paragraph` starts with `:` and a blank, before asking the source how
// it was written: most paragraphs have none, and then `definition_lines` need not run.
bool may_hold_definition(const Paragraph& paragraph) {
    bool line_start = true;
    for (const Inline& item : paragraph.children) {
        if (line_start) {
            const auto* text = std::get_if<Text>(&item.node);
            if (text != nullptr && text->text.size() >= 2 && text->text[0] == ':' &&
                is_blank(text->text[1]))
                return true;
        }
        line_start = std::holds_alternative<SoftBreak>(item.node);
    }
    return false;
}

void read_definition_lists(Blocks& blocks, std::string_view file) {
    if (std::none_of(blocks.begin(), blocks.end(), [](const Block& block) {
            const auto* paragraph = std::get_if<Paragraph>(&block.node);
            return paragraph != nullptr && may_hold_definition(*paragraph);
        }))
        return;
    Blocks out;
    out.reserve(blocks.size());
    const auto list_before = [&out](std::size_t back) -> DefinitionList* {
        return out.size() < back ? nullptr : std::get_if<DefinitionList>(&out[out.size() - back].node);
    };
    for (Block& block : blocks) {
        auto* paragraph = std::get_if<Paragraph>(&block.node);
        const std::vector<bool> marked =
            paragraph == nullptr ? std::vector<bool>{} : definition_lines(*paragraph, block.at, file);
        if (marked.empty()) {
            out.push_back(std::move(block));
            continue;
        }
        std::vector<Inlines> lines = paragraph_lines(std::move(paragraph->children));
        if (!marked.front()) {
            // Terms, one a line, up to the first definition.
            std::size_t first = 1;
            while (!marked[first]) ++first;
            DefinitionItem item;
            for (std::size_t i = 0; i < first; ++i) item.terms.push_back(std::move(lines[i]));
            add_definitions(lines, marked, first, item, block.at);
            if (DefinitionList* before = list_before(1)) {
                before->items.push_back(std::move(item));
            } else {
                DefinitionList list;
                list.items.push_back(std::move(item));
                out.push_back(Block{std::move(list), block.at});
            }
            continue;
        }
        auto* terms = out.empty() ? nullptr : std::get_if<Paragraph>(&out.back().node);
        if (DefinitionList* before = list_before(1)) {
            add_definitions(lines, marked, 0, before->items.back(), block.at);
            before->tight = false;
        } else if (terms != nullptr && !terms->children.empty()) {
            DefinitionItem item;
            item.terms = paragraph_lines(std::move(terms->children));
            add_definitions(lines, marked, 0, item, block.at);
            if (DefinitionList* earlier = list_before(2)) {
                // `A`, `: a`, `B`, `: b` apart by blank lines: one loose list.
                earlier->items.push_back(std::move(item));
                earlier->tight = false;
                out.pop_back();
            } else {
                DefinitionList list;
                list.items.push_back(std::move(item));
                list.tight = false;
                const SourcePos at = out.back().at;
                out.back() = Block{std::move(list), at};
            }
        } else {
            // A definition with no term before it is a paragraph that starts with a colon.
            Inlines joined;
            for (std::size_t i = 0; i < lines.size(); ++i) {
                if (i > 0) joined.push_back(Inline{SoftBreak{}});
                for (Inline& piece : lines[i]) joined.push_back(std::move(piece));
            }
            paragraph->children = std::move(joined);
            out.push_back(std::move(block));
        }
    }
    blocks = std::move(out);
}

}  // namespace

std::optional<Attributes> parse_attribute_list(std::string_view text) {
    Attributes attributes;
    bool any = false;
    std::size_t i = 0;
    while (true) {
        while (i < text.size() && is_blank(text[i])) ++i;
        if (i == text.size()) break;
        if (text[i] == '#' || text[i] == '.') {
            const std::size_t end = word_end(text, i + 1);
            if (end == i + 1) return std::nullopt;
            std::string word(text.substr(i + 1, end - i - 1));
            if (text[i] == '#') {
                attributes.id = std::move(word);
            } else {
                attributes.classes.push_back(std::move(word));
            }
            i = end;
        } else if (is_key_start(text[i])) {
            std::size_t end = i + 1;
            while (end < text.size() && is_key_char(text[end])) ++end;
            if (end >= text.size() || text[end] != '=') return std::nullopt;
            std::string key(text.substr(i, end - i));
            std::size_t value_start = end + 1;
            std::string value;
            if (value_start < text.size() && (text[value_start] == '"' || text[value_start] == '\'')) {
                const std::size_t close = text.find(text[value_start], value_start + 1);
                if (close == std::string_view::npos) return std::nullopt;
                value = text.substr(value_start + 1, close - value_start - 1);
                i = close + 1;
            } else {
                const std::size_t value_end = word_end(text, value_start);
                if (value_end == value_start) return std::nullopt;
                value = text.substr(value_start, value_end - value_start);
                i = value_end;
            }
            attributes.other.emplace_back(std::move(key), std::move(value));
        } else {
            return std::nullopt;
        }
        any = true;
        if (i < text.size() && !is_blank(text[i])) return std::nullopt;
    }
    if (!any) return std::nullopt;
    return attributes;
}

std::size_t trailing_attribute_list(std::string_view text) {
    std::size_t end = text.size();
    while (end > 0 && is_blank(text[end - 1])) --end;
    if (end < 2 || text[end - 1] != '}') return std::string_view::npos;
    const std::size_t brace = text.rfind('{', end - 1);
    if (brace == std::string_view::npos || (brace > 0 && !is_blank(text[brace - 1])))
        return std::string_view::npos;
    if (!parse_attribute_list(text.substr(brace + 1, end - 1 - brace - 1)))
        return std::string_view::npos;
    return brace;
}

void read_markdown_extensions(Blocks& blocks, std::string_view file) {
    read_block_ials(blocks, file);
    for (Block& block : blocks) {
        if (auto* heading = std::get_if<Heading>(&block.node)) {
            read_heading_attributes(*heading, block.at, file);
        } else if (auto* quote = std::get_if<BlockQuote>(&block.node)) {
            read_alert(*quote, file);
            read_markdown_extensions(quote->children, file);
        } else if (auto* list = std::get_if<List>(&block.node)) {
            for (ListItem& item : list->items) read_markdown_extensions(item.children, file);
        }
    }
    read_definition_lists(blocks, file);
}

}  // namespace folio
