#pragma once

// The old site's URLs, from what the user has of it: its sitemap, a list, or a built copy.

#include <cstdint>
#include <string>
#include <vector>

#include "src/diagnostics/diagnostic.hpp"

namespace folio::verify {

/// One old URL as listed, with where it was listed.
struct OldUrl {
    std::string url;         ///< as written: `https://old.example/a/` or `/a/`
    std::string source;      ///< the file that listed it
    std::uint32_t line = 0;  ///< 1-based, 0 for a page found in a folder
    std::string expected;    ///< a CSV's second column: the new URL it must reach; else empty
};

/// Reads `path`: a folder is a built copy of the old site (each `*.html` page is an old URL:
/// `a/index.html` is `/a/`, `a/b.html` is `/a/b.html`; the root `404.html` is left out); an
/// XML file is a sitemap (`<urlset>`; a `<sitemapindex>` is followed to the sitemaps it names,
/// looked for next to it on disk and never fetched); a `*.csv` is `old,new` rows (a header
/// row is skipped), each old URL to reach the page of its new one; anything else is a list,
/// one URL or path per line, `#` comments. Problems are `verify.old-urls` diagnostics (a missing input an error).
std::vector<OldUrl> read_old_urls(const std::string& path, Diagnostics& diagnostics);

}  // namespace folio::verify
