#pragma once

// Redirect pages, for engines and hosts with no redirect feature: at each old URL, a small
// HTML page that sends the browser (and search engines, through its canonical link) on.

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "src/diagnostics/diagnostic.hpp"
#include "src/redirects/redirect_list.hpp"

namespace folio {

/// One page to write into the new site's output.
struct RedirectPage {
    std::string path;  ///< relative to the new site's root, decoded: `2020/01/02/a/index.html`
    std::string html;
    bool operator==(const RedirectPage&) const = default;
};

/// A page per redirect: `<old path>/index.html` (an old URL that names a file, `a.html`, is that
/// file), a valid HTML5 document with `<meta http-equiv="refresh">`, `<link rel="canonical">`
/// and a link, all to the new URL (absolute when `new_site_url` is given). Old URLs outside
/// the new site's base path, or with `.`/`..` segments, get none and a warning
/// (`redirects.outside-site`).
std::vector<RedirectPage> redirect_pages(std::span<const Redirect> redirects,
                                         std::string_view new_base_path,
                                         std::string_view new_site_url, Diagnostics& diagnostics);

}  // namespace folio
