#include "src/text/xml_chars.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>

#include "src/text/utf8.hpp"

namespace folio {

bool allowed_in_xml(char32_t c) {
    if (c < 0x20) return c == '\t' || c == '\n' || c == '\r';
    return c != 0xFFFE && c != 0xFFFF;
}

namespace {

constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;

// The high bit of each byte of `bytes` that is not zero (exact for each byte, unlike the
// shorter "has a zero byte" test).
constexpr std::uint64_t nonzero(std::uint64_t bytes) {
    return (((bytes & ~kHighBits) + ~kHighBits) | bytes) & kHighBits;
}

// Whether any of eight bytes is a control character other than tab, line feed and carriage
// return, or 0xEF (which starts U+FFFE and U+FFFF). Tested for all eight at once, so text
// with line breaks and non-ASCII letters stays on the fast path.
constexpr bool may_refuse(std::uint64_t eight) {
    const std::uint64_t control = ~nonzero(eight & (kOnes * 0xE0)) & kHighBits;
    const std::uint64_t allowed = ~nonzero(eight ^ (kOnes * '\t')) | ~nonzero(eight ^ (kOnes * '\n')) |
                                  ~nonzero(eight ^ (kOnes * '\r'));
    const std::uint64_t ef = ~nonzero(eight ^ (kOnes * 0xEF)) & kHighBits;
    return ((control & ~allowed) | ef) != 0;
}

// Whether none of eight bytes is below 0x20 or 0xEF: the common case, tested with fewer
// operations than may_refuse (whose exact answer is needed only for a group with a line break,
// a tab or 0xEF). Each half is the classic "has a byte below n" test, exact as a whole.
constexpr bool plainly_allowed(std::uint64_t eight) {
    const std::uint64_t below_space = (eight - kOnes * 0x20) & ~eight;
    const std::uint64_t ef = eight ^ (kOnes * 0xEF);
    const std::uint64_t has_ef = (ef - kOnes) & ~ef;
    return ((below_space | has_ef) & kHighBits) == 0;
}

}  // namespace

bool has_characters_xml_refuses(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
        // Every text of every EPUB chapter passes through here: eight bytes at a time while
        // none is a control character or 0xEF, non-ASCII text included.
        while (text.size() - i >= 8) {
            std::uint64_t eight = 0;
            std::memcpy(&eight, text.data() + i, 8);
            if (!plainly_allowed(eight) && may_refuse(eight)) break;
            i += 8;
        }
        // Byte by byte up to the end of this group of eight (or of the text).
        const std::size_t end = std::min(text.size(), i + 8);
        for (; i < end; ++i) {
            const auto byte = static_cast<unsigned char>(text[i]);
            if (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r') return true;
            // U+FFFE and U+FFFF are EF BF BE and EF BF BF.
            if (byte == 0xEF && i + 2 < text.size() &&
                static_cast<unsigned char>(text[i + 1]) == 0xBF &&
                (static_cast<unsigned char>(text[i + 2]) & 0xFE) == 0xBE) {
                return true;
            }
        }
    }
    return false;
}

std::string without_characters_xml_refuses(std::string_view text) {
    // Most text (titles, URLs, whole articles in a feed's content) is valid UTF-8 without
    // controls, in any language: copied untouched after two scans of eight bytes at a time.
    if (!has_characters_xml_refuses(text) && find_invalid_utf8(text) == std::string_view::npos)
        return std::string(text);
    std::string out;
    out.reserve(text.size());
    std::size_t pos = 0;
    while (pos < text.size()) {
        // next_code_point turns every invalid sequence, surrogates included, into U+FFFD.
        const std::size_t start = pos;
        const char32_t c = next_code_point(text, pos);
        if (!allowed_in_xml(c)) continue;
        if (c == 0xFFFD) {
            append_utf8(out, c);
        } else {
            out.append(text.substr(start, pos - start));  // valid, so as written
        }
    }
    return out;
}

}  // namespace folio
