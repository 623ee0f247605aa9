#pragma once

// Where a request for a path ends up on the new site: a page, through its redirect pages and
// its host's redirect rules, as a static host and a browser would follow them.

#include <string>
#include <unordered_map>
#include <vector>

#include "src/verify/built_site.hpp"
#include "src/verify/html_page_scan.hpp"
#include "src/verify/redirect_rule.hpp"
#include "src/verify/site_path.hpp"

namespace folio::verify {

/// Redirects followed before a chain is reported as too long (browsers allow about 20).
inline constexpr int kMaxRedirects = 10;

/// One step of a chain: what sent the request on, and where.
struct Hop {
    std::string to;   ///< the site path (or external URL) it went to
    std::string via;  ///< `_redirects:3`, `vercel.json:12`, `redirect page old/index.html`
    int status = 0;   ///< the rule's status; 0 for a redirect page
};

/// How a request ended.
enum class Outcome {
    page,      ///< a file of the site was served
    external,  ///< redirected off the site (not fetched)
    missing,   ///< no file and no rule: 404
    gone,      ///< a rule answered 404 or 410
    loop,      ///< the chain came back to a path it had been at
    too_long,  ///< more than kMaxRedirects redirects
};

/// Where one request went.
struct Resolution {
    Outcome outcome = Outcome::missing;
    std::string file;        ///< for `page`: the file served, relative to the site folder
    std::string final_path;  ///< the site path (or external URL) the chain ended at
    std::vector<Hop> hops;

    bool reached() const { return outcome == Outcome::page || outcome == Outcome::external; }
    /// `/a/ -> /b/ (301 _redirects:3) -> /c/ (redirect page b/index.html)`, for messages.
    std::string chain(const std::string& start) const;
};

/// Follows requests through one site. Holds references to `site` and `pages` (page files'
/// scans by relative path), which must outlive it. Const after construction: safe to share
/// between threads.
class UrlResolver {
public:
    UrlResolver(const BuiltSite& site, const std::unordered_map<std::string, ScannedPage>& pages,
                std::vector<RedirectRule> rules, SiteAddress address);

    /// Where a request for the decoded site path `path` ends. Rules that apply before files
    /// (forced) are tried first, in order, then the file, then the other rules (first match
    /// wins); a redirect page (meta refresh) is followed like a redirect; a 200 rule serves
    /// the destination's file.
    Resolution resolve(const std::string& path) const;

    const SiteAddress& address() const { return address_; }

private:
    const RedirectRule* first_match(const std::string& path, bool before_files_only, std::string& destination) const;

    const BuiltSite& site_;
    const std::unordered_map<std::string, ScannedPage>& pages_;
    std::vector<RedirectRule> rules_;
    SiteAddress address_;
};

}  // namespace folio::verify
