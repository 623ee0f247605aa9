#pragma once

// One redirect or rewrite rule of a host's configuration, whatever file it came from, and how
// a request path matches it.

#include <cstdint>
#include <memory>
#include <optional>
#include <regex>
#include <string>
#include <string_view>
#include <vector>

namespace folio::verify {

/// How `RedirectRule::from` is matched.
enum class PatternKind {
    placeholders,  ///< Netlify/Cloudflare `_redirects`: `/a/:name/*`, trailing slash optional
    regex,         ///< a regular expression, whole path (vercel.json) or searched (RedirectMatch)
    prefix,        ///< Apache `Redirect`: whole path segments, the rest appended to `to`
};

/// A rule as written, compiled once. Plain data, shared read-only between threads.
struct RedirectRule {
    PatternKind kind = PatternKind::placeholders;
    std::string from;  ///< the pattern as written
    std::string to;    ///< destination as written (`:splat`, `:name`, `$1` substituted)
    /// 301, 302, 307, 308 ...; 200 is a rewrite (the destination's content, same URL); 404 and
    /// 410 say the old URL is gone.
    int status = 301;
    /// Applied even where a file exists at the path (Netlify's `!`, vercel.json `redirects`,
    /// Apache's mod_alias); otherwise only where no file does (shadowing).
    bool before_files = false;
    std::string file;        ///< where it was written, for reports
    std::uint32_t line = 0;  ///< 1-based
    /// For `PatternKind::regex`: the compiled pattern, whether it must match the whole path,
    /// and the names of its capture groups in order (empty for unnamed ones, `$1`).
    std::shared_ptr<const std::regex> regex;
    bool whole_path = true;
    std::vector<std::string> group_names;

    /// `file:line`, as reports name the rule.
    std::string where() const { return file + ':' + std::to_string(line); }
};

/// The destination `rule` sends the decoded site path `path` to, with its placeholders filled
/// in, or nullopt when the rule does not match.
std::optional<std::string> redirect_destination(const RedirectRule& rule, std::string_view path);

}  // namespace folio::verify
