#include "src/output/front_matter_copy.hpp"

#include <algorithm>
#include <string_view>
#include <utility>
#include <vector>

#include "src/ast/date.hpp"
#include "src/meta/engine_profile.hpp"
#include "src/source/source_text.hpp"

namespace folio {

namespace {

// One line of the block: `[begin, end)` without its LF; `next` is where the next one starts.
struct Line {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::size_t next = 0;
};

std::vector<Line> lines_of(std::string_view text) {
    std::vector<Line> out;
    for (std::size_t pos = 0; pos < text.size();) {
        const std::size_t nl = text.find('\n', pos);
        const std::size_t end = nl == std::string_view::npos ? text.size() : nl;
        out.push_back({pos, end, nl == std::string_view::npos ? text.size() : nl + 1});
        pos = out.back().next;
    }
    return out;
}

std::string_view trimmed(std::string_view s) {
    const std::size_t b = s.find_first_not_of(" \t");
    if (b == std::string_view::npos) return {};
    return s.substr(b, s.find_last_not_of(" \t") - b + 1);
}

// One top-level entry as written: the lines `[first, last]`, and its key's bytes.
struct Entry {
    std::string key;
    std::size_t key_begin = 0;
    std::size_t key_end = 0;
    std::size_t begin = 0;  // first byte of its first line
    std::size_t end = 0;    // one past its last line's LF
    bool table = false;     // a TOML `[table]` section
};

// The block as the copy reads it: its entries, where the content ends (the closing fence's
// line), and, for TOML, where the first table starts.
struct Layout {
    std::vector<Entry> entries;
    std::size_t content_end = 0;
    std::size_t first_table = std::string::npos;
    std::size_t content_begin = 0;
};

// A key at `line` (`key:` or `"key":`, `key =`); its end in `key_end`, the separator's place
// in `after`. Empty when the line holds no key as a plain block mapping writes one.
std::string read_key(std::string_view text, const Line& line, char separator,
                     std::size_t& key_end, std::size_t& after) {
    std::size_t i = line.begin;
    std::string key;
    if (text[i] == '"' || text[i] == '\'') {
        const char q = text[i];
        const std::size_t close = text.find(q, i + 1);
        if (close == std::string_view::npos || close >= line.end) return {};
        key = std::string(text.substr(i + 1, close - i - 1));
        key_end = close + 1;
    } else {
        std::size_t j = i;
        while (j < line.end && text[j] != separator && text[j] != ' ' && text[j] != '\t') ++j;
        key = std::string(text.substr(i, j - i));
        key_end = j;
    }
    std::size_t j = key_end;
    while (j < line.end && (text[j] == ' ' || text[j] == '\t')) ++j;
    if (j >= line.end || text[j] != separator) return {};
    // YAML's `key:` is followed by a space or the line's end (`a:b` is a plain scalar).
    if (separator == ':' && j + 1 < line.end && text[j + 1] != ' ' && text[j + 1] != '\t')
        return {};
    after = j + 1;
    return key;
}

// What makes YAML unsafe to edit by lines: an anchor, an alias, a tag, a merge key, a
// complex key. Quoted text is skipped.
bool yaml_line_is_plain(std::string_view line) {
    char quote = 0;
    bool value_start = true;  // at the start of a value: after `: `, `- `, `[`, `,` or the start
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quote) {
            if (c == quote) quote = 0;
            continue;
        }
        if (c == '#' && (i == 0 || line[i - 1] == ' ')) return true;  // a comment: the rest
        if (value_start && c != ' ' && c != '\t') {
            if (c == '&' || c == '*' || c == '!' || c == '?') return false;
            if (line.substr(i, 2) == "<<") return false;
            if (c == '"' || c == '\'') quote = c;
            value_start = false;
        }
        if ((c == ':' || c == '-') && (i + 1 == line.size() || line[i + 1] == ' ')) value_start = true;
        if (c == '[' || c == ',' || c == '{') value_start = true;
    }
    return true;
}

