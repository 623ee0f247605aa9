#pragma once

// The site's search index: what the search page's script looks through, written at build time
// as a script (`search/search-index.js`) because a page opened from `file://` may load a script
// but may not fetch a JSON file.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "formats/html/html_site.hpp"

namespace folio::html {

/// The index's first file: how many articles it has, how many a file of their metadata holds,
/// and the keys of its word files. The page's script loads it first, then what a query needs.
inline constexpr std::string_view kSearchIndexFile = "search/search-index.js";
/// Articles per file of their metadata (`search/search-articles-N.js`): a result list of 50
/// loads the few files its articles are in, about 20 KB each.
inline constexpr std::size_t kSearchChunkSize = 50;
/// Bytes of an article's own words the index holds at most, so that a site of 10,000 articles
/// keeps an index a visitor can download (docs/formats/html.md gives its size).
inline constexpr std::size_t kSearchWordBytes = 480;
/// Bytes of an article's summary the index holds at most (the result shows it).
inline constexpr std::size_t kSearchSummaryBytes = 240;

/// What the index holds about one article besides its entry's title, page, date and terms.
struct SearchText {
    std::string summary;  ///< its summary, description or first paragraph, cut at a word
    /// Distinct words of the body in the order they first come (headings, paragraphs, lists,
    /// quotes, tables; not code blocks or raw HTML), space-separated, words of fewer than three
    /// bytes left out, at most `kSearchWordBytes`. A run of letters written without spaces (Chinese,
    /// Japanese) is one word, cut at a character when it does not fit.
    std::string words;
};

/// The searchable text of `article`, bounded as `SearchText` says; `word_bytes` overrides the
/// bound on its words.
SearchText search_text(const Article& article, std::size_t word_bytes = kSearchWordBytes);

/// The index of `plan`'s published articles, numbered newest first (undated last) from 0, as
/// scripts that add to globals of the page (a page from `file://` may load a script but not
/// fetch a file):
/// - `search/search-index.js`: `window.folioSearchIndex = {"articles": n, "chunk": chunk_size,
///   "keys": [...]}`, the keys of the word files, sorted;
/// - `search/search-words-<key as hex UTF-8>.js`, one for each key (search_word_key): adds to
///   `window.folioSearchWords[key]` the index's words (fold_for_search, for_each_search_word)
///   that have that key, sorted, each as `[word, [n, ...]]` where `n` is 4 times the article's
///   number less the previous one's, plus the best field the word is in (3 title, 2 tags and
///   categories, 1 summary, 0 the body's words); the summary's and body's words of fewer than
///   three bytes and ASCII words of more than 32 are left out;
/// - `search/search-articles-N.js` (N from 1): sets `window.folioSearchArticles[N]` to the
///   `chunk_size` articles from number `(N - 1) * chunk_size` on as `[page file, title, date,
///   [tags and categories], summary]`; an article in another language than `site_language` (the
///   search page's) has its tag as a sixth element, and `"rtl"` or `"ltr"` as a seventh when its
///   writing direction differs too.
/// `texts` holds each entry's text by its index in `plan.entries` (an entry without one is
/// indexed by title and terms). Strings are JSON; `<`, `>`, `&`, U+2028 and U+2029 are escaped,
/// so a file may also be inlined in a `<script>`.
std::vector<OutputFile> write_search_index(const SitePlan& plan,
                                           const std::vector<SearchText>& texts,
                                           std::string_view site_language,
                                           std::size_t chunk_size = kSearchChunkSize);

/// Whether `path` (relative to the site) is a file of the search index as this or an earlier
/// version writes it: `search/search-index.js` and the `search/search-*.js` beside it, not the
/// page's own `search/search.js`.
bool is_search_index_file(std::string_view path);

}  // namespace folio::html
