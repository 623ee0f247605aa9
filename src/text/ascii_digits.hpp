#pragma once

#include <string_view>

namespace folio {

/// Whether `text` is one or more ASCII digits `0`-`9` and nothing else (no sign, no space):
/// ids, sizes and dates in names. Empty text is not.
bool all_ascii_digits(std::string_view text);

}  // namespace folio
