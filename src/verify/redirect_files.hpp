#pragma once

// Readers of the redirect configurations hosts read: Netlify/Cloudflare Pages `_redirects`,
// Vercel's `vercel.json`, Apache's `.htaccess` (mod_alias), nginx's `map` and `rewrite`. Each gives rules in file order.

#include <string>
#include <string_view>
#include <vector>

#include "src/diagnostics/diagnostic.hpp"
#include "src/verify/redirect_rule.hpp"

namespace folio::verify {

/// `from to [status][!]` lines (`#` comments, query and condition fields ignored with a note).
/// A line it cannot read is a `verify.redirects.syntax` warning at its position.
std::vector<RedirectRule> parse_netlify_redirects(std::string_view text, const std::string& file,
                                                  Diagnostics& diagnostics);

/// `redirects` (applied before files; `permanent` 308, else 307, or `statusCode`) and
/// `rewrites` (200, only where no file is) with path-to-regexp sources (`:slug`, `:path*`,
/// `:id(\\d+)`, `(.*)`). Malformed JSON is one `verify.redirects.syntax` error.
std::vector<RedirectRule> parse_vercel_json(std::string_view text, const std::string& file,
                                            Diagnostics& diagnostics);

/// Apache `Redirect`, `RedirectPermanent`, `RedirectTemp`, `RedirectMatch`; a `RewriteRule`
/// is not evaluated and says so (`verify.redirects.unsupported`, once per file).
std::vector<RedirectRule> parse_htaccess(std::string_view text, const std::string& file,
                                         Diagnostics& diagnostics);

/// netlify.toml's `[[redirects]]` (`from`, `to`, `status`, `force`), matched as `_redirects`
/// rules are; entries with `query` or `conditions` are not evaluated. Malformed TOML is one
/// `verify.redirects.syntax` error.
std::vector<RedirectRule> parse_netlify_toml(std::string_view text, const std::string& file,
                                             Diagnostics& diagnostics);

/// nginx: the entries of `map` blocks (exact keys first, then `~` and `~*` patterns in order,
/// PCRE named groups as `$name`), returned with the status of the file's `return 30x`
/// (301 when none), and `rewrite REGEX URL permanent|redirect` lines.
std::vector<RedirectRule> parse_nginx_redirects(std::string_view text, const std::string& file,
                                                Diagnostics& diagnostics);

/// Reads `path` and parses it by its name: `*.json` as vercel.json, `.htaccess` and `*.htaccess`
/// as Apache, `*.toml` as netlify.toml, `*.conf`, `*.map` and names holding `nginx` as nginx,
/// anything else as `_redirects`. An unreadable file is a `verify.redirects` error.
std::vector<RedirectRule> read_redirect_file(const std::string& path, Diagnostics& diagnostics);

/// The 1-based line of byte `offset` in `text`, and that line's text, for diagnostics.
Diagnostic diagnostic_at_offset(Severity severity, std::string code, std::string message,
                                const std::string& file, std::string_view text, std::size_t offset);

}  // namespace folio::verify
