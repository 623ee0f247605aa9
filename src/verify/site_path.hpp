#pragma once

// Where a URL goes inside one site: the site-absolute, percent-decoded path a static host
// looks up (`/posts/a/`), or nothing when the URL leaves the site or is no page address
// (`mailto:`, another host).

#include <optional>
#include <string>
#include <string_view>

namespace folio::verify {

/// The site's own address, from `--base-url`: the host whose absolute URLs are the site's, and
/// the path the site is served under (`/blog/` of `https://example.org/blog/`; `/` by default).
struct SiteAddress {
    std::string host;         ///< lower-case `example.org`, or empty: no absolute URL is internal
    std::string path = "/";   ///< starts and ends with `/`

    /// Parses `https://example.org/blog/`; an empty `url` gives the default (no host, `/`).
    /// Returns nullopt when `url` is not an absolute http(s) URL.
    static std::optional<SiteAddress> from_url(std::string_view url);
};

/// A URL split into what a static host looks up and what the browser keeps.
struct SiteTarget {
    std::string path;      ///< site-absolute, decoded, dot segments removed, base path taken off
    std::string fragment;  ///< decoded, without `#`; empty when none
    bool has_fragment = false;
};


/// `url` as found in a page whose own site path is `page_path` (`/posts/a/`): a relative
/// reference is resolved against it, an absolute one kept when its host is `site.host`
/// (`//host/x` too), the site's base path taken off. nullopt for a URL with another host or a
/// scheme other than http(s) (`mailto:`, `data:`), which the caller counts as external.
std::optional<SiteTarget> site_target(std::string_view url, std::string_view page_path,
                                      const SiteAddress& site);

/// An old URL as listed (`https://old.example/2019/a.html` or `/2019/a.html`): its path, decoded,
/// whatever its host (the old site's host need not be the new one's), with the new site's base
/// path taken off when it starts with it. nullopt for what is no http(s) URL nor path.
std::optional<std::string> old_url_path(std::string_view url, const SiteAddress& site);

}  // namespace folio::verify
