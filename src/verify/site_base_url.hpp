#pragma once

// The new site's own address when the user gave none: read off the sitemap its engine wrote.

#include <string>

#include "src/diagnostics/diagnostic.hpp"

namespace folio::verify {

/// The base URL of the built site in `folder`, from its `sitemap.xml` or `sitemap-index.xml`
/// (Hugo, jekyll-sitemap, @astrojs/sitemap write one): the scheme and host of its URLs and the
/// shortest path that all of them start with (`https://example.org/blog/`). Empty when there
/// is no readable sitemap at the root or its URLs are not all on one host. Without it, absolute
/// links and redirect pages to the site (Hugo's alias pages) would look external.
std::string base_url_from_sitemap(const std::string& folder);

}  // namespace folio::verify
