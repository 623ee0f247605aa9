#include "formats/markdown/footnote_definitions.hpp"

#include "formats/markdown/html_block_kinds.hpp"

#include <algorithm>
#include <optional>
#include <string_view>
#include <vector>

namespace folio {

namespace {

struct Line {
    std::size_t begin;  // first byte
    std::size_t end;    // the newline, or the end of the text
};

bool is_space(char c) { return c == ' ' || c == '\t'; }

bool is_blank(std::string_view line) {
    for (const char c : line) {
        if (!is_space(c)) return false;
    }
    return true;
}

// Columns of leading white space (tabs to the next multiple of 4) and the first other byte.
std::pair<std::size_t, std::size_t> indentation(std::string_view line) {
    std::size_t columns = 0;
    std::size_t i = 0;
    for (; i < line.size() && is_space(line[i]); ++i) {
        columns = line[i] == '\t' ? (columns / 4 + 1) * 4 : columns + 1;
    }
    return {columns, i};
}

// Absolute column of byte `i` of `line` (tabs advance to the next multiple of 4).
std::size_t column_of(std::string_view line, std::size_t i) {
    std::size_t columns = 0;
    for (std::size_t j = 0; j < i && j < line.size(); ++j)
        columns = line[j] == '\t' ? (columns / 4 + 1) * 4 : columns + 1;
    return columns;
}

// The list items whose markers open a line: for each, outermost first, the column of its
// marker and the column its content starts at (CommonMark: 1-4 blanks after the marker belong
// to it; more, or none before the line's end, and the content starts one column after it).
struct ItemMarker {
    std::size_t marker_column;
    std::size_t content_column;
};
struct ItemMarkers {
    std::vector<ItemMarker> items;
    std::size_t content = 0;     // the byte after the markers and their blanks
    bool indented_code = false;  // the content is indented code of the last item
};

// `base` is the content column of the list item the line is in (0 outside lists): a marker
// indented 4 columns or more past it (or past the marker before it) is no marker.
ItemMarkers item_markers(std::string_view line, std::size_t base) {
    ItemMarkers out;
    std::size_t i = 0;
    for (;;) {
        std::size_t j = i;
        while (j < line.size() && is_space(line[j])) ++j;
        out.content = j;
        if (column_of(line, j) >= base + 4) return out;
        std::size_t k = j;
        if (k < line.size() && (line[k] == '-' || line[k] == '+' || line[k] == '*')) {
            ++k;
        } else {
            while (k < line.size() && k - j < 9 && line[k] >= '0' && line[k] <= '9') ++k;
            if (k == j || k >= line.size() || (line[k] != '.' && line[k] != ')')) return out;
            ++k;
        }
        if (k < line.size() && !is_space(line[k])) return out;
        std::size_t content = k;
        while (content < line.size() && is_space(line[content])) ++content;
        const std::size_t after_marker = column_of(line, k);
        const std::size_t blanks = column_of(line, content) - after_marker;
        if (content == line.size() || blanks > 4) {
            out.items.push_back({column_of(line, j), after_marker + 1});
            out.content = content;
            out.indented_code = content < line.size();
            return out;
        }
        out.items.push_back({column_of(line, j), after_marker + blanks});
        base = after_marker + blanks;
        i = content;
    }
}

struct DefinitionStart {
    std::string_view label;
    std::size_t bracket;  // offset of `[` in the line
    std::size_t content;  // offset of the first byte after `]:` and its spaces
};

// `[^label]:` at most 3 spaces in. A label has no white space or brackets, like pandoc's and
// GitHub's, and is at most 999 bytes like a link label.
std::optional<DefinitionStart> definition_start(std::string_view line) {
    const auto [columns, i] = indentation(line);
    if (columns > 3 || line.substr(i, 2) != "[^") return std::nullopt;
    std::size_t j = i + 2;
    while (j < line.size() && line[j] != ']' && line[j] != '[' && !is_space(line[j])) ++j;
    if (j == i + 2 || j - (i + 2) > 999 || line.substr(j, 2) != "]:") return std::nullopt;
    std::size_t content = j + 2;
    while (content < line.size() && is_space(line[content])) ++content;
    return DefinitionStart{line.substr(i + 2, j - (i + 2)), i, content};
}

// Skips list markers (`- `, `12. `) so a fence opened in a list item is still seen; block
// quote lines are not unwrapped because no definition can start on a `>` line anyway.
std::size_t skip_list_markers(std::string_view line, std::size_t i) {
    for (;;) {
        std::size_t j = i;
        while (j < line.size() && line[j] == ' ') ++j;
        if (j < line.size() && (line[j] == '-' || line[j] == '+' || line[j] == '*')) {
            ++j;
        } else {
            const std::size_t digits = j;
            while (j < line.size() && j - digits < 9 && line[j] >= '0' && line[j] <= '9') ++j;
            if (j == digits || j >= line.size() || (line[j] != '.' && line[j] != ')')) return i;
            ++j;
        }
        if (j < line.size() && !is_space(line[j])) return i;
        i = j;
    }
}

struct Fence {
    char marker;
    std::size_t length;
};

std::optional<Fence> fence_open(std::string_view line) {
    const auto [columns, start] = indentation(line);
    if (columns > 3) return std::nullopt;
    std::size_t i = skip_list_markers(line, start);
    while (i < line.size() && is_space(line[i])) ++i;
    if (i >= line.size() || (line[i] != '`' && line[i] != '~')) return std::nullopt;
    const char marker = line[i];
    std::size_t j = i;
    while (j < line.size() && line[j] == marker) ++j;
    if (j - i < 3) return std::nullopt;
    if (marker == '`' && line.find('`', j) != std::string_view::npos) return std::nullopt;
    return Fence{marker, j - i};
}

bool fence_close(std::string_view line, Fence fence) {
    std::size_t i = indentation(line).second;
    std::size_t j = i;
    while (j < line.size() && line[j] == fence.marker) ++j;
    return j - i >= fence.length && is_blank(line.substr(j));
}

// `#` headings, thematic breaks and, after a paragraph line, setext underlines: lines that
// end a paragraph (or stand alone) rather than continue it or open a list item. A lone `-` or
// `- -` outside a paragraph is a list item.
bool ends_paragraph(std::string_view line, bool in_paragraph) {
    const auto [columns, i] = indentation(line);
    if (columns > 3) return false;
    if (line[i] == '#') {
        std::size_t j = i;
        while (j < line.size() && line[j] == '#') ++j;
        return j - i <= 6 && (j == line.size() || is_space(line[j]));
    }
    const char c = line[i];
    if (c != '-' && c != '*' && c != '_' && c != '=') return false;
    std::size_t count = 0;
    bool one_run = true;  // no blank between two of them
    for (std::size_t j = i; j < line.size(); ++j) {
        if (line[j] == c) {
            if (count > 0 && is_space(line[j - 1])) one_run = false;
            ++count;
        } else if (!is_space(line[j])) {
            return false;
        }
    }
    if (c != '=' && count >= 3) return true;
    return in_paragraph && (c == '-' || c == '=') && one_run;
}

// Whether a line that is not indented enough would start a block of its own instead of
// continuing the definition's paragraph lazily.
bool starts_block(std::string_view line) {
    if (ends_paragraph(line, true) || fence_open(line) || definition_start(line)) return true;
    const auto [columns, i] = indentation(line);
    if (columns > 3) return false;
    if (line[i] == '>') return true;
    return skip_list_markers(line, i) != i;
}

class Scanner {
public:
    Scanner(std::string& text, std::size_t file_offset) : text_(text), file_offset_(file_offset) {
        for (std::size_t begin = 0; begin < text_.size();) {
            std::size_t end = text_.find('\n', begin);
            if (end == std::string::npos) end = text_.size();
            lines_.push_back({begin, end});
            begin = end + 1;
        }
    }

