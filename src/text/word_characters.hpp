#pragma once

// Which characters above ASCII belong inside a word of a URL segment, and their lower case:
// what every slug rule (folio's own and the engines' in src/urls/engine_slugs) agrees on, and
// where the site's search index splits words.
// A heuristic over the blocks blog titles use, not Unicode's full character database.

namespace folio {

/// Whether `code_point` (above U+007F) is taken as a letter, mark or digit: everything except
/// Latin-1's signs, the punctuation and symbol blocks (U+2000–U+2BFF, CJK punctuation
/// U+3000–U+303F, the CJK compatibility forms U+FE30–U+FE4F, the half- and full-width forms'
/// punctuation and symbols such as `：`, `？` and `｡`), emoji, and the specials (U+FFF0–U+FFFF,
/// U+FFFD the replacement character among them).
bool is_non_ascii_word_character(char32_t code_point);

/// Whether `code_point` belongs inside a word: an ASCII letter or digit, or a character above
/// ASCII that `is_non_ascii_word_character` takes. Words of the site's search index and the
/// engines' slugs are split at every other character.
bool is_word_character(char32_t code_point);

/// The lower case of `code_point` for scripts with case: ASCII, Latin-1, Latin Extended-A,
/// Greek, Cyrillic (with its supplement), Armenian and Georgian Mtavruli; every other code
/// point as it is.
char32_t lowercase_code_point(char32_t code_point);

}  // namespace folio