// The lines of the opening fence (the first line that is not blank) and of the closing one
// (the last line `closes`, trimmed, says is one); `close <= open` when there is none.
template <typename Closes>
std::pair<std::size_t, std::size_t> fences(std::string_view text, const std::vector<Line>& lines,
                                           Closes closes) {
    const auto line_at = [&](std::size_t i) {
        return trimmed(text.substr(lines[i].begin, lines[i].end - lines[i].begin));
    };
    std::size_t open = 0;
    while (open < lines.size() && line_at(open).empty()) ++open;
    std::size_t close = lines.size();
    while (close > open + 1) {
        --close;
        if (closes(line_at(close))) break;
    }
    return {open, close};
}

std::optional<Layout> yaml_layout(std::string_view text, const std::vector<Line>& lines,
                                  std::string& why) {
    Layout layout;
    const auto [open, close] = fences(text, lines, [](std::string_view line) {
        return line == "---" || line == "...";
    });
    if (open >= lines.size() || close <= open) {
        why = "its fences were not found";
        return std::nullopt;
    }
    layout.content_begin = lines[open].next;
    layout.content_end = lines[close].begin;
    Entry* current = nullptr;
    for (std::size_t l = open + 1; l < close; ++l) {
        const Line& line = lines[l];
        const std::string_view s = text.substr(line.begin, line.end - line.begin);
        if (trimmed(s) == "---" || trimmed(s) == "...") {
            why = "it holds several YAML documents";
            return std::nullopt;
        }
        if (!yaml_line_is_plain(s)) {
            why = "it uses anchors, aliases, tags or complex keys";
            return std::nullopt;
        }
        if (s.empty() || s[0] == ' ' || s[0] == '\t' || s[0] == '-') {
            if (!current && !trimmed(s).empty()) {
                why = "it does not start with a key";
                return std::nullopt;
            }
            if (current) current->end = line.next;
            continue;
        }
        if (s[0] == '#') {
            current = nullptr;  // a comment at the margin stands alone, and stays
            continue;
        }
        if (s[0] == '{' || s[0] == '[') {
            why = "it is written in flow style";
            return std::nullopt;
        }
        std::size_t key_end = 0, after = 0;
        std::string key = read_key(text, line, ':', key_end, after);
        if (key.empty()) {
            why = "line " + std::to_string(l + 1) + " is not a plain `key: value`";
            return std::nullopt;
        }
        layout.entries.push_back({std::move(key), line.begin, key_end, line.begin, line.next, false});
        current = &layout.entries.back();
    }
    return layout;
}

// Whether a TOML value continues past `line`: an open bracket or a multi-line string.
void toml_value_state(std::string_view s, int& depth, std::string& open_string) {
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (!open_string.empty()) {
            if (s.substr(i, open_string.size()) == open_string) {
                i += open_string.size() - 1;
                open_string.clear();
            } else if (open_string == "\"" && s[i] == '\\') {
                ++i;
            }
            continue;
        }
        if (s.substr(i, 3) == "\"\"\"" || s.substr(i, 3) == "'''") {
            open_string = std::string(s.substr(i, 3));
            i += 2;
        } else if (s[i] == '"' || s[i] == '\'') {
            open_string = std::string(1, s[i]);
        } else if (s[i] == '#') {
            break;
        } else if (s[i] == '[' || s[i] == '{') {
            ++depth;
        } else if (s[i] == ']' || s[i] == '}') {
            --depth;
        }
    }
    // A single-quoted or basic string ends with its line.
    if (open_string == "\"" || open_string == "'") open_string.clear();
}