    std::vector<FootnoteDefinition> run() {
        std::vector<FootnoteDefinition> definitions;
        std::optional<Fence> fence;
        bool in_paragraph = false;
        for (std::size_t n = 0; n < lines_.size(); ++n) {
            const std::string_view line = view(n);
            if (fence) {
                if (fence_close(line, *fence)) fence.reset();
                continue;
            }
            if (html_ && inside_html_block(line)) continue;
            if (is_blank(line)) {
                in_paragraph = false;
                continue;
            }
            const std::size_t columns = indentation(line).first;
            const ItemMarkers markers = ends_paragraph(line, in_paragraph)
                                            ? ItemMarkers{{}, indentation(line).second, false}
                                            : item_markers(line, item_column_at(columns));
            const int html_kind = markers.content < line.size() && line[markers.content] == '<'
                                      ? html_block_kind(line.substr(markers.content))
                                      : 0;
            // A lazy line continues the paragraph of a list item it is not indented into.
            const bool lazy =
                in_paragraph && !starts_block(line) && (html_kind == 0 || html_kind == 7);
            if (!lazy) close_items(columns);
            if (!in_paragraph) {
                if (const auto start = definition_start(line)) {
                    n = take_definition(n, *start, definitions);
                    continue;
                }
            }
            if ((fence = fence_open(line))) {
                in_paragraph = false;
                continue;
            }
            if (lazy) continue;
            for (const ItemMarker& item : markers.items) {
                close_items(item.marker_column);
                items_.push_back(item.content_column);
            }
            const std::size_t relative = columns - std::min(columns, item_column());
            // md4c looks for an HTML block at any indentation where indented code cannot start
            // (after a paragraph line), and kind 7 cannot interrupt a paragraph.
            const bool code = markers.items.empty() ? relative >= 4 && !in_paragraph
                                                    : markers.indented_code;
            const bool interrupts = html_kind != 7 || !in_paragraph || !markers.items.empty();
            if (!code && html_kind != 0 && interrupts) {
                in_paragraph = false;
                if (html_kind >= 6 || !html_block_ends(line.substr(markers.content), html_kind))
                    html_ = OpenHtmlBlock{html_kind, item_column()};
                continue;
            }
            // An indented line outside a paragraph is indented code; inside one it is a
            // continuation. Either way it leaves the paragraph state as it is.
            if (markers.items.empty() && relative >= 4) continue;
            in_paragraph = markers.content < line.size() && !ends_paragraph(line, in_paragraph);
        }
        return definitions;
    }

private:
    // An HTML block that has not met its end condition yet, and the content column of the list
    // item it is in (0 outside lists): a line indented less ends the item and the block.
    struct OpenHtmlBlock {
        int kind;
        std::size_t column;
    };

