#pragma once

// Many redirects of a migration share one shape (`/2020/01/02/a/` → `/posts/a/` for every
// post): one pattern rule says them all, which keeps a host's rule file small and under its
// limits. Folding only makes a rule where it is exactly right for every redirect it replaces
// and reaches no page of the new site; redirects it would get wrong are listed before it.

#include <span>
#include <string>
#include <vector>

#include "src/redirects/redirect_list.hpp"

namespace folio {

/// One segment of a pattern path: literal text, or a variable that matches one whole segment
/// (less `suffix`, a literal end such as `.html` in `/:slug.html`).
struct PatternSegment {
    std::string text;  ///< the literal (percent-encoded), or the variable's name
    bool variable = false;
    std::string suffix;
    bool operator==(const PatternSegment&) const = default;
};

/// A URL path of segments; `trailing_slash` when it ends with `/`.
struct PatternPath {
    std::vector<PatternSegment> segments;
    bool trailing_slash = false;
    bool operator==(const PatternPath&) const = default;
};

/// A rule `from` → `to`, whose variables `to` uses by name, and the redirects it replaces.
struct RedirectPattern {
    PatternPath from;
    PatternPath to;
    std::vector<Redirect> members;
};

/// What a rule file holds: `exact` redirects, which every form writes before `patterns`, so an
/// exception always wins over the rule it is an exception to.
struct FoldedRedirects {
    std::vector<Redirect> exact;
    std::vector<RedirectPattern> patterns;
};

/// `redirects` folded where at least `min_members` share a shape. `live_urls` are the new
/// site's pages (every article's new URL): a rule that would match one is not made.
FoldedRedirects fold_redirects(std::span<const Redirect> redirects,
                               std::span<const std::string> live_urls, std::size_t min_members = 2);

/// `redirects` unfolded: every one exact, for the forms and hosts that take no patterns.
FoldedRedirects unfolded(std::span<const Redirect> redirects);

/// Whether `pattern.from` matches `path` (percent-encoded, as in `Redirect`), and if so where
/// it sends it.
std::optional<std::string> apply_pattern(const RedirectPattern& pattern, std::string_view path);

/// `/:p1/:slug/` style text of `path` (Netlify's placeholders): for messages and `_redirects`.
std::string placeholder_text(const PatternPath& path);

}  // namespace folio