std::optional<Layout> toml_layout(std::string_view text, const std::vector<Line>& lines,
                                  std::string& why) {
    Layout layout;
    const auto [open, close] =
        fences(text, lines, [](std::string_view line) { return line == "+++"; });
    if (open >= lines.size() || close <= open) {
        why = "its fences were not found";
        return std::nullopt;
    }
    layout.content_begin = lines[open].next;
    layout.content_end = lines[close].begin;
    Entry* current = nullptr;
    int depth = 0;
    std::string open_string;
    for (std::size_t l = open + 1; l < close; ++l) {
        const Line& line = lines[l];
        const std::string_view s = text.substr(line.begin, line.end - line.begin);
        const std::string_view t = trimmed(s);
        const bool continues = depth > 0 || !open_string.empty();
        if (continues || (current && current->table && !t.starts_with('['))) {
            if (current) current->end = line.next;
            toml_value_state(s, depth, open_string);
            continue;
        }
        if (t.empty() || t[0] == '#') {
            current = nullptr;
            continue;
        }
        if (t[0] == '[') {
            const bool array = t.starts_with("[[");
            const std::size_t close_bracket = t.find(array ? "]]" : "]");
            const std::string_view name =
                close_bracket == std::string_view::npos ? std::string_view()
                : trimmed(t.substr(array ? 2 : 1, close_bracket - (array ? 2 : 1)));
            if (name.empty() || name.find_first_of(".\"'") != std::string_view::npos || array) {
                why = "it has a table the copy cannot place (`" + std::string(t) + "`)";
                return std::nullopt;
            }
            if (layout.first_table == std::string::npos) layout.first_table = line.begin;
            const std::size_t key_begin = line.begin + static_cast<std::size_t>(s.find(name));
            layout.entries.push_back({std::string(name), key_begin, key_begin + name.size(),
                                      line.begin, line.next, true});
            current = &layout.entries.back();
            continue;
        }
        if (s[0] == ' ' || s[0] == '\t') {
            why = "it has an indented key";
            return std::nullopt;
        }
        std::size_t key_end = 0, after = 0;
        std::string key = read_key(text, line, '=', key_end, after);
        if (key.empty() || (text[line.begin] != '"' && text[line.begin] != '\'' &&
                            key.find('.') != std::string::npos)) {
            why = "line " + std::to_string(l + 1) + " is not a plain `key = value`";
            return std::nullopt;
        }
        layout.entries.push_back({std::move(key), line.begin, key_end, line.begin, line.next, false});
        current = &layout.entries.back();
        toml_value_state(text.substr(after, line.end - after), depth, open_string);
    }
    return layout;
}

// Whether `from` and `to` name one typed field in some built-in profile.
bool same_field(std::string_view from, std::string_view to) {
    for (const EngineProfile& profile : engine_profiles()) {
        for (const KeyMeaning& a : profile.keys) {
            if (a.key != from) continue;
            for (const EngineProfile& other : engine_profiles())
                for (const KeyMeaning& b : other.keys)
                    if (b.key == to && b.field == a.field) return true;
        }
    }
    return false;
}

struct Edit {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::string replacement;
};

// Edits each string of `from` that became another in `to` where it is written in
// `[begin, end)` of `text` (once, as written), when the rest is equal. False when they differ
// otherwise, or a string is not written once as it is.
bool string_edits(const Value& from, const Value& to, std::string_view text, std::size_t begin,
                  std::size_t end, std::vector<Edit>& edits) {
    if (from.data.index() != to.data.index()) return false;
    if (const auto* a = std::get_if<std::string>(&from.data)) {
        const auto& b = std::get<std::string>(to.data);
        if (*a == b) return true;
        const std::string_view span = text.substr(begin, end - begin);
        const std::size_t at = span.find(*a);
        if (a->empty() || at == std::string_view::npos ||
            span.find(*a, at + 1) != std::string_view::npos ||
            b.find_first_of("\"'\\\n#:") != std::string::npos)
            return false;
        edits.push_back({begin + at, begin + at + a->size(), b});
        return true;
    }
    if (const auto* a = std::get_if<Map>(&from.data)) {
        const auto& b = std::get<Map>(to.data);
        if (a->size() != b.size()) return false;
        for (std::size_t i = 0; i < a->size(); ++i) {
            if ((*a)[i].first != b[i].first) return false;
            if (!string_edits((*a)[i].second, b[i].second, text, begin, end, edits)) return false;
        }
        return true;
    }
    return from == to;
}

bool digits(std::string_view text, std::size_t& at, std::size_t min, std::size_t max) {
    std::size_t n = 0;
    while (at < text.size() && n < max && text[at] >= '0' && text[at] <= '9') ++at, ++n;
    return n >= min;
}

