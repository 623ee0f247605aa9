#include "text/xml_chars.hpp"

#include <cstdint>
#include <cstring>

#include "text/utf8.hpp"

namespace folio {

bool allowed_in_xml(char32_t c) {
    if (c < 0x20) return c == '\t' || c == '\n' || c == '\r';
    return c != 0xFFFE && c != 0xFFFF;
}

bool has_characters_xml_refuses(std::string_view text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        // Every text of every EPUB chapter passes through here: eight bytes at a time while
        // they are all printable ASCII (no byte below 0x20, none from 0x80: subtracting 0x20
        // from each then sets no high bit).
        while (text.size() - i >= 8) {
            std::uint64_t eight = 0;
            std::memcpy(&eight, text.data() + i, 8);
            if (((eight - 0x2020202020202020ULL) | eight) & 0x8080808080808080ULL) break;
            i += 8;
        }
        if (i >= text.size()) break;
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r') return true;
        // U+FFFE and U+FFFF are EF BF BE and EF BF BF.
        if (byte == 0xEF && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xBF &&
            (static_cast<unsigned char>(text[i + 2]) & 0xFE) == 0xBE) {
            return true;
        }
    }
    return false;
}

std::string without_characters_xml_refuses(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t pos = 0;
    while (pos < text.size()) {
        const char32_t c = next_code_point(text, pos);
        if (allowed_in_xml(c)) append_utf8(out, c);
    }
    return out;
}

}  // namespace folio
