#pragma once

// Every redirect output of a migration from one call: what `folio migrate` writes, given each
// article's old and new URL. The caller places the files (each engine keeps the files it
// copies to its output in its own folder: Hugo's `static/`, Astro's `public/`, ...).

#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "src/diagnostics/diagnostic.hpp"
#include "src/urls/url_rules.hpp"

namespace folio {

/// What the outputs depend on besides the URLs.
struct RedirectOptions {
    /// The target engine (`EngineProfile::name`): `hugo` and `jekyll` redirect from front
    /// matter (`aliases`, `redirect_from`); every other engine gets redirect pages.
    std::string target_engine;
    std::string old_site_url;  ///< the old site's address (`--old-base-url`), for the CSV; may be empty
    /// The new site's address: its path is the new base path (`aliases` and pages are inside
    /// it), its origin makes the pages' and the CSV's targets absolute; may be empty.
    std::string new_site_url;
    std::size_t min_fold = 2;  ///< redirects of one shape folded into a pattern from this many
};

/// One file to write, relative to the folder the caller puts redirect files in.
struct RedirectFile {
    std::string path;
    std::string text;
    bool operator==(const RedirectFile&) const = default;
};

/// What a migration writes for its redirects.
struct RedirectOutputs {
    /// The front matter key of the target's own redirects (`aliases`, `redirect_from`), or
    /// empty when the target has none (then `pages` holds its redirect pages).
    std::string front_matter_key;
    /// Per article file (`ArticleUrls::source`), the values of `front_matter_key`.
    std::map<std::string, std::vector<std::string>, std::less<>> front_matter;
    /// Redirect pages, for targets without front matter redirects, at `<old path>/index.html`.
    std::vector<RedirectFile> pages;
    /// Host rule files: `_redirects`, `vercel.json`, `.htaccess`, `nginx-redirects.conf` (the
    /// `map`, for the `http` block), `nginx-redirects-server.conf` (for the `server` block) and
    /// `redirects.csv`. Written even when empty of rules, so a re-run replaces an old one.
    std::vector<RedirectFile> rule_files;
    std::size_t redirects = 0;  ///< how many old URLs are redirected
    std::size_t patterns = 0;   ///< how many pattern rules the host files hold
};

/// The front matter key an engine reads redirects from, or empty.
std::string_view redirect_front_matter_key(std::string_view engine);

/// All of a migration's redirect outputs for `urls` (one per article, in input order).
/// Warnings: collisions and hidden pages (`redirects_from`), old URLs no front matter or page
/// can reach (`redirects.outside-site`), host limits (`redirects.cloudflare-limit`,
/// `redirects.vercel-limit`). Never fails.
RedirectOutputs redirect_outputs(std::span<const ArticleUrls> urls, const RedirectOptions& options,
                                 Diagnostics& diagnostics);

}  // namespace folio