// Whether a YAML reader takes `scalar` for a timestamp (YAML 1.1's form, which js-yaml and
// go-yaml read): `2025-04-10`, `2025-04-10 21:30:00`, `...T21:30:00.5+09:00`, `... Z`. Jekyll's
// `2025-04-10 21:30:00 +0900` is not one: Ruby reads it as a date, JavaScript engines as a
// string, and Eleventy stops on it.
bool is_yaml_timestamp(std::string_view scalar) {
    std::size_t at = 0;
    if (!digits(scalar, at, 4, 4) || at >= scalar.size() || scalar[at++] != '-') return false;
    if (!digits(scalar, at, 1, 2) || at >= scalar.size() || scalar[at++] != '-') return false;
    if (!digits(scalar, at, 1, 2)) return false;
    if (at == scalar.size()) return true;
    if (scalar[at] == 'T' || scalar[at] == 't') ++at;
    else while (at < scalar.size() && (scalar[at] == ' ' || scalar[at] == '\t')) ++at;
    if (!digits(scalar, at, 1, 2) || at >= scalar.size() || scalar[at++] != ':') return false;
    if (!digits(scalar, at, 2, 2) || at >= scalar.size() || scalar[at++] != ':') return false;
    if (!digits(scalar, at, 2, 2)) return false;
    if (at < scalar.size() && scalar[at] == '.') digits(scalar, ++at, 0, 64);
    while (at < scalar.size() && (scalar[at] == ' ' || scalar[at] == '\t')) ++at;
    if (at == scalar.size()) return true;
    if (scalar[at] == 'Z') return at + 1 == scalar.size();
    if (scalar[at] != '+' && scalar[at] != '-') return false;
    ++at;
    if (!digits(scalar, at, 1, 2)) return false;
    if (at < scalar.size() && scalar[at] == ':') {
        ++at;
        if (!digits(scalar, at, 2, 2)) return false;
    }
    return at == scalar.size();
}

// A one-line plain date value of a YAML entry (`date: 2025-04-10 21:30:00 +0900`) that YAML
// readers do not take for a timestamp: rewritten in place in RFC 3339, the same instant
// (`2025-04-10T21:30:00+09:00`), so that every engine reads a date.
void timestamp_edit(const Value& value, std::string_view text, std::size_t key_end,
                    std::size_t end, std::vector<Edit>& edits) {
    const auto* date = std::get_if<Date>(&value.data);
    if (date == nullptr) return;
    std::size_t at = text.find(':', key_end);
    const std::size_t line_end = text.find('\n', key_end);
    if (at == std::string_view::npos || at >= end || line_end < at) return;
    at = text.find_first_not_of(" \t", at + 1);
    if (at == std::string_view::npos || at >= line_end) return;
    std::size_t stop = text.find(" #", at);
    if (stop == std::string_view::npos || stop > line_end) stop = line_end;
    while (stop > at && (text[stop - 1] == ' ' || text[stop - 1] == '\t' || text[stop - 1] == '\r'))
        --stop;
    const std::string_view scalar = text.substr(at, stop - at);
    if (scalar.empty() || scalar[0] == '"' || scalar[0] == '\'' || is_yaml_timestamp(scalar)) return;
    edits.push_back({at, stop, format_rfc3339(*date)});
}

// The writer's text for `entries` without its fences.
std::string written_entries(const Map& entries, const FrontMatterFormat& format,
                            const FrontMatterWriteOptions& options, const Source& source,
                            Diagnostics& diagnostics) {
    std::string out = format.write(entries, options, source, diagnostics);
    const std::vector<Line> lines = lines_of(out);
    if (lines.size() < 2) return {};
    return out.substr(lines.front().next, lines.back().begin - lines.front().next);
}

}  // namespace

