#include "formats/ghost/json_tree.hpp"

#include <algorithm>
#include <cstring>

namespace folio {

const JsonValue* JsonValue::get(std::string_view key) const {
    if (kind != Kind::object) return nullptr;
    for (std::size_t i = 0; i < keys.size(); ++i) {
        if (keys[i] == key) return &items[i];
    }
    return nullptr;
}

std::string_view JsonValue::str(std::string_view key) const {
    const JsonValue* value = get(key);
    return value && value->kind == Kind::string ? std::string_view(value->text)
                                                : std::string_view();
}

std::string_view JsonValue::scalar(std::string_view key) const {
    const JsonValue* value = get(key);
    return value && (value->kind == Kind::string || value->kind == Kind::number)
               ? std::string_view(value->text)
               : std::string_view();
}

std::int64_t JsonValue::integer() const {
    if (kind == Kind::boolean) return flag ? 1 : 0;
    if (kind != Kind::number && kind != Kind::string) return 0;
    std::int64_t result = 0;
    bool negative = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (i == 0 && c == '-') {
            negative = true;
        } else if (c >= '0' && c <= '9') {
            if (result > (INT64_MAX - 9) / 10) break;  // bounded: a huge number is not an id
            result = result * 10 + (c - '0');
        } else {
            break;  // `1.5e3`: the integer part is all Ghost's integer columns need
        }
    }
    return negative ? -result : result;
}

namespace {

void append_utf8(std::string& out, std::uint32_t code) {
    if (code < 0x80) {
        out += static_cast<char>(code);
    } else if (code < 0x800) {
        out += static_cast<char>(0xC0 | (code >> 6));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
        out += static_cast<char>(0xE0 | (code >> 12));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (code >> 18));
        out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    }
}

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

class Parser {
public:
    Parser(std::string_view text, std::size_t max_depth, std::vector<JsonError>& errors)
        : s_(text), max_depth_(max_depth), errors_(errors) {}

    void document(JsonValue& root) {
        if (!value(root, 0)) return;
        skip_space();
        if (pos_ < s_.size()) fail(pos_, "text after the end of the JSON document");
    }

private:
    bool fail(std::size_t at, std::string message) {
        errors_.push_back({at, std::move(message)});
        return false;
    }

    void skip_space() {
        while (pos_ < s_.size() &&
               (s_[pos_] == ' ' || s_[pos_] == '\n' || s_[pos_] == '\t' || s_[pos_] == '\r')) {
            ++pos_;
        }
    }

    bool literal(std::string_view word) {
        if (s_.substr(pos_, word.size()) != word) return fail(pos_, "not a JSON value");
        pos_ += word.size();
        return true;
    }

    bool value(JsonValue& out, std::size_t depth) {
        skip_space();
        out.offset = pos_;
        if (pos_ >= s_.size())
            return fail(pos_, "the file ends where a value should be (cut short?)");
        bool ok = false;
        switch (s_[pos_]) {
            case '{':
                out.kind = JsonValue::Kind::object;
                ok = object(out, depth + 1);
                break;
            case '[':
                out.kind = JsonValue::Kind::array;
                ok = array(out, depth + 1);
                break;
            case '"':
                out.kind = JsonValue::Kind::string;
                ok = string(out.text);
                break;
            case 't':
                out.kind = JsonValue::Kind::boolean;
                out.flag = true;
                ok = literal("true");
                break;
            case 'f':
                out.kind = JsonValue::Kind::boolean;
                ok = literal("false");
                break;
            case 'n':
                ok = literal("null");
                break;
            default:
                out.kind = JsonValue::Kind::number;
                ok = number(out.text);
                break;
        }
        out.end = pos_;
        return ok;
    }

    bool number(std::string& out) {
        const std::size_t start = pos_;
        if (pos_ < s_.size() && s_[pos_] == '-') ++pos_;
        const std::size_t digits = pos_;
        while (pos_ < s_.size() &&
               ((s_[pos_] >= '0' && s_[pos_] <= '9') || s_[pos_] == '.' || s_[pos_] == 'e' ||
                s_[pos_] == 'E' || s_[pos_] == '+' || s_[pos_] == '-')) {
            ++pos_;
        }
        if (pos_ == digits || s_[digits] < '0' || s_[digits] > '9') {
            return fail(start, "not a JSON value");
        }
        out.assign(s_.substr(start, pos_ - start));
        return true;
    }

