#pragma once

// What verify needs of one HTML page: the URLs it points at (with their positions), the
// fragment targets it holds, and where it redirects when it is a redirect page.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace folio::verify {

/// One URL a page points at.
struct PageLink {
    std::string url;         ///< as written in the attribute, entities decoded
    std::string_view kind;   ///< `link`, `image`, `script`, `source`: how failures name it
    std::uint32_t line = 0;  ///< 1-based position of the attribute value in the page
    std::uint32_t column = 0;
};

/// A parsed page.
struct ScannedPage {
    std::vector<PageLink> links;  ///< document order
    std::unordered_set<std::string> ids;  ///< every `id`, and `<a name>`: fragment targets
    /// The URL of `<meta http-equiv="refresh" content="0; url=...">` (as Hugo aliases and
    /// jekyll-redirect-from write redirect pages), when there is one.
    std::optional<std::string> refresh_url;
    /// The first `<base href>`: what relative links (`#x` too) resolve against, as browsers do.
    std::optional<std::string> base_href;
};

/// Parses `html` with gumbo (HTML5 error recovery, as browsers read it). Links are the `href`
/// of `<a>`, `<area>` and `<link>`, the `src` of `<img>`, `<script>`, `<source>`, `<iframe>`,
/// `<video>`, `<audio>`, `<embed>`, `<track>` and every URL of `srcset`; empty URLs are left out.
ScannedPage scan_html_page(std::string_view html);

/// The URL of a refresh `content` (`0; url=/a/`, `0;URL='/a/'`, `0; /a/`), or nullopt.
std::optional<std::string> refresh_target(std::string_view content);

/// The URLs of a `srcset` (`a.png 1x, b.png 2x`), in order.
std::vector<std::string> srcset_urls(std::string_view srcset);

}  // namespace folio::verify
