#pragma once

// Redirects for Vercel: the `redirects` array of `vercel.json`.

#include <span>

#include "src/diagnostics/diagnostic.hpp"
#include "src/redirects/redirect_folding.hpp"
#include "src/redirects/rule_file.hpp"

namespace folio {

/// Vercel stops a deployment whose vercel.json has more redirects than this
/// (github.com/vercel/vercel/discussions/5908: "more than 1024 redirects in vercel.json").
inline constexpr std::size_t kVercelRedirects = 1024;

/// `{"redirects": [{"source", "destination", "permanent": true}, ...]}`, exact rules first
/// (Vercel applies the first that matches). Patterns use path-to-regexp's `:name`, which can
/// end inside a segment (`/:slug.html`); path-to-regexp's own characters in literal text
/// (`( ) * + ? : { }`) are escaped in sources, `:` is percent-encoded in destinations. The
/// old URLs that are a query (`queries`, `/?p=12`) are their path with a condition on each
/// parameter (`"has": [{"type": "query", "key": "p", "value": "12"}]`), before the patterns.
RuleFile write_vercel_redirects(const FoldedRedirects& redirects,
                                std::span<const Redirect> queries = {});

/// A warning (`redirects.vercel-limit`) when `file` holds more rules than Vercel takes.
void check_vercel_limits(const RuleFile& file, Diagnostics& diagnostics);

}  // namespace folio
