#include "src/math/math_alphabets.hpp"

namespace folio {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

char32_t styled_letter(char c, MathFont font) {
    const bool upper = c >= 'A' && c <= 'Z';
    const bool lower = c >= 'a' && c <= 'z';
    if (!upper && !lower && !is_digit(c)) return 0;
    const int index = upper ? c - 'A' : lower ? c - 'a' : c - '0';
    switch (font) {
    case MathFont::bold:
        if (is_digit(c)) return 0x1D7CE + index;
        return (upper ? 0x1D400 : 0x1D41A) + index;
    case MathFont::double_struck: {
        if (is_digit(c)) return 0x1D7D8 + index;
        // The letters Unicode had before the mathematical block keep their old code points.
        switch (c) {
        case 'C': return 0x2102;
        case 'H': return 0x210D;
        case 'N': return 0x2115;
        case 'P': return 0x2119;
        case 'Q': return 0x211A;
        case 'R': return 0x211D;
        case 'Z': return 0x2124;
        default: return (upper ? 0x1D538 : 0x1D552) + index;
        }
    }
    case MathFont::script:
        if (is_digit(c)) return 0;
        switch (c) {
        case 'B': return 0x212C;
        case 'E': return 0x2130;
        case 'F': return 0x2131;
        case 'H': return 0x210B;
        case 'I': return 0x2110;
        case 'L': return 0x2112;
        case 'M': return 0x2133;
        case 'R': return 0x211B;
        case 'e': return 0x212F;
        case 'g': return 0x210A;
        case 'o': return 0x2134;
        default: return (upper ? 0x1D49C : 0x1D4B6) + index;
        }
    case MathFont::fraktur:
        if (is_digit(c)) return 0;
        switch (c) {
        case 'C': return 0x212D;
        case 'H': return 0x210C;
        case 'I': return 0x2111;
        case 'R': return 0x211C;
        case 'Z': return 0x2128;
        default: return (upper ? 0x1D504 : 0x1D51E) + index;
        }
    case MathFont::sans_serif:
        if (is_digit(c)) return 0x1D7E2 + index;
        return (upper ? 0x1D5A0 : 0x1D5BA) + index;
    case MathFont::monospace:
        if (is_digit(c)) return 0x1D7F6 + index;
        return (upper ? 0x1D670 : 0x1D68A) + index;
    case MathFont::none:
    case MathFont::normal: return 0;
    }
    return 0;
}

}  // namespace folio
