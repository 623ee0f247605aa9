#pragma once

// `folio verify`: do the old site's URLs reach pages of the new site, and does every link,
// image and fragment inside the new site resolve? Works on any engine's built output.

#include <cstddef>
#include <string>
#include <vector>

#include "src/diagnostics/diagnostic.hpp"
#include "src/verify/old_urls.hpp"
#include "src/verify/url_resolver.hpp"

namespace folio::verify {

/// Biggest page parsed; a bigger one is a `verify.page-too-large` warning and is not read
/// (its links unchecked, its ids unknown), like every input folio reads, bounded.
inline constexpr std::size_t kMaxPageBytes = 64U * 1024 * 1024;

/// What to verify.
struct VerifyOptions {
    std::string old_urls;  ///< sitemap, list or folder of the old site; empty: links only
    std::string new_site;  ///< the built new site's folder
    /// Redirect rules beyond the site's own `_redirects`, `.htaccess` and `vercel.json`
    /// (which are read when present at its root), in the order given.
    std::vector<std::string> redirect_files;
    /// The new site's URL: which absolute URLs are its own. Empty: read off the site's
    /// sitemap (a `verify.base-url` note says so), else no absolute URL is the site's.
    std::string base_url;
    /// Cloudflare Pages applies every `_redirects` rule even where a file exists; Netlify
    /// (the default) only forced ones (`301!`).
    bool cloudflare = false;
    unsigned threads = 0;  ///< 0: one per core
    /// Also a `verify.reaches` note per old URL that reaches its page, naming the page and the
    /// chain (`folio verify --verbose`).
    bool note_reaching = false;
};

/// One old URL and where it went.
struct OldUrlCheck {
    OldUrl old;
    std::string path;  ///< the site path requested
    Resolution resolution;
    /// False when the old URL reaches a page, but not the one its listed new URL
    /// (`OldUrl::expected`) reaches.
    bool as_expected = true;

    bool ok() const { return resolution.reached() && as_expected; }
};

/// What a run found. The failures themselves are diagnostics (see verify_site).
struct VerifyResult {
    std::vector<OldUrlCheck> old_urls;
    std::size_t old_reaching = 0;
    std::size_t pages = 0;           ///< HTML pages parsed
    std::size_t redirect_rules = 0;  ///< rules read from every redirect file
    std::size_t links_checked = 0;   ///< links into the site, each resolved
    std::size_t links_external = 0;  ///< links elsewhere: counted, not fetched
    std::size_t links_broken = 0;    ///< links and fragments that did not resolve

    /// True when any old URL or link failed: the exit status is 1.
    bool failed() const { return old_reaching < old_urls.size() || links_broken > 0; }
};

/// Verifies `options.new_site`. Every failure is an error in `diagnostics`, in a stable order
/// (old URLs as listed, then pages by path and links in page order): `verify.old-url` at the
/// old URL, `verify.broken-link` and `verify.broken-fragment` at `page:line:col`. Problems with
/// the inputs are `verify.*` diagnostics too; a site folder that cannot be read is returned as
/// the error.
Result<VerifyResult> verify_site(const VerifyOptions& options, Diagnostics& diagnostics);

/// The run as JSON for `--report`: counts, every old URL with its chain and final page, and
/// every failure.
std::string verify_report_json(const VerifyResult& result, const Diagnostics& diagnostics);

}  // namespace folio::verify
