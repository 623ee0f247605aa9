#include "src/verify/page_links.hpp"

#include <cctype>
#include <fstream>
#include <sstream>

namespace folio::verify {

namespace {

// Links to these are not addresses of pages: nothing to check or count.
bool is_not_an_address(std::string_view url) {
    for (const std::string_view scheme : {"javascript:", "mailto:", "tel:", "data:", "about:", "blob:"}) {
        if (url.size() < scheme.size()) continue;
        bool same = true;
        for (std::size_t i = 0; i < scheme.size() && same; ++i)
            same = std::tolower(static_cast<unsigned char>(url[i])) == scheme[i];
        if (same) return true;
    }
    return false;
}

// Gives each failure the text of its line, for the caret.
void add_source_lines(const std::string& path, std::vector<Diagnostic>& failures) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return;
    std::ostringstream buffer;
    buffer << in.rdbuf();
    const std::string text = buffer.str();
    std::vector<std::size_t> starts{0};
    for (std::size_t at = text.find('\n'); at != std::string::npos; at = text.find('\n', at + 1))
        starts.push_back(at + 1);
    for (Diagnostic& failure : failures) {
        if (failure.line == 0 || failure.line > starts.size()) continue;
        const std::size_t begin = starts[failure.line - 1];
        std::size_t end = text.find('\n', begin);
        if (end == std::string::npos) end = text.size();
        // A minified page is one long line: no source line, the column says where.
        if (end - begin > 400) continue;
        failure.source_line = text.substr(begin, end - begin);
        if (!failure.source_line.empty() && failure.source_line.back() == '\r') failure.source_line.pop_back();
    }
}

}  // namespace

PageLinks check_page_links(const std::string& page_file, const ScannedPage& page,
                           const std::unordered_map<std::string, ScannedPage>& pages,
                           const UrlResolver& resolver, std::unordered_map<std::string, Resolution>& resolved,
                           const std::string& site_folder) {
    PageLinks check;
    std::string page_path = page_path_of(page_file);
    const std::string where = site_folder + '/' + page_file;
    // `<base href>` moves what relative links resolve against, `#x` included (a classic way
    // to break every in-page link); a base on another host takes them all off the site.
    bool base_elsewhere = false;
    if (page.base_href) {
        if (const std::optional<SiteTarget> base = site_target(*page.base_href, page_path, resolver.address()))
            page_path = base->path;
        else
            base_elsewhere = true;
    }
    for (const PageLink& link : page.links) {
        if (is_not_an_address(link.url)) continue;
        const bool absolute = link.url.find("://") != std::string::npos || link.url.rfind("//", 0) == 0;
        const std::optional<SiteTarget> target = base_elsewhere && !absolute
                                                     ? std::nullopt
                                                     : site_target(link.url, page_path, resolver.address());
        if (!target) {
            ++check.external;
            continue;
        }
        ++check.checked;
        const auto [known, inserted] = resolved.try_emplace(target->path);
        if (inserted) known->second = resolver.resolve(target->path);
        const Resolution& resolution = known->second;
        if (!resolution.reached()) {
            std::string message = "broken " + std::string(link.kind) + " '" + link.url + "'";
            if (resolution.outcome == Outcome::loop) message += ": redirect loop";
            if (resolution.outcome == Outcome::too_long) message += ": too many redirects";
            if (!resolution.hops.empty() && resolution.outcome != Outcome::loop)
                message += " (" + resolution.chain(target->path) + ")";
            check.failures.push_back(Diagnostic{Severity::error, "verify.broken-link", std::move(message), where,
                                                link.line, link.column, {}});
            continue;
        }
        // `#` and `#top` go to the top of any page, as browsers do.
        if (resolution.outcome != Outcome::page || !target->has_fragment || target->fragment.empty() ||
            target->fragment == "top")
            continue;
        const auto found = pages.find(resolution.file);
        if (found == pages.end() || found->second.ids.count(target->fragment) > 0) continue;
        check.failures.push_back(Diagnostic{Severity::error, "verify.broken-fragment",
                                            "broken fragment '" + link.url + "': no id '" + target->fragment +
                                                "' in " + resolution.file,
                                            where, link.line, link.column, {}});
    }
    if (!check.failures.empty()) add_source_lines(where, check.failures);
    return check;
}

}  // namespace folio::verify
