#pragma once

#include <cstddef>
#include <string_view>

namespace folio {

/// Words a reader reads in a minute, and characters of Chinese or Japanese, which are written
/// without spaces between words (so they are counted one by one).
inline constexpr std::size_t kWordsPerMinute = 220;
inline constexpr std::size_t kCjkCharactersPerMinute = 500;

/// How long a text takes to read.
struct ReadingTime {
    std::size_t words = 0;           ///< runs of letters or digits between spaces, CJK excluded
    std::size_t cjk_characters = 0;  ///< Han ideographs, kana
    std::size_t minutes = 0;         ///< rounded up; 0 only for a text with nothing to read
};

/// Counts `text` (plain UTF-8, no markup): a word is a run of characters without spaces that
/// holds a letter or digit; each Han or kana character counts on its own (Hangul is written
/// with spaces and counts by words). Invalid UTF-8 counts as a letter.
ReadingTime reading_time(std::string_view text);

}  // namespace folio
