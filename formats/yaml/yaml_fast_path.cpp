#include "formats/yaml/yaml_fast_path.hpp"

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "formats/yaml/yaml_scalar.hpp"
#include "src/text/utf8.hpp"

namespace folio {

namespace {

// Deeper nesting or more values than this is unusual enough for front matter that yaml-cpp may
// as well take it, with its own limits and messages.
constexpr int kMaxDepth = 4;
constexpr std::size_t kMaxValues = 10'000;
// Duplicate keys are found by a linear search, fine for the dozen keys of a front matter.
constexpr std::size_t kMaxMapEntries = 256;
// YAML allows implicit keys of at most 1024 characters; longer ones are yaml-cpp's to refuse.
constexpr std::size_t kMaxKeyBytes = 1024;

// One line that holds more than indentation and a comment. Offsets index the whole file.
struct Line {
    std::size_t start = 0;    // first byte of the line
    std::size_t content = 0;  // first byte that is not a space
    std::size_t end = 0;      // the newline, or the end of the front matter
    std::uint32_t number = 0;

    std::size_t indent() const { return content - start; }
};

bool is_key_char(char c) {
    const auto u = static_cast<unsigned char>(c);
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '-' || c == '.' || u >= 0x80;
}

bool is_key_start(char c) { return is_key_char(c) && c != '-' && c != '.'; }

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// A recursive-descent reader over the content lines. Every `bool` it returns means "handled";
// false anywhere abandons the whole document to yaml-cpp, so no partial result ever escapes.
class SimpleYamlReader {
public:
    SimpleYamlReader(std::string_view text, std::size_t begin, std::size_t end)
        : text_(text), begin_(begin), end_(end) {}

    std::optional<FrontMatter> read() {
        if (!split_lines()) return std::nullopt;
        FrontMatter out;
        if (lines_.empty()) return out;  // only comments and blank lines: yaml-cpp's null root
        const Line& first = lines_.front();
        if (!read_map(first.indent(), first.content, out.entries, &out.positions, 1)) {
            return std::nullopt;
        }
        if (next_ != lines_.size()) return std::nullopt;
        return out;
    }

private:
    // Splits the front matter into content lines, refusing outright the bytes yaml-cpp treats
    // specially or that this reader does not want to reason about: tabs, other control
    // characters (NUL would even switch yaml-cpp's encoding detection to UTF-16) and DEL.
    bool split_lines() {
        // yaml-cpp guesses the encoding from the first bytes (a BOM, UTF-16/32 patterns):
        // start with a plain ASCII byte so that only UTF-8 is ever in question.
        if (begin_ < end_ && static_cast<unsigned char>(text_[begin_]) >= 0x80) return false;
        std::uint32_t number = 1 + static_cast<std::uint32_t>(
                                       std::count(text_.begin(), text_.begin() + begin_, '\n'));
        std::size_t start = begin_;
        lines_.reserve(32);
        while (start < end_) {
            std::size_t stop = start;
            while (stop < end_ && text_[stop] != '\n') {
                const auto u = static_cast<unsigned char>(text_[stop]);
                if (u < 0x20 || u == 0x7F) return false;
                ++stop;
            }
            std::size_t content = start;
            while (content < stop && text_[content] == ' ') ++content;
            if (content < stop && text_[content] != '#') {
                lines_.push_back({start, content, stop, number});
            }
            start = stop + 1;
            ++number;
        }
        return true;
    }

    SourcePos position(const Line& line, std::size_t offset) const {
        std::uint32_t column = 1;
        for (std::size_t i = line.start; i < offset; ++i) {
            if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;
        }
        return {line.number, column};
    }

    bool count_value() { return ++values_ <= kMaxValues; }

