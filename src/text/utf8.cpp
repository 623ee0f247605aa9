#include "src/text/utf8.hpp"

#include <cstdint>
#include <cstring>

namespace folio {

namespace {

constexpr char32_t replacement_character = 0xFFFD;

bool is_continuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

// Length of the valid sequence at `pos` and its code point, or 0 when the bytes there are not
// well-formed UTF-8 as Unicode (table 3-7) defines it: no overlong forms, no surrogates, nothing
// above U+10FFFF, no sequence cut short by the end of the text or by a non-continuation byte.
std::size_t decode(std::string_view text, std::size_t pos, char32_t& code_point) {
    const auto lead = static_cast<unsigned char>(text[pos]);
    if (lead < 0x80) {
        code_point = lead;
        return 1;
    }
    std::size_t length = 0;
    char32_t value = 0;
    char32_t minimum = 0;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        value = lead & 0x1F;
        minimum = 0x80;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        value = lead & 0x0F;
        minimum = 0x800;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        value = lead & 0x07;
        minimum = 0x10000;
    } else {
        return 0;  // a continuation byte, C0/C1 (always overlong) or F5..FF (beyond U+10FFFF)
    }
    if (text.size() - pos < length) return 0;
    for (std::size_t i = 1; i < length; ++i) {
        const auto byte = static_cast<unsigned char>(text[pos + i]);
        if (!is_continuation(byte)) return 0;
        value = (value << 6) | (byte & 0x3F);
    }
    if (value < minimum || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return 0;
    code_point = value;
    return length;
}

}  // namespace

char32_t next_code_point(std::string_view text, std::size_t& pos) {
    // Past the end there is nothing to decode; not advancing keeps `pos` a valid offset.
    if (pos >= text.size()) return replacement_character;
    char32_t code_point = 0;
    const std::size_t length = decode(text, pos, code_point);
    if (length == 0) {
        ++pos;
        return replacement_character;
    }
    pos += length;
    return code_point;
}

void append_utf8(std::string& out, char32_t code_point) {
    if (code_point > 0x10FFFF || (code_point >= 0xD800 && code_point <= 0xDFFF)) {
        code_point = replacement_character;  // not a Unicode scalar value: cannot be UTF-8
    }
    if (code_point < 0x80) {
        out += static_cast<char>(code_point);
    } else if (code_point < 0x800) {
        out += static_cast<char>(0xC0 | (code_point >> 6));
        out += static_cast<char>(0x80 | (code_point & 0x3F));
    } else if (code_point < 0x10000) {
        out += static_cast<char>(0xE0 | (code_point >> 12));
        out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code_point & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (code_point >> 18));
        out += static_cast<char>(0x80 | ((code_point >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code_point & 0x3F));
    }
}

std::size_t skip_ascii(std::string_view text, std::size_t pos) {
    while (text.size() - pos >= 8) {
        std::uint64_t eight = 0;
        std::memcpy(&eight, text.data() + pos, 8);
        if ((eight & 0x8080808080808080ULL) != 0) break;
        pos += 8;
    }
    while (pos < text.size() && static_cast<unsigned char>(text[pos]) < 0x80) ++pos;
    return pos;
}

std::size_t find_invalid_utf8(std::string_view text) {
    std::size_t pos = 0;
    while (pos < text.size()) {
        // Every file passes through here and most of a file is ASCII.
        pos = skip_ascii(text, pos);
        if (pos >= text.size()) break;
        char32_t code_point = 0;
        const std::size_t length = decode(text, pos, code_point);
        if (length == 0) return pos;
        pos += length;
    }
    return std::string_view::npos;
}

std::string to_valid_utf8(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t pos = 0;
    while (pos < text.size()) {
        char32_t code_point = 0;
        const std::size_t length = decode(text, pos, code_point);
        if (length == 0) {
            // One U+FFFD per byte, as next_code_point does, so offsets stay countable.
            append_utf8(out, replacement_character);
            ++pos;
        } else {
            out.append(text.substr(pos, length));
            pos += length;
        }
    }
    return out;
}

}  // namespace folio
