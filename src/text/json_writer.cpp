#include "src/text/json_writer.hpp"

#include <array>
#include <charconv>
#include <cmath>

#include "src/text/utf8.hpp"

namespace folio {

void append_json_string(std::string& out, std::string_view text) {
    static constexpr char kHex[] = "0123456789abcdef";
    out += '"';
    std::size_t i = 0;
    while (i < text.size()) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte >= 0x80) {
            const std::size_t start = i;
            const char32_t cp = next_code_point(text, i);
            // next_code_point answers U+FFFD for a bad sequence; keep a real U+FFFD as written.
            if (cp == 0xFFFD && text.substr(start, 3) != "\xEF\xBF\xBD") out += "\xEF\xBF\xBD";
            else out.append(text.substr(start, i - start));
            continue;
        }
        ++i;
        switch (byte) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (byte < 0x20 || byte == 0x7F) {
                    out += "\\u00";
                    out += kHex[byte >> 4];
                    out += kHex[byte & 0xF];
                } else {
                    out += static_cast<char>(byte);
                }
        }
    }
    out += '"';
}

void JsonWriter::newline() {
    out_ += '\n';
    out_.append(static_cast<std::size_t>(depth_) * 2, ' ');
}

void JsonWriter::before_value() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (has_elements_.empty()) return;
    if (has_elements_.back()) out_ += ',';
    has_elements_.back() = true;
    newline();
}

void JsonWriter::key(std::string_view name) {
    before_value();
    append_json_string(out_, name);
    out_ += ": ";
    after_key_ = true;
}

void JsonWriter::begin_object() {
    before_value();
    out_ += '{';
    has_elements_.push_back(false);
    ++depth_;
}

void JsonWriter::end_object() {
    --depth_;
    if (has_elements_.back()) newline();
    has_elements_.pop_back();
    out_ += '}';
}

void JsonWriter::begin_array() {
    before_value();
    out_ += '[';
    has_elements_.push_back(false);
    ++depth_;
}

void JsonWriter::end_array() {
    --depth_;
    if (has_elements_.back()) newline();
    has_elements_.pop_back();
    out_ += ']';
}

void JsonWriter::value(std::string_view text) {
    before_value();
    append_json_string(out_, text);
}

void JsonWriter::value(bool flag) {
    before_value();
    out_ += flag ? "true" : "false";
}

void JsonWriter::value(std::int64_t number) {
    before_value();
    std::array<char, 24> buffer{};
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), number);
    out_.append(buffer.data(), result.ptr);
}

void JsonWriter::value(double number) {
    if (std::isnan(number)) return value(std::string_view("nan"));
    if (std::isinf(number)) return value(std::string_view(number > 0 ? "inf" : "-inf"));
    before_value();
    std::array<char, 32> buffer{};
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), number);
    const std::string_view text(buffer.data(), static_cast<std::size_t>(result.ptr - buffer.data()));
    out_.append(text);
    // Keep floats recognisable as floats: 3.0 stays "3.0", not "3".
    if (text.find_first_of(".e") == std::string_view::npos) out_ += ".0";
}

void JsonWriter::null() {
    before_value();
    out_ += "null";
}

}  // namespace folio
