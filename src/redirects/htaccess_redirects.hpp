#pragma once

// Redirects for Apache: `.htaccess` lines of mod_alias.

#include "src/redirects/redirect_folding.hpp"
#include "src/redirects/rule_file.hpp"

namespace folio {

/// One `RedirectMatch 301 "^regex$" "target"` per rule, exact ones first (mod_alias applies the
/// first that matches). `RedirectMatch` rather than `Redirect` even for exact paths: `Redirect`
/// matches prefixes, so `Redirect 301 /a /b` also sends `/a/x` to `/b/x`. The regex is over the
/// decoded path, as mod_alias matches it; targets are decoded paths, which mod_alias encodes
/// itself, with `$`, `&` and `\` escaped for its substitution (`server_target`).
RuleFile write_htaccess_redirects(const FoldedRedirects& redirects);

}  // namespace folio
