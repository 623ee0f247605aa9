#include "formats/json/json_object_scan.hpp"

#include <set>

#include "src/text/utf8.hpp"

namespace folio {

namespace {

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return 0;
}

// The string whose opening quote is at `pos`, unescaped; `pos` ends after the closing quote.
// The text is known-valid JSON, so escapes are well formed.
std::string read_string(std::string_view text, std::size_t& pos) {
    std::string out;
    ++pos;
    while (pos < text.size() && text[pos] != '"') {
        if (text[pos] != '\\') {
            out += text[pos++];
            continue;
        }
        const char kind = pos + 1 < text.size() ? text[pos + 1] : '\\';
        pos += 2;
        switch (kind) {
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case 'u': {
                const auto unit_at = [&](std::size_t at) {
                    unsigned unit = 0;
                    for (std::size_t i = at; i < at + 4 && i < text.size(); ++i) {
                        unit = unit * 16 + static_cast<unsigned>(hex_value(text[i]));
                    }
                    return unit;
                };
                unsigned code = unit_at(pos);
                pos += 4;
                // A high surrogate followed by `\uDCxx` is one character outside the BMP.
                if (code >= 0xD800 && code < 0xDC00 && pos + 1 < text.size() && text[pos] == '\\' &&
                    text[pos + 1] == 'u') {
                    const unsigned low = unit_at(pos + 2);
                    if (low >= 0xDC00 && low < 0xE000) {
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                        pos += 6;
                    }
                }
                append_utf8(out, code);
                break;
            }
            default: out += kind; break;  // \" \\ \/
        }
    }
    ++pos;
    return out;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// One open `{` or `[`: objects remember their keys, to find a repeated one.
struct Frame {
    bool is_object = false;
    bool expecting_key = false;
    std::set<std::string> keys;
};

}  // namespace

JsonObjectScan scan_json_object(std::string_view text, std::size_t max_depth) {
    JsonObjectScan scan;
    std::vector<Frame> stack;
    bool value_follows_at_top = false;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const char c = text[pos];
        if (is_space(c)) {
            ++pos;
            continue;
        }
        if (value_follows_at_top) {
            scan.top_level_values.push_back(pos);
            value_follows_at_top = false;
        }
        switch (c) {
            case '{':
            case '[':
                stack.push_back(Frame{c == '{', c == '{', {}});
                if (stack.size() > max_depth && !scan.too_deep) scan.too_deep = pos;
                ++pos;
                break;
            case '}':
            case ']':
                if (!stack.empty()) stack.pop_back();
                ++pos;
                break;
            case ',':
                if (!stack.empty() && stack.back().is_object) stack.back().expecting_key = true;
                ++pos;
                break;
            case ':':
                if (stack.size() == 1) value_follows_at_top = true;
                ++pos;
                break;
            case '"': {
                const std::size_t start = pos;
                std::string value = read_string(text, pos);
                if (!stack.empty() && stack.back().expecting_key) {
                    stack.back().expecting_key = false;
                    if (!stack.back().keys.insert(std::move(value)).second && !scan.duplicate_key) {
                        scan.duplicate_key = start;
                        std::size_t again = start;
                        scan.duplicate_name = read_string(text, again);
                    }
                }
                break;
            }
            default:
                // A number or literal: skip to the next structural character.
                while (pos < text.size() && !is_space(text[pos]) && text[pos] != ',' &&
                       text[pos] != '}' && text[pos] != ']') {
                    ++pos;
                }
                break;
        }
    }
    return scan;
}

}  // namespace folio
