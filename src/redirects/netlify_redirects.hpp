#pragma once

// `_redirects`, the rule file Netlify and Cloudflare Pages read (one `from to 301` per line,
// `:name` placeholders for whole segments, the first matching line wins).

#include <span>

#include "src/diagnostics/diagnostic.hpp"
#include "src/redirects/redirect_folding.hpp"
#include "src/redirects/rule_file.hpp"

namespace folio {

/// Cloudflare Pages' limits on one `_redirects` file
/// (developers.cloudflare.com/pages/configuration/redirects, "Per file"). Netlify has none.
inline constexpr std::size_t kCloudflareStaticRules = 2000;
inline constexpr std::size_t kCloudflareDynamicRules = 100;
inline constexpr std::size_t kCloudflareLineLength = 1000;

/// The `_redirects` file for `redirects`: exact lines first (Cloudflare counts every line after
/// the first pattern as dynamic), then one line per pattern. A pattern with a variable that is
/// not a whole segment (`/:slug.html`), which placeholders cannot say, is written as its
/// members' exact lines. The old URLs that are a query (`queries`) are matched by their
/// parameters (`netlify_query_rules`), before the patterns.
RuleFile write_netlify_redirects(const FoldedRedirects& redirects,
                                 std::span<const Redirect> queries = {});

/// Warnings (`redirects.cloudflare-limit`) when `file` is over Cloudflare Pages' limits: a
/// host that stops reading there would leave the rest of the old URLs broken.
void check_cloudflare_limits(const RuleFile& file, Diagnostics& diagnostics);

}  // namespace folio
