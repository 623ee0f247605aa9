#pragma once

namespace folio {

/// Whether md4c 0.4.8 counts the non-ASCII code point `c` as punctuation (Unicode categories
/// P*) next to an emphasis delimiter.
bool is_non_ascii_punctuation(char32_t c);

/// Whether md4c 0.4.8 counts the non-ASCII code point `c` as white space (category Zs).
bool is_non_ascii_white_space(char32_t c);

}  // namespace folio
