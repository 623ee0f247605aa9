#include "src/text/reading_time.hpp"

#include <array>
#include <cstdint>

#include "src/text/utf8.hpp"

namespace folio {

namespace {

// Han ideographs (with extensions and compatibility forms), hiragana and katakana.
bool is_cjk(char32_t c) {
    return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0x20000 && c <= 0x3FFFF);
}

// Spaces, and the CJK punctuation that separates characters the way a space separates words.
bool is_separator(char32_t c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0xA0 ||
           (c >= 0x2000 && c <= 0x200B) || (c >= 0x3000 && c <= 0x303F) ||
           (c >= 0xFF01 && c <= 0xFF0F);
}

// Whether `c` makes a run of characters a word (a dash or a bullet on its own does not).
bool is_wordy(char32_t c) {
    if (c < 0x80) return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
    return !(c >= 0x2010 && c <= 0x2027);  // dashes, quotes, bullets, ellipsis
}

// ASCII by table, the bulk of most texts: 1 a space, 2 a letter or digit, 0 anything else.
constexpr std::array<std::uint8_t, 128> kAsciiClass = [] {
    std::array<std::uint8_t, 128> table{};
    for (const char c : {' ', '\t', '\n', '\r', '\f'}) table[static_cast<unsigned char>(c)] = 1;
    for (int c = '0'; c <= '9'; ++c) table[static_cast<std::size_t>(c)] = 2;
    for (int c = 'a'; c <= 'z'; ++c) table[static_cast<std::size_t>(c)] = 2;
    for (int c = 'A'; c <= 'Z'; ++c) table[static_cast<std::size_t>(c)] = 2;
    return table;
}();

}  // namespace

ReadingTime reading_time(std::string_view text) {
    ReadingTime time;
    bool in_word = false;
    bool wordy = false;
    const auto end_word = [&] {
        if (in_word && wordy) ++time.words;
        in_word = wordy = false;
    };
    for (std::size_t at = 0; at < text.size();) {
        // Most text of most blogs is ASCII: one byte is one character, no decoding.
        const auto byte = static_cast<unsigned char>(text[at]);
        if (byte < 0x80) {
            ++at;
            const std::uint8_t kind = kAsciiClass[byte];
            if (kind == 1) {
                end_word();
            } else {
                in_word = true;
                wordy = wordy || kind == 2;
            }
            continue;
        }
        const char32_t c = next_code_point(text, at);
        if (is_cjk(c)) {
            end_word();
            ++time.cjk_characters;
        } else if (is_separator(c)) {
            end_word();
        } else {
            in_word = true;
            wordy = wordy || is_wordy(c);
        }
    }
    end_word();
    // Both rates in one sum, rounded up: 221 words are two minutes.
    const std::size_t per_both = kWordsPerMinute * kCjkCharactersPerMinute;
    const std::size_t weighted =
        time.words * kCjkCharactersPerMinute + time.cjk_characters * kWordsPerMinute;
    time.minutes = (weighted + per_both - 1) / per_both;
    return time;
}

}  // namespace folio
