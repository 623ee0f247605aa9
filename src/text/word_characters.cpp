#include "src/text/word_characters.hpp"

namespace folio {

bool is_non_ascii_word_character(char32_t cp) {
    // The full-width forms (U+FF00-U+FF65) mirror ASCII: their letters and digits are word
    // characters, the punctuation and symbols between and after them are not.
    const bool full_width_punctuation =
        (cp >= 0xFF00 && cp <= 0xFF0F) || (cp >= 0xFF1A && cp <= 0xFF20) ||
        (cp >= 0xFF3B && cp <= 0xFF40) || (cp >= 0xFF5B && cp <= 0xFF65);
    const bool separator = (cp >= 0x80 && cp <= 0xBF) || cp == 0xD7 || cp == 0xF7 ||
                           (cp >= 0x2000 && cp <= 0x2BFF) || (cp >= 0x3000 && cp <= 0x303F) ||
                           (cp >= 0xFE30 && cp <= 0xFE4F) || full_width_punctuation ||
                           (cp >= 0xFFF0 && cp <= 0xFFFF) || (cp >= 0x1F000 && cp <= 0x1FAFF);
    return cp >= 0x80 && !separator;
}

bool is_word_character(char32_t cp) {
    if (cp < 0x80)
        return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    return is_non_ascii_word_character(cp);
}

char32_t lowercase_code_point(char32_t cp) {
    if (cp >= 'A' && cp <= 'Z') return cp + 32;
    if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 32;
    if (cp >= 0x100 && cp <= 0x17F && cp != 0x130 && cp != 0x131 && cp != 0x138 && cp != 0x149 &&
        cp != 0x17F) {
        // Latin Extended-A pairs capital/small as even/odd, except 0x139–0x148 and 0x179–0x17E
        // which pair odd/even.
        const bool odd_capitals = (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E);
        if (odd_capitals) return (cp % 2 == 1) ? cp + 1 : cp;
        if (cp == 0x178) return 0xFF;
        return (cp % 2 == 0) ? cp + 1 : cp;
    }
    if (cp == 0x386) return 0x3AC;
    if (cp >= 0x388 && cp <= 0x38A) return cp + 37;
    if (cp == 0x38C) return 0x3CC;
    if (cp == 0x38E || cp == 0x38F) return cp + 63;
    if (cp >= 0x391 && cp <= 0x3AB && cp != 0x3A2) return cp + 32;
    if (cp >= 0x410 && cp <= 0x42F) return cp + 32;
    if (cp >= 0x400 && cp <= 0x40F) return cp + 80;
    // Cyrillic's historic and non-Russian letters pair capital/small as even/odd, except
    // 0x4C0 (palochka, small 0x4CF) and 0x4C1–0x4CE, which pair odd/even.
    if (cp == 0x4C0) return 0x4CF;
    if (cp >= 0x4C1 && cp <= 0x4CE) return (cp % 2 == 1) ? cp + 1 : cp;
    if ((cp >= 0x460 && cp <= 0x481) || (cp >= 0x48A && cp <= 0x4BF) ||
        (cp >= 0x4D0 && cp <= 0x52F))
        return (cp % 2 == 0) ? cp + 1 : cp;
    if (cp >= 0x531 && cp <= 0x556) return cp + 48;  // Armenian
    // Georgian Mtavruli (capitals since Unicode 11) to Mkhedruli.
    if ((cp >= 0x1C90 && cp <= 0x1CBA) || (cp >= 0x1CBD && cp <= 0x1CBF)) return cp - 0x1C90 + 0x10D0;
    return cp;
}

}  // namespace folio
