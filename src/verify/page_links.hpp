#pragma once

// The links, images and fragments of one page of the new site, each resolved.

#include <cstddef>
#include <string>
#include <unordered_map>
#include <vector>

#include "src/diagnostics/diagnostic.hpp"
#include "src/verify/html_page_scan.hpp"
#include "src/verify/url_resolver.hpp"

namespace folio::verify {

/// What one page's links came to.
struct PageLinks {
    std::vector<Diagnostic> failures;  ///< in page order, with source line and caret
    std::size_t checked = 0;           ///< links into the site, resolved
    std::size_t external = 0;          ///< links elsewhere: counted, not fetched
};

/// Resolves every link of `page` (the file `page_file` of the site in `site_folder`) with
/// `resolver`: `verify.broken-link` where it reaches no page, `verify.broken-fragment` where the
/// page it reaches (in `pages`) has no such id. `resolved` remembers where each path went, for
/// the caller to share between pages (one per thread). Re-reads the page only when something
/// failed, for the source lines.
PageLinks check_page_links(const std::string& page_file, const ScannedPage& page,
                           const std::unordered_map<std::string, ScannedPage>& pages,
                           const UrlResolver& resolver, std::unordered_map<std::string, Resolution>& resolved,
                           const std::string& site_folder);

}  // namespace folio::verify