    bool string(std::string& out) {
        const std::size_t start = pos_++;
        while (true) {
            // Copy runs of plain bytes at once: bodies are long strings with few escapes.
            std::size_t run = pos_;
            while (run < s_.size() && s_[run] != '"' && s_[run] != '\\' &&
                   static_cast<unsigned char>(s_[run]) >= 0x20) {
                ++run;
            }
            out.append(s_.substr(pos_, run - pos_));
            pos_ = run;
            if (pos_ >= s_.size())
                return fail(start, "a string that starts here never ends (the file is cut short?)");
            const char c = s_[pos_];
            if (c == '"') {
                ++pos_;
                return true;
            }
            if (c != '\\') return fail(pos_, "a control character inside a string");
            if (pos_ + 1 >= s_.size())
                return fail(start, "a string that starts here never ends (the file is cut short?)");
            const char e = s_[pos_ + 1];
            pos_ += 2;
            switch (e) {
                case '"':
                    out += '"';
                    break;
                case '\\':
                    out += '\\';
                    break;
                case '/':
                    out += '/';
                    break;
                case 'b':
                    out += '\b';
                    break;
                case 'f':
                    out += '\f';
                    break;
                case 'n':
                    out += '\n';
                    break;
                case 'r':
                    out += '\r';
                    break;
                case 't':
                    out += '\t';
                    break;
                case 'u': {
                    std::uint32_t code = 0;
                    if (!hex4(code)) return fail(pos_ - 2, "a bad \\u escape");
                    if (code >= 0xD800 && code < 0xDC00 && s_.substr(pos_, 2) == "\\u") {
                        std::uint32_t low = 0;
                        pos_ += 2;
                        if (!hex4(low)) return fail(pos_ - 2, "a bad \\u escape");
                        if (low >= 0xDC00 && low < 0xE000) {
                            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                        } else {
                            append_utf8(out, 0xFFFD);
                            code = low;
                        }
                    }
                    if (code >= 0xD800 && code < 0xE000) code = 0xFFFD;  // a lone surrogate
                    append_utf8(out, code);
                    break;
                }
                default:
                    return fail(pos_ - 2, "a bad escape in a string");
            }
        }
    }

    bool hex4(std::uint32_t& code) {
        if (pos_ + 4 > s_.size()) return false;
        for (int i = 0; i < 4; ++i) {
            const int digit = hex_digit(s_[pos_ + i]);
            if (digit < 0) return false;
            code = code * 16 + static_cast<std::uint32_t>(digit);
        }
        pos_ += 4;
        return true;
    }

    bool object(JsonValue& out, std::size_t depth) {
        if (depth > max_depth_)
            return fail(pos_, "nested deeper than " + std::to_string(max_depth_));
        ++pos_;
        skip_space();
        if (pos_ < s_.size() && s_[pos_] == '}') {
            ++pos_;
            return true;
        }
        while (true) {
            skip_space();
            if (pos_ >= s_.size())
                return cut(out, fail(pos_, "the file ends inside an object (cut short?)"));
            if (s_[pos_] != '"') return cut(out, fail(pos_, "expected a key in quotes"));
            out.keys.emplace_back();
            if (!string(out.keys.back())) return cut(out, false);
            skip_space();
            if (pos_ >= s_.size() || s_[pos_] != ':')
                return cut(out, fail(pos_, "expected ':' after the key"));
            ++pos_;
            out.items.emplace_back();
            if (!value(out.items.back(), depth)) return cut(out, false);
            skip_space();
            if (pos_ < s_.size() && s_[pos_] == ',') {
                ++pos_;
                continue;
            }
            if (pos_ < s_.size() && s_[pos_] == '}') {
                ++pos_;
                return true;
            }
            return cut(out,
                       fail(pos_, pos_ >= s_.size() ? "the file ends inside an object (cut short?)"
                                                    : "expected ',' or '}'"));
        }
    }

    // A key that was read without its value is dropped, so `keys` and `items` stay parallel.
    static bool cut(JsonValue& out, bool) {
        out.complete = false;
        out.keys.resize(out.items.size());
        return false;
    }

