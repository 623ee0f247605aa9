#pragma once

// The redirects a migration needs: one per article whose URL changed, from its old URL to its
// new one. Every redirect form (front matter, redirect pages, host rules) is written from this
// one list, so they all agree.

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "src/diagnostics/diagnostic.hpp"
#include "src/urls/url_rules.hpp"

namespace folio {

/// One redirect: both paths site-absolute and percent-encoded, as `UrlRules::url_of` gives them.
struct Redirect {
    std::string from;
    std::string to;
    std::string source;  ///< the article's file, for messages
    bool operator==(const Redirect&) const = default;
};

/// The redirects for `urls`, in their order. An article whose old and new URL are the same,
/// or differ only by a final `/` (`/posts/a` → `/posts/a/`, which every host serves itself),
/// needs none. Two articles with one old URL are a collision: the first keeps it, the second
/// is a warning (`redirects.collision`). An old URL that is an article's new URL would hide
/// that page: skipped with a warning (`redirects.shadows-page`). URLs are compared decoded,
/// so `/caf%C3%A9/` and `/café/` are one URL. Old URLs with a query (`/?p=123`) are left out:
/// see src/redirects/query_redirects.hpp.
std::vector<Redirect> redirects_from(std::span<const ArticleUrls> urls, Diagnostics& diagnostics);

/// The warning (`redirects.collision`) that `article` gets no redirect from its old URL,
/// which `first`, another article's redirect from the same URL, keeps.
Diagnostic redirect_collision(const ArticleUrls& article, const Redirect& first);

/// `url`'s path inside a site whose base path is `base_path` (`/blog`), decoded: what Hugo's
/// `aliases` and Jekyll's `redirect_from` take, and where a redirect page goes. Nullopt when
/// the URL is outside the site, where neither can reach.
std::optional<std::string> path_in_site(std::string_view url, std::string_view base_path);

}  // namespace folio