    // The key of a `key:` entry starting at `at`: restricted to characters that cannot start or
    // hide YAML syntax. `after` is set past the ':'.
    std::optional<std::string_view> key_at(const Line& line, std::size_t at,
                                           std::size_t& after) const {
        if (at >= line.end || !is_key_start(text_[at])) return std::nullopt;
        std::size_t pos = at;
        while (pos < line.end && is_key_char(text_[pos])) ++pos;
        if (pos >= line.end || text_[pos] != ':') return std::nullopt;
        if (pos + 1 < line.end && text_[pos + 1] != ' ') return std::nullopt;
        const std::string_view key = text_.substr(at, pos - at);
        // yaml-cpp reads these keys as null, which the converter refuses with its own message.
        if (key.size() > kMaxKeyBytes || key == "null" || key == "Null" || key == "NULL") {
            return std::nullopt;
        }
        after = pos + 1;
        return key;
    }

    bool starts_list_item(const Line& line) const {
        return text_[line.content] == '-' && line.content + 1 < line.end &&
               text_[line.content + 1] == ' ';
    }

    // A block map whose keys sit at column `indent`; the first key starts at `first_key`, which
    // is the line's content or, for a map inside a list item, the text after "- ".
    bool read_map(std::size_t indent, std::size_t first_key, Map& out,
                  std::vector<SourcePos>* positions, int depth) {
        if (depth > kMaxDepth) return false;
        std::size_t at = first_key;
        while (true) {
            const Line& line = lines_[next_];
            std::size_t after = 0;
            const auto key = key_at(line, at, after);
            if (!key || out.size() >= kMaxMapEntries) return false;
            for (const auto& entry : out) {
                if (entry.first == *key) return false;  // yaml-cpp's converter names duplicates
            }
            if (!count_value()) return false;
            while (after < line.end && text_[after] == ' ') ++after;
            Value value;
            SourcePos value_pos;
            if (after == line.end) {
                ++next_;
                if (!read_nested(line, indent, at, value, value_pos, depth)) return false;
            } else {
                if (text_[after] == '#') return false;  // `key: # comment`: rare, yaml-cpp's
                if (!read_inline(line, after, value)) return false;
                value_pos = position(line, after);
                ++next_;
            }
            out.emplace_back(std::string(*key), std::move(value));
            if (positions) positions->push_back(value_pos);

            if (next_ == lines_.size()) return true;
            const Line& following = lines_[next_];
            if (following.indent() < indent) return true;
            if (following.indent() > indent) return false;  // continuation lines and the like
            at = following.content;
        }
    }

    // The value of `key:` with nothing after the colon: a list or map on the lines below, or
    // null. A null value is placed at its key, as the yaml-cpp path does.
    bool read_nested(const Line& key_line, std::size_t indent, std::size_t key_at_offset,
                     Value& value, SourcePos& value_pos, int depth) {
        if (next_ < lines_.size()) {
            const Line& below = lines_[next_];
            if (below.indent() >= indent && starts_list_item(below)) {
                value_pos = position(below, below.content);
                ValueList list;
                if (!read_list(below.indent(), list, depth + 1)) return false;
                value.data = std::move(list);
                return true;
            }
            if (below.indent() > indent) {
                value_pos = position(below, below.content);
                Map map;
                if (!read_map(below.indent(), below.content, map, nullptr, depth + 1)) return false;
                value.data = std::move(map);
                return true;
            }
        }
        value.data = Null{};
        value_pos = position(key_line, key_at_offset);
        return true;
    }

    // A block list whose dashes sit at column `indent`: scalars, one-line flow lists, or maps.
    bool read_list(std::size_t indent, ValueList& out, int depth) {
        if (depth > kMaxDepth) return false;
        while (next_ < lines_.size()) {
            const Line& line = lines_[next_];
            if (line.indent() < indent) return true;
            if (line.indent() > indent) return false;
            if (!starts_list_item(line)) return true;  // the parent map's next key, or not ours
            if (!count_value()) return false;
            std::size_t at = line.content + 2;
            while (at < line.end && text_[at] == ' ') ++at;
            if (at == line.end || text_[at] == '#') return false;  // null item: yaml-cpp's
            std::size_t ignored = 0;
            if (key_at(line, at, ignored)) {
                Map map;
                if (!read_map(at - line.start, at, map, nullptr, depth + 1)) return false;
                out.push_back(Value{std::move(map)});
            } else {
                Value item;
                if (!read_inline(line, at, item)) return false;
                out.push_back(std::move(item));
                ++next_;
            }
        }
        return true;
    }

