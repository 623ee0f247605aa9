#include "src/redirects/netlify_redirects.hpp"

#include <sstream>

#include "src/redirects/query_redirects.hpp"

namespace folio {

namespace {

bool placeholders_can_say(const PatternPath& path) {
    for (const PatternSegment& segment : path.segments) {
        if (segment.variable && !segment.suffix.empty()) return false;
    }
    return true;
}

void exact_line(std::string& out, const Redirect& redirect) {
    out += redirect.from + " " + redirect.to + " 301\n";
}

}  // namespace

RuleFile write_netlify_redirects(const FoldedRedirects& redirects,
                                 std::span<const Redirect> queries) {
    RuleFile file;
    file.text = "# Old URLs of the migrated articles, moved permanently (Netlify, Cloudflare Pages).\n";
    for (const Redirect& redirect : redirects.exact) {
        exact_line(file.text, redirect);
        ++file.exact_rules;
    }
    for (const RedirectPattern& pattern : redirects.patterns) {
        if (placeholders_can_say(pattern.from)) continue;
        for (const Redirect& member : pattern.members) {
            exact_line(file.text, member);
            ++file.exact_rules;
        }
    }
    // Before the patterns, where a `/:slug/` could take the query's path (`/blog/?p=12`).
    file.text += netlify_query_rules(queries);
    for (const RedirectPattern& pattern : redirects.patterns) {
        if (!placeholders_can_say(pattern.from)) continue;
        file.text += placeholder_text(pattern.from) + " " + placeholder_text(pattern.to) + " 301\n";
        ++file.pattern_rules;
    }
    return file;
}

void check_cloudflare_limits(const RuleFile& file, Diagnostics& diagnostics) {
    auto warn = [&diagnostics](std::string message) {
        Diagnostic diagnostic;
        diagnostic.severity = Severity::warning;
        diagnostic.code = "redirects.cloudflare-limit";
        diagnostic.message = std::move(message);
        diagnostic.path = "_redirects";
        diagnostics.report(std::move(diagnostic));
    };
    const std::string advice =
        ": Cloudflare Pages ignores the rest; use its Bulk Redirects (the CSV), or another host";
    if (file.exact_rules > kCloudflareStaticRules) {
        warn(std::to_string(file.exact_rules) + " exact redirects, over Cloudflare Pages' " +
             std::to_string(kCloudflareStaticRules) + advice);
    }
    if (file.pattern_rules > kCloudflareDynamicRules) {
        warn(std::to_string(file.pattern_rules) + " pattern redirects, over Cloudflare Pages' " +
             std::to_string(kCloudflareDynamicRules) + advice);
    }
    std::istringstream lines(file.text);
    std::size_t number = 0;
    for (std::string line; std::getline(lines, line);) {
        ++number;
        if (line.size() > kCloudflareLineLength) {
            Diagnostic diagnostic;
            diagnostic.severity = Severity::warning;
            diagnostic.code = "redirects.cloudflare-limit";
            diagnostic.message = "a redirect of " + std::to_string(line.size()) +
                                 " characters, over Cloudflare Pages' " +
                                 std::to_string(kCloudflareLineLength) + ": it is ignored there";
            diagnostic.path = "_redirects";
            diagnostic.line = static_cast<std::uint32_t>(number);
            diagnostics.report(std::move(diagnostic));
        }
    }
}

}  // namespace folio
