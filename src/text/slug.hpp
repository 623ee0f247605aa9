#pragma once

#include <string>
#include <string_view>

namespace folio {

/// Lowercase ASCII with hyphens: Latin letters transliterated (`é`→`e`, `ï`→`i`, `ß`→`ss`,
/// `æ`→`ae`), other punctuation and symbols dropped, runs of separators one hyphen, no hyphen
/// at either end. `Wat is AI & Technologie?` → `wat-is-ai-technologie`. Empty when nothing
/// is left.
std::string slugify(std::string_view text);

}  // namespace folio
