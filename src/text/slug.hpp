#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace folio {

/// Lowercase ASCII with hyphens: Latin letters transliterated (`é`→`e`, `ï`→`i`, `ß`→`ss`,
/// `æ`→`ae`), other punctuation and symbols dropped, runs of separators one hyphen, no hyphen
/// at either end. `Wat is AI & Technologie?` → `wat-is-ai-technologie`. Empty when nothing
/// is left.
std::string slugify(std::string_view text);

/// The longest slug `unicode_slug` gives, in bytes of UTF-8: a file name holds 255 (`.md`, a
/// date and a `-2` must fit beside it), and WordPress's own limit is 200 bytes percent-encoded.
inline constexpr std::size_t kMaxSlugBytes = 200;

/// An article's slug: as `slugify`, except that a letter or digit of a script with no ASCII
/// spelling (Japanese, Cyrillic, Arabic, Persian, ...) is kept, lowercased where the script has
/// case (`word_characters.hpp`), instead of separating words. `Привет, мир` → `привет-мир`,
/// `Tokyo東京2025` → `tokyo東京2025`, `Café` → `cafe` (Latin is still transliterated). Combining
/// marks stay after a kept letter (Devanagari's vowel signs, Arabic's vowel marks). Invalid UTF-8
/// separates. Cut to `kMaxSlugBytes` at a character boundary; never holds `/`.
std::string unicode_slug(std::string_view text);

}  // namespace folio
