#pragma once

#include <span>
#include <string>
#include <string_view>

namespace folio {

/// The edit distance between `a` and `b`: insertions, deletions, substitutions and swaps of two
/// neighbouring characters each count one (optimal string alignment), compared byte by byte
/// after folding ASCII case and treating `-` and `_` alike, as a user mistyping an option does.
std::size_t edit_distance(std::string_view a, std::string_view b);

/// The candidate nearest to `word` for a "did you mean" hint: empty when none is close enough
/// (within a third of the word's length, at least 1, at most 3) or two are equally close.
std::string closest_word(std::string_view word, std::span<const std::string_view> candidates);

}  // namespace folio
