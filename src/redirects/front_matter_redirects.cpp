#include "src/redirects/front_matter_redirects.hpp"

namespace folio {

std::map<std::string, std::vector<std::string>, std::less<>> front_matter_redirects(
    std::span<const Redirect> redirects, std::string_view new_base_path, Diagnostics& diagnostics) {
    std::map<std::string, std::vector<std::string>, std::less<>> by_article;
    for (const Redirect& redirect : redirects) {
        std::optional<std::string> path = path_in_site(redirect.from, new_base_path);
        if (!path) {
            Diagnostic diagnostic;
            diagnostic.severity = Severity::warning;
            diagnostic.code = "redirects.outside-site";
            diagnostic.message = "the old URL " + redirect.from +
                                 " is outside the new site's base path " +
                                 std::string(new_base_path) +
                                 ": the engine cannot redirect it; use a server rule";
            diagnostic.path = redirect.source;
            diagnostics.report(std::move(diagnostic));
            continue;
        }
        by_article[redirect.source].push_back(std::move(*path));
    }
    return by_article;
}

}  // namespace folio