    // A value that starts at `at` and ends on this line, followed only by spaces and perhaps a
    // comment.
    bool read_inline(const Line& line, std::size_t at, Value& value) {
        std::size_t after = 0;
        const char c = text_[at];
        if (c == '[') {
            if (!read_flow_list(line, at, value, after)) return false;
        } else if (c == '"' || c == '\'') {
            std::string text;
            if (!read_quoted(line, at, text, after)) return false;
            value.data = std::move(text);
        } else {
            if (!read_plain(line, at, value, after)) return false;
        }
        return rest_is_comment(line, after);
    }

    bool rest_is_comment(const Line& line, std::size_t after) const {
        std::size_t pos = after;
        while (pos < line.end && text_[pos] == ' ') ++pos;
        if (pos == line.end) return true;
        return text_[pos] == '#' && pos > after;  // a comment needs a space before its '#'
    }

    // A plain scalar in block context, typed by its text. Refuses the first characters that make
    // something else of it (indicators), and any ": " inside, which yaml-cpp rejects.
    bool read_plain(const Line& line, std::size_t at, Value& value, std::size_t& after) const {
        static constexpr std::string_view kIndicators = ",[]{}#&*!|>'\"%@`?:";
        const char first = text_[at];
        if (kIndicators.find(first) != std::string_view::npos) return false;
        if (first == '-' && (at + 1 == line.end || text_[at + 1] == ' ')) return false;
        std::size_t stop = at;
        while (stop < line.end) {
            const char c = text_[stop];
            if (c == ':' && (stop + 1 == line.end || text_[stop + 1] == ' ')) return false;
            if (c == ' ' && stop + 1 < line.end && text_[stop + 1] == '#') break;
            ++stop;
        }
        while (stop > at && text_[stop - 1] == ' ') --stop;
        value = type_plain_yaml_scalar(text_.substr(at, stop - at));
        after = stop;
        return true;
    }

    bool read_quoted(const Line& line, std::size_t at, std::string& out, std::size_t& after) const {
        return text_[at] == '"' ? read_double_quoted(line, at, out, after)
                                : read_single_quoted(line, at, out, after);
    }

    // 'text' on one line, '' standing for one quote.
    bool read_single_quoted(const Line& line, std::size_t at, std::string& out,
                            std::size_t& after) const {
        std::size_t pos = at + 1;
        while (pos < line.end) {
            const std::size_t quote = text_.find('\'', pos);
            if (quote == std::string_view::npos || quote >= line.end) return false;
            out.append(text_.substr(pos, quote - pos));
            if (quote + 1 < line.end && text_[quote + 1] == '\'') {
                out += '\'';
                pos = quote + 2;
                continue;
            }
            after = quote + 1;
            return true;
        }
        return false;  // runs on to the next line: folding is yaml-cpp's
    }

