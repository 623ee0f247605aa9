#include "src/redirects/redirect_pages.hpp"

#include "src/render/html_escape.hpp"
#include "src/web/url.hpp"

namespace folio {

namespace {

bool has_dot_segment(std::string_view path) {
    std::size_t start = 0;
    while (start <= path.size()) {
        const std::size_t slash = path.find('/', start);
        const std::size_t end = slash == std::string_view::npos ? path.size() : slash;
        const std::string_view segment = path.substr(start, end - start);
        if (segment == "." || segment == "..") return true;
        if (slash == std::string_view::npos) break;
        start = slash + 1;
    }
    return false;
}

std::string file_of(std::string path) {
    path.erase(0, path.find_first_not_of('/'));
    if (path.empty() || path.back() == '/') return path + "index.html";
    const auto slash = path.rfind('/');
    const std::string_view last = std::string_view(path).substr(slash == std::string::npos ? 0 : slash + 1);
    if (last.ends_with(".html") || last.ends_with(".htm")) return path;
    return path + "/index.html";
}

std::string page_html(std::string_view target) {
    const std::string url = escape_html(target);
    return "<!DOCTYPE html>\n"
           "<html lang=\"en\">\n"
           "<head>\n"
           "<meta charset=\"utf-8\">\n"
           "<title>Moved to " + url + "</title>\n"
           "<link rel=\"canonical\" href=\"" + url + "\">\n"
           "<meta name=\"robots\" content=\"noindex\">\n"
           "<meta http-equiv=\"refresh\" content=\"0; url=" + url + "\">\n"
           "</head>\n"
           "<body>\n"
           "<p>This page has moved to <a href=\"" + url + "\">" + url + "</a>.</p>\n"
           "</body>\n"
           "</html>\n";
}

}  // namespace

std::vector<RedirectPage> redirect_pages(std::span<const Redirect> redirects,
                                         std::string_view new_base_path,
                                         std::string_view new_site_url, Diagnostics& diagnostics) {
    const std::string origin(origin_of(new_site_url));
    std::vector<RedirectPage> pages;
    for (const Redirect& redirect : redirects) {
        const std::optional<std::string> path = path_in_site(redirect.from, new_base_path);
        if (!path || has_dot_segment(*path)) {
            Diagnostic diagnostic;
            diagnostic.severity = Severity::warning;
            diagnostic.code = "redirects.outside-site";
            diagnostic.message = "the old URL " + redirect.from +
                                 (path ? " has a `.` or `..` segment"
                                       : " is outside the new site's base path " +
                                             std::string(new_base_path)) +
                                 ": no redirect page can be written for it; use a server rule";
            diagnostic.path = redirect.source;
            diagnostics.report(std::move(diagnostic));
            continue;
        }
        pages.push_back({file_of(*path), page_html(origin + redirect.to)});
    }
    return pages;
}

}  // namespace folio
