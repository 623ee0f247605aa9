#pragma once

// The words of the site's search, as its page's script (formats/html/search_page.cpp) makes them
// of a query: folded the same way, split the same way, so a word of the index and a word typed
// into the search field are equal when a reader would take them to be.

#include <functional>
#include <string>
#include <string_view>

namespace folio {

/// `text` folded as search.js's fold() does: Unicode NFKD, the combining accents U+0300–U+036F
/// left out, lower case, and `ß`, `æ`, `œ`, `ø`, `đ`, `ł`, `ı`, `þ`, `ð` spelled out (`ss`, `ae`,
/// ...; the final sigma `ς` as `σ`). Character by character from a table generated from Python's
/// Unicode database (gen_tables.py); invalid UTF-8 becomes U+FFFD.
std::string fold_for_search(std::string_view text);

/// Whether `code_point` belongs to a script written without spaces between words: Han,
/// Hiragana and Katakana.
bool is_unspaced_letter(char32_t code_point);

/// Calls `add` with each search word of `folded` (text that `fold_for_search` made): the runs of
/// word characters (word_characters.hpp), and a run of Chinese or Japanese in them cut into its
/// overlapping pairs of characters (`東京の` gives `東京`, `京の`), then its last character alone
/// so that every character starts a word (a run of one is that character).
void for_each_search_word(std::string_view folded,
                          const std::function<void(std::string_view)>& add);

/// Which shard of the index holds `word`: its first character when Chinese or Japanese (so that
/// one character typed finds every pair it starts), else its first two (all of it when shorter).
std::string_view search_word_key(std::string_view word);

}  // namespace folio
