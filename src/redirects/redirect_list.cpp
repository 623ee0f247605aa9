#include "src/redirects/redirect_list.hpp"

#include <string_view>
#include <unordered_map>
#include <utility>
#include <unordered_set>

#include "src/redirects/query_redirects.hpp"
#include "src/urls/url_path.hpp"
#include "src/web/url.hpp"

namespace folio {

namespace {

Diagnostic warning(std::string code, std::string message, const std::string& path) {
    Diagnostic diagnostic;
    diagnostic.severity = Severity::warning;
    diagnostic.code = std::move(code);
    diagnostic.message = std::move(message);
    diagnostic.path = path;
    return diagnostic;
}

// `/posts/a` and `/posts/a/` are one page to every static host: each serves the folder's
// index at the first by a redirect of its own, and Netlify and Cloudflare match a rule with
// or without the slash, so a rule between the two would redirect a page to itself forever.
bool same_but_slash(std::string_view a, std::string_view b) {
    if (a.size() > b.size()) std::swap(a, b);
    return a == b || (b.size() == a.size() + 1 && b.back() == '/' && b.starts_with(a));
}

}  // namespace

Diagnostic redirect_collision(const ArticleUrls& article, const Redirect& first) {
    return warning("redirects.collision",
                   "the old URL " + article.old_url + " was also the URL of " + first.source +
                       ", which keeps it (redirected to " + first.to +
                       "); this article's new URL " + article.new_url + " gets no redirect from it",
                   article.source);
}

std::vector<Redirect> redirects_from(std::span<const ArticleUrls> urls, Diagnostics& diagnostics) {
    std::unordered_set<std::string> live;
    for (const ArticleUrls& article : urls) live.insert(percent_decode(article.new_url));
    std::unordered_map<std::string, std::size_t> by_from;  // decoded old URL → index in `out`
    std::vector<Redirect> out;
    for (const ArticleUrls& article : urls) {
        // A query (`/?p=123`) is no path a page can stand at: `query_redirects_from`'s.
        if (article.old_url.empty() || has_query(article.old_url)) continue;
        const std::string from = percent_decode(article.old_url);
        if (same_but_slash(from, percent_decode(article.new_url))) continue;
        if (const auto found = by_from.find(from); found != by_from.end()) {
            const Redirect& first = out[found->second];
            if (percent_decode(first.to) != percent_decode(article.new_url))
                diagnostics.report(redirect_collision(article, first));
            continue;
        }
        if (live.contains(from)) {
            diagnostics.report(warning(
                "redirects.shadows-page",
                "the old URL " + article.old_url + " is the new URL of another article: a " +
                    "redirect from it would hide that page, so none is written",
                article.source));
            continue;
        }
        by_from.emplace(from, out.size());
        out.push_back({article.old_url, article.new_url, article.source});
    }
    return out;
}

std::optional<std::string> path_in_site(std::string_view url, std::string_view base_path) {
    const std::string path = percent_decode(url);
    if (base_path.empty()) return path;
    const std::string base = percent_decode(base_path);
    if (path == base) return std::string("/");
    if (path.size() > base.size() && path.starts_with(base) && path[base.size()] == '/') {
        return path.substr(base.size());
    }
    return std::nullopt;
}

}  // namespace folio
