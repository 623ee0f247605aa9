#include "src/text/mojibake.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <optional>
#include <span>

#include "src/text/code_page_tables.hpp"
#include "src/text/utf8.hpp"

namespace folio {

namespace {

std::optional<std::uint8_t> search_byte(std::span<const CodePageByte> reverse, char32_t code_point) {
    const auto it = std::lower_bound(
        reverse.begin(), reverse.end(), code_point,
        [](const CodePageByte& entry, char32_t wanted) { return entry.code_point < wanted; });
    if (it == reverse.end() || it->code_point != code_point) return std::nullopt;
    return it->byte;
}

// Latin-1 and Latin Extended-A, the characters most text outside ASCII is made of (`é` in
// `één`), looked up in a table instead of a binary search: 0 where the page has no byte.
constexpr char32_t kTabled = 0x180;

struct CodePage {
    std::string_view name;
    std::span<const CodePageByte> reverse;
    std::array<std::uint8_t, kTabled - 0x80> low{};

    CodePage(std::string_view n, std::span<const CodePageByte> r) : name(n), reverse(r) {
        for (char32_t c = 0x80; c < kTabled; ++c) low[c - 0x80] = search_byte(reverse, c).value_or(0);
    }
};

// Windows-1252 first: when both code pages explain a run, it is by far the more common mistake.
const std::array<CodePage, 2>& code_pages() {
    static const std::array<CodePage, 2> pages = {
        {{"Windows-1252", windows_1252_reverse}, {"Mac Roman", mac_roman_reverse}}};
    return pages;
}

/// One character of the searched text: where it is and what it is.
struct Char {
    std::size_t offset;
    std::size_t length;
    char32_t code_point;
};

std::optional<std::uint8_t> byte_of(const CodePage& page, char32_t code_point) {
    if (code_point < 0x80) return std::nullopt;  // ASCII is never part of a multi-byte sequence
    if (code_point < kTabled) {
        // Every byte of a page's upper half is 0x80 or more: 0 is "none".
        const std::uint8_t byte = page.low[code_point - 0x80];
        if (byte == 0) return std::nullopt;
        return byte;
    }
    return search_byte(page.reverse, code_point);
}

// Real mojibake comes from the characters European blog text uses; accidental byte patterns
// in correct text decode to anything. Two-byte sequences must give Latin-1 or Latin
// Extended-A (plus ƒ and Romanian ș ț), so `“Ärger”` read as Mac Roman (D2 80 → U+0480) and
// `«Él»` (C7 83 → U+01C3) stay alone. Three-byte ones must give punctuation, symbols,
// Vietnamese letters, ligatures, the BOM or an emoji variation selector; four-byte ones a
// character of plane 1 (emoji).
bool is_plausible(char32_t code_point, std::size_t length) {
    const auto in = [code_point](char32_t first, char32_t last) {
        return code_point >= first && code_point <= last;
    };
    switch (length) {
        case 2: return in(0xA0, 0x17F) || code_point == 0x192 || in(0x218, 0x21B);
        case 3:
            return in(0x2000, 0x206F) || in(0x20A0, 0x20CF) || in(0x2100, 0x214F) ||
                   in(0x2190, 0x23FF) || in(0x2460, 0x27BF) || in(0x2B00, 0x2BFF) ||
                   in(0x1E00, 0x1EFF) || in(0xFB00, 0xFB06) || code_point == 0xFE0F ||
                   code_point == 0xFEFF;
        case 4: return in(0x10000, 0x1FFFF);
    }
    return false;
}

/// A UTF-8 sequence spelt by characters `chars[at..at+length)` of one code page.
struct Sequence {
    std::size_t length = 0;  ///< characters used, 0 when there is none at that place
    char32_t code_point = 0;
};

Sequence sequence_at(const std::vector<Char>& chars, std::size_t at, const CodePage& page) {
    const auto lead = byte_of(page, chars[at].code_point);
    if (!lead) return {};
    std::size_t length = 0;
    if (*lead >= 0xC2 && *lead <= 0xDF)
        length = 2;
    else if (*lead >= 0xE0 && *lead <= 0xEF)
        length = 3;
    else if (*lead >= 0xF0 && *lead <= 0xF4)
        length = 4;
    else
        return {};
    if (chars.size() - at < length) return {};
    std::string bytes(1, static_cast<char>(*lead));
    for (std::size_t i = 1; i < length; ++i) {
        const auto byte = byte_of(page, chars[at + i].code_point);
        if (!byte) return {};
        bytes += static_cast<char>(*byte);
    }
    // The strict decoder rejects overlong forms, surrogates and bad continuation bytes.
    std::size_t pos = 0;
    const char32_t code_point = next_code_point(bytes, pos);
    if (pos != bytes.size() || !is_plausible(code_point, length)) return {};
    return {length, code_point};
}

// Finds the runs among `chars`, consecutive characters outside ASCII: a sequence is made of
// such characters only (ASCII maps to no byte of the upper half), so nothing before or after
// an ASCII character can take part in it.
void find_in(std::string_view text, const std::vector<Char>& chars, std::vector<Mojibake>& found) {
    const auto& pages = code_pages();
    std::size_t i = 0;
    while (i < chars.size()) {
        const CodePage* page = nullptr;
        Sequence first;
        for (const CodePage& candidate : pages) {
            first = sequence_at(chars, i, candidate);
            if (first.length > 0) {
                page = &candidate;
                break;
            }
        }
        if (page == nullptr) {
            ++i;
            continue;
        }
        // Extend the run while the same code page keeps explaining the next characters, so
        // `geÃ¯ntegreerdeâ€™s` gives two runs and `Ã©Ã¨` one.
        Mojibake run;
        run.codec = page->name;
        run.offset = chars[i].offset;
        std::size_t j = i;
        Sequence next = first;
        while (next.length > 0) {
            append_utf8(run.repaired, next.code_point);
            j += next.length;
            next = j < chars.size() ? sequence_at(chars, j, *page) : Sequence{};
        }
        run.length = chars[j - 1].offset + chars[j - 1].length - run.offset;
        run.found = std::string(text.substr(run.offset, run.length));
        found.push_back(std::move(run));
        i = j;
    }
}

}  // namespace

// The text is read a stretch of characters outside ASCII at a time, the ASCII between them
// skipped eight bytes at a time: most text is ASCII, and decoding all of it into characters
// cost a book a sixth of its CPU time once.
std::vector<Mojibake> find_mojibake(std::string_view text) {
    std::vector<Mojibake> found;
    std::vector<Char> chars;
    std::size_t pos = 0;
    while (pos < text.size()) {
        pos = skip_ascii(text, pos);
        chars.clear();
        while (pos < text.size() && static_cast<unsigned char>(text[pos]) >= 0x80) {
            const std::size_t begin = pos;
            const char32_t code_point = next_code_point(text, pos);
            chars.push_back({begin, pos - begin, code_point});
        }
        // A sequence takes two characters at least.
        if (chars.size() >= 2) find_in(text, chars, found);
    }
    return found;
}

std::string repair_mojibake(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t copied = 0;
    for (const Mojibake& run : find_mojibake(text)) {
        out.append(text.substr(copied, run.offset - copied));
        out += run.repaired;
        copied = run.offset + run.length;
    }
    out.append(text.substr(copied));
    return out;
}

}  // namespace folio