    bool array(JsonValue& out, std::size_t depth) {
        if (depth > max_depth_)
            return fail(pos_, "nested deeper than " + std::to_string(max_depth_));
        ++pos_;
        skip_space();
        if (pos_ < s_.size() && s_[pos_] == ']') {
            ++pos_;
            return true;
        }
        while (true) {
            out.items.emplace_back();
            bool ok = value(out.items.back(), depth);
            if (ok) {
                skip_space();
                if (pos_ < s_.size() && s_[pos_] == ',') {
                    ++pos_;
                    continue;
                }
                if (pos_ < s_.size() && s_[pos_] == ']') {
                    ++pos_;
                    return true;
                }
                ok = fail(pos_, pos_ >= s_.size() ? "the file ends inside an array (cut short?)"
                                                  : "expected ',' or ']'");
            }
            out.complete = false;
            if (!rows(out)) return false;
            // Past the damaged row's opening, so a row that fails at once cannot loop.
            const std::size_t from = std::max(pos_, out.items.back().offset + 1);
            const std::size_t next = next_row(from);
            // The next row may belong to the next table: then this one ends before its name.
            const std::size_t end =
                table_end(from, next == std::string_view::npos ? s_.size() : next);
            if (end != std::string_view::npos) {
                pos_ = end;
                return true;
            }
            if (next == std::string_view::npos) return false;
            pos_ = next;
        }
    }

    bool escaped(std::size_t quote) const {
        std::size_t backslashes = 0;
        while (quote > backslashes && s_[quote - 1 - backslashes] == '\\') ++backslashes;
        return backslashes % 2 == 1;
    }

    // Just past the `]` of `], "name": [` between `from` and `limit` (the end of one table's
    // array and the start of the next), or npos. An unescaped quote cannot be inside a string,
    // so `"name": [` is structure.
    std::size_t table_end(std::size_t from, std::size_t limit) const {
        for (std::size_t i = from; i < limit; ++i) {
            if (s_[i] != '"' || escaped(i)) continue;
            std::size_t after = skip(i + 1);
            if (after >= s_.size() || s_[after] != ':') continue;
            after = skip(after + 1);
            if (after >= s_.size() || s_[after] != '[') continue;
            std::size_t open = i;  // the key's opening quote
            do {
                if (open == from) break;
                --open;
            } while (s_[open] != '"' || escaped(open));
            std::size_t back = open;
            while (back > from && is_space(s_[back - 1])) --back;
            if (back == from || s_[back - 1] != ',') continue;
            --back;
            while (back > from && is_space(s_[back - 1])) --back;
            if (back == from || s_[back - 1] != ']') continue;
            return back;
        }
        return std::string_view::npos;
    }

    static bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

    std::size_t skip(std::size_t i) const {
        while (i < s_.size() && is_space(s_[i])) ++i;
        return i;
    }

    // Whether an array holds table rows, each an object opening with its "id".
    bool rows(const JsonValue& array) const {
        const JsonValue& first = array.items.front();
        if (first.is_object() && !first.keys.empty()) return first.keys.front() == "id";
        return row_at(first.offset);
    }

    bool row_at(std::size_t at) const {
        if (at >= s_.size() || s_[at] != '{') return false;
        std::size_t i = at + 1;
        while (i < s_.size() && (s_[i] == ' ' || s_[i] == '\n' || s_[i] == '\t' || s_[i] == '\r'))
            ++i;
        return s_.substr(i, 5) == "\"id\":" || s_.substr(i, 4) == "\"id\"";
    }

    // The next row after damage. A `{"id"` cannot occur inside a valid string (its quotes
    // would be escaped), so the first one found is where the next row opens.
    std::size_t next_row(std::size_t from) const {
        std::size_t i = from;
        while (i < s_.size()) {
            const void* hit = std::memchr(s_.data() + i, '{', s_.size() - i);
            if (!hit) return std::string_view::npos;
            i = static_cast<std::size_t>(static_cast<const char*>(hit) - s_.data());
            if (row_at(i)) return i;
            ++i;
        }
        return std::string_view::npos;
    }

    std::string_view s_;
    std::size_t pos_ = 0;
    std::size_t max_depth_;
    std::vector<JsonError>& errors_;
};

}  // namespace

JsonParse parse_json_tree(std::string_view text, std::size_t max_depth) {
    JsonParse result;
    Parser(text, max_depth, result.errors).document(result.root);
    if (!result.errors.empty()) result.root.complete = false;
    return result;
}

}  // namespace folio
