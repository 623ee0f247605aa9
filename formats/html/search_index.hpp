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

/// Where the index is written: its first shard, the newest articles; the next ones are
/// `search/search-index-2.js`, `-3.js`, ...
inline constexpr std::string_view kSearchIndexFile = "search/search-index.js";
/// Articles per shard of the index: the first results come once the newest shard is in, while
/// the older ones load (about 700 KB a shard).
inline constexpr std::size_t kSearchShardSize = 1000;
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

/// How many shards the index of `plan` has: at least one, even for a site without articles.
std::size_t search_shard_count(const SitePlan& plan, std::size_t shard_size = kSearchShardSize);

/// The index's shards (`search/search-index.js`, `search-index-2.js`, ...): the published
/// articles of `plan`, newest first (undated last), `shard_size` a shard, each shard adding its
/// articles to `window.folioSearchIndex` as `[page file, title, date, [tags and categories],
/// summary, words]`, one article a line; an article in another language than `site_language`
/// (the search page's) has its tag as a seventh element, and `"rtl"` or `"ltr"` as an eighth
/// when its writing direction differs too. `texts` holds each entry's text by its index in
/// `plan.entries` (an entry without one is indexed by title and terms). Strings are JSON;
/// `<`, U+2028 and U+2029 are escaped, so the file may also be inlined in a `<script>`.
std::vector<OutputFile> write_search_index(const SitePlan& plan,
                                           const std::vector<SearchText>& texts,
                                           std::string_view site_language,
                                           std::size_t shard_size = kSearchShardSize);

}  // namespace folio::html