    // Whether `line` belongs to the open HTML block (whose lines are its text, never a
    // definition); closes the block where `line` ends it.
    bool inside_html_block(std::string_view line) {
        if (is_blank(line)) {
            // Blank lines belong to kinds 1-5 (in a list item too); they end kinds 6 and 7.
            if (html_->kind >= 6) html_.reset();
            return html_.has_value();
        }
        if (indentation(line).first < html_->column) {
            html_.reset();
            return false;
        }
        if (html_block_ends(line, html_->kind)) html_.reset();
        return true;
    }

    std::size_t item_column() const { return items_.empty() ? 0 : items_.back(); }

    // The content column of the innermost open list item a line indented `columns` is in.
    std::size_t item_column_at(std::size_t columns) const {
        for (auto it = items_.rbegin(); it != items_.rend(); ++it) {
            if (*it <= columns) return *it;
        }
        return 0;
    }

    // Leaves the list items that a line starting at `column` is not indented into.
    void close_items(std::size_t column) {
        while (!items_.empty() && items_.back() > column) items_.pop_back();
    }

    std::string_view view(std::size_t n) const {
        return std::string_view(text_).substr(lines_[n].begin, lines_[n].end - lines_[n].begin);
    }

    void append(FootnoteDefinition& definition, std::size_t text_offset, std::size_t size) {
        definition.map.add(definition.content.size(), file_offset_ + text_offset);
        definition.content.append(text_, text_offset, size);
        definition.content += '\n';
    }

    // Collects the definition starting on line `first`, blanks it, returns its last line.
    std::size_t take_definition(std::size_t first, const DefinitionStart& start,
                                std::vector<FootnoteDefinition>& out) {
        const std::size_t begin = lines_[first].begin;
        FootnoteDefinition definition{std::string(start.label),
                                      file_offset_ + begin + start.bracket,
                                      {},
                                      OffsetMap(file_offset_ + begin + start.content)};
        append(definition, begin + start.content, lines_[first].end - begin - start.content);
        std::size_t last = first;
        // Laziness continues a paragraph only, not code inside the definition.
        std::optional<Fence> fence;
        bool in_paragraph = !is_blank(view(first));
        for (std::size_t n = first + 1; n < lines_.size(); ++n) {
            const std::string_view line = view(n);
            if (is_blank(line)) {
                in_paragraph = false;
                continue;
            }
            const auto [columns, i] = indentation(line);
            if (columns >= 4) {
                for (std::size_t blank = last + 1; blank < n; ++blank)
                    append(definition, lines_[blank].begin, 0);
                // Four columns come off; a tab reaching past column 4 is taken whole.
                std::size_t cut = 0;
                for (std::size_t col = 0; col < 4; ++cut)
                    col = line[cut] == '\t' ? (col / 4 + 1) * 4 : col + 1;
                const std::string_view rest = line.substr(cut);
                append(definition, lines_[n].begin + cut, rest.size());
                if (fence) {
                    if (fence_close(rest, *fence)) fence.reset();
                    in_paragraph = false;
                } else if ((fence = fence_open(rest))) {
                    in_paragraph = false;
                } else if (indentation(rest).first < 4 || in_paragraph) {
                    in_paragraph = !ends_paragraph(rest, in_paragraph);
                }
                last = n;
                continue;
            }
            if (last + 1 == n && in_paragraph && !fence && !starts_block(line)) {
                append(definition, lines_[n].begin, line.size());
                last = n;
                continue;
            }
            break;
        }
        for (std::size_t i = begin; i < lines_[last].end; ++i) {
            if (text_[i] != '\n') text_[i] = ' ';
        }
        out.push_back(std::move(definition));
        return last;
    }

    std::string& text_;
    std::size_t file_offset_;
    std::vector<Line> lines_;
    std::vector<std::size_t> items_;  // content columns of the open list items, outermost first
    std::optional<OpenHtmlBlock> html_;
};

}  // namespace

std::vector<FootnoteDefinition> extract_footnote_definitions(std::string& text,
                                                             std::size_t file_offset) {
    if (text.find("[^") == std::string::npos) return {};
    return Scanner(text, file_offset).run();
}

}  // namespace folio