std::optional<std::string> copied_front_matter(const WrittenFrontMatter& written,
                                               const Map& entries,
                                               const FrontMatterFormat& format,
                                               const FrontMatterWriteOptions& options,
                                               const Source& source, Diagnostics& diagnostics,
                                               std::string& why) {
    const std::string_view text = written.text;
    const std::vector<Line> lines = lines_of(text);
    std::optional<Layout> layout;
    if (written.syntax == FrontMatterSyntax::yaml)
        layout = yaml_layout(text, lines, why);
    else if (written.syntax == FrontMatterSyntax::toml)
        layout = toml_layout(text, lines, why);
    else
        why = "only YAML and TOML are copied";
    if (!layout) return std::nullopt;
    if (!format.decode || !format.write) {
        why = "its syntax has no decoder and writer";
        return std::nullopt;
    }

    // The decoder's reading is the truth; the lines are only where to edit it. Where the two
    // disagree (a repeated key, a layout read otherwise), the copy is not safe.
    const SourceText decoded_text(source.path, std::string(text));
    const Result<FrontMatter> decoded =
        format.decode(decoded_text, layout->content_begin, layout->content_end);
    if (!decoded) {
        why = "it does not decode on its own";
        return std::nullopt;
    }
    const Map& before = decoded->entries;
    if (before.size() != layout->entries.size() ||
        !std::equal(before.begin(), before.end(), layout->entries.begin(),
                    [](const auto& e, const Entry& w) { return e.first == w.key; })) {
        why = "its keys are not laid out one per line as the copy reads them";
        return std::nullopt;
    }

    std::vector<Edit> edits;
    std::vector<bool> matched(entries.size(), false);
    auto index_of = [&](std::string_view key) -> std::size_t {
        for (std::size_t i = 0; i < entries.size(); ++i)
            if (entries[i].first == key) return i;
        return entries.size();
    };
    for (std::size_t e = 0; e < layout->entries.size(); ++e) {
        const Entry& entry = layout->entries[e];
        const Value& value = before[e].second;
        const std::size_t same = index_of(entry.key);
        if (same < entries.size()) {
            std::vector<Edit> strings;
            if (string_edits(value, entries[same].second, text, entry.key_end, entry.end, strings)) {
                matched[same] = true;
                if (written.syntax == FrontMatterSyntax::yaml && options.dates_as_yaml_timestamps)
                    timestamp_edit(value, text, entry.key_end, entry.end, strings);
                edits.insert(edits.end(), strings.begin(), strings.end());
                continue;
            }
        } else {
            // Renamed: the target holds this value under another name of the same field.
            std::size_t renamed = entries.size();
            for (std::size_t i = 0; i < entries.size() && renamed == entries.size(); ++i) {
                if (!matched[i] && entries[i].second == value && !find(before, entries[i].first) &&
                    same_field(entry.key, entries[i].first))
                    renamed = i;
            }
            if (renamed < entries.size()) {
                matched[renamed] = true;
                const bool quoted = text[entry.key_begin] == '"' || text[entry.key_begin] == '\'';
                edits.push_back({entry.key_begin + (quoted ? 1 : 0), entry.key_end - (quoted ? 1 : 0),
                                 entries[renamed].first});
                continue;
            }
        }
        // Held otherwise by the target, or not at all (then the writer's caller has said so).
        edits.push_back({entry.begin, entry.end, ""});
    }

    Map top, tables;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        if (matched[i]) continue;
        const auto& [key, value] = entries[i];
        // Every engine reads an absent `draft` as false.
        if (key == "draft" && value == Value{false} && !find(before, "draft")) continue;
        (std::holds_alternative<Map>(value.data) ? tables : top).push_back(entries[i]);
    }
    if (written.syntax == FrontMatterSyntax::yaml) {
        for (auto& entry : tables) top.push_back(std::move(entry));
        tables.clear();
    }
    if (!top.empty()) {
        const std::size_t at = layout->first_table != std::string::npos ? layout->first_table
                                                                        : layout->content_end;
        edits.push_back({at, at, written_entries(top, format, options, source, diagnostics)});
    }
    if (!tables.empty()) {
        edits.push_back({layout->content_end, layout->content_end,
                         written_entries(tables, format, options, source, diagnostics)});
    }

    // An insertion goes before an entry removed at the same place.
    std::stable_sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) {
        return a.begin < b.begin || (a.begin == b.begin && a.end < b.end);
    });
    std::string out;
    out.reserve(text.size() + 64);
    std::size_t pos = 0;
    for (const Edit& edit : edits) {
        if (edit.begin < pos) {
            why = "two of its edits overlap";
            return std::nullopt;
        }
        out.append(text.substr(pos, edit.begin - pos));
        out += edit.replacement;
        pos = edit.end;
    }
    out.append(text.substr(pos));
    return out;
}

}  // namespace folio
