#pragma once

// Internal to src/text: Latin letters and digits outside ASCII with their lowercase ASCII
// spelling for slugs. Generated into transliteration_table.cpp by gen_tables.py from Unicode
// NFKD plus a short list of overrides (ß→ss, æ→ae, ø→o, þ→th, ...).

#include <span>

namespace folio {

/// One non-ASCII letter or digit and its ASCII transliteration (never empty).
struct Transliteration {
    char32_t code_point;
    const char* ascii;
};

/// Latin-1 Supplement, Latin Extended-A/-B and Latin Extended Additional, sorted by code point.
/// A letter not listed has no ASCII spelling and is a separator in a slug.
extern const std::span<const Transliteration> transliteration_table;

}  // namespace folio