    // "text" on one line with YAML's escapes, decoded as the yaml-cpp path does (which also
    // writes `\N` and `\_` as UTF-8, after mending yaml-cpp's Latin-1 bytes).
    bool read_double_quoted(const Line& line, std::size_t at, std::string& out,
                            std::size_t& after) const {
        std::size_t pos = at + 1;
        while (pos < line.end) {
            const char c = text_[pos];
            if (c == '"') {
                after = pos + 1;
                return true;
            }
            if (c != '\\') {
                out += c;
                ++pos;
                continue;
            }
            if (pos + 1 >= line.end) return false;  // escaped line break
            const char e = text_[pos + 1];
            pos += 2;
            switch (e) {
                case '0': out += '\0'; break;
                case 'a': out += '\x07'; break;
                case 'b': out += '\x08'; break;
                case 't': out += '\t'; break;
                case 'n': out += '\n'; break;
                case 'v': out += '\x0B'; break;
                case 'f': out += '\x0C'; break;
                case 'r': out += '\r'; break;
                case 'e': out += '\x1B'; break;
                case ' ': out += ' '; break;
                case '"': out += '"'; break;
                case '\'': out += '\''; break;
                case '\\': out += '\\'; break;
                case '/': out += '/'; break;
                case 'N': out += "\xC2\x85"; break;
                case '_': out += "\xC2\xA0"; break;
                case 'L': out += "\xE2\x80\xA8"; break;
                case 'P': out += "\xE2\x80\xA9"; break;
                case 'x':
                case 'u':
                case 'U': {
                    const std::size_t digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    if (line.end - pos < digits) return false;
                    std::uint32_t code = 0;
                    for (std::size_t i = 0; i < digits; ++i) {
                        const int d = hex_digit(text_[pos + i]);
                        if (d < 0) return false;
                        if (code > 0x10FFFF) return false;  // stop before it overflows
                        code = code * 16 + static_cast<std::uint32_t>(d);
                    }
                    if ((code >= 0xD800 && code <= 0xDFFF) || code > 0x10FFFF) return false;
                    append_utf8(out, code);
                    pos += digits;
                    break;
                }
                default: return false;  // an invalid escape: yaml-cpp's error message
            }
        }
        return false;
    }

    // `[a, "b", 3]` on one line: scalars only, no empty or trailing entries.
    bool read_flow_list(const Line& line, std::size_t at, Value& value, std::size_t& after) {
        ValueList list;
        std::size_t pos = at + 1;
        const auto skip_spaces = [&] {
            while (pos < line.end && text_[pos] == ' ') ++pos;
        };
        skip_spaces();
        if (pos < line.end && text_[pos] == ']') {
            value.data = std::move(list);
            after = pos + 1;
            return true;
        }
        while (pos < line.end) {
            if (!count_value()) return false;
            const char c = text_[pos];
            if (c == '"' || c == '\'') {
                std::string text;
                if (!read_quoted(line, pos, text, pos)) return false;
                list.push_back(Value{std::move(text)});
            } else {
                // Plain entries avoid every character that could end or change them in flow
                // context; anything unusual goes to yaml-cpp.
                static constexpr std::string_view kFlowIndicators = ",[]{}#&*!|>'\"%@`?:";
                if (kFlowIndicators.find(c) != std::string_view::npos) return false;
                if (c == '-' && (pos + 1 == line.end || text_[pos + 1] == ' ' ||
                                 text_[pos + 1] == ',' || text_[pos + 1] == ']')) {
                    return false;
                }
                const std::size_t start = pos;
                while (pos < line.end && text_[pos] != ',' && text_[pos] != ']') {
                    if (std::string_view("[]{}#:?'\"").find(text_[pos]) != std::string_view::npos) {
                        return false;
                    }
                    ++pos;
                }
                std::size_t stop = pos;
                while (stop > start && text_[stop - 1] == ' ') --stop;
                list.push_back(type_plain_yaml_scalar(text_.substr(start, stop - start)));
            }
            skip_spaces();
            if (pos >= line.end) return false;  // continues on the next line
            if (text_[pos] == ']') {
                value.data = std::move(list);
                after = pos + 1;
                return true;
            }
            if (text_[pos] != ',') return false;
            ++pos;
            skip_spaces();
            if (pos < line.end && text_[pos] == ']') return false;  // trailing comma
        }
        return false;
    }

    std::string_view text_;
    std::size_t begin_;
    std::size_t end_;
    std::vector<Line> lines_;
    std::size_t next_ = 0;
    std::size_t values_ = 0;
};

}  // namespace

std::optional<FrontMatter> decode_simple_yaml_front_matter(const SourceText& source,
                                                           std::size_t begin, std::size_t end) {
    const std::string& text = source.text();
    end = std::min(end, text.size());
    if (begin > end) return std::nullopt;
    return SimpleYamlReader(text, begin, end).read();
}

}  // namespace folio
