#pragma once

// Internal to src/text: every code point that the site search's folding changes, with what it
// becomes (search_fold.hpp). Generated into search_fold_table.cpp by gen_tables.py from Python's
// Unicode database, with the same steps as search.js's fold().

#include <span>

namespace folio {

/// One code point and its folded spelling in UTF-8 (empty for a combining accent).
struct SearchFolding {
    char32_t code_point;
    const char* folded;
};

/// Sorted by code point; a code point not listed folds to itself (Hangul syllables aside, which
/// decompose by a formula).
extern const std::span<const SearchFolding> search_folding_table;

}  // namespace folio
