#include <pugixml.hpp>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "formats/html/html_site.hpp"
#include "formats/html/page_frame.hpp"
#include "src/web/url.hpp"
#include "src/xml/xml_text.hpp"

namespace folio::html {

namespace {

// W3C Datetime as sitemaps accept it: a date, or a date-time with its offset. A time without an
// offset names no instant, so only its date is given.
std::string sitemap_date(const Date& date) {
    if (date.has_time && date.offset_minutes) return format_rfc3339(date);
    Date day;
    day.year = date.year;
    day.month = date.month;
    day.day = date.day;
    return format_rfc3339(day);
}

void add_url(pugi::xml_node set, const SiteOptions& options, std::string_view file,
             const std::optional<Date>& modified) {
    pugi::xml_node url = set.append_child("url");
    append_text_element(url, "loc",
                        encode_url(options.base_url + url_path_of(file), UrlContext::xml_text));
    if (modified) append_text_element(url, "lastmod", sitemap_date(*modified));
}

}  // namespace

OutputFile write_sitemap(const SitePlan& plan, const SiteOptions& options,
                         const std::vector<OutputFile>& list_pages) {
    pugi::xml_document document;
    pugi::xml_node set = document.append_child("urlset");
    set.append_attribute("xmlns") = "http://www.sitemaps.org/schemas/sitemap/0.9";
    // The home page and then every article, newest first; list pages after them.
    add_url(set, options, "index.html", std::nullopt);
    for (const std::size_t index : plan.newest_first) {
        const SiteEntry& entry = plan.entries[index];
        // Shown drafts are the writer's, not for crawlers (their pages say `noindex` too).
        if (entry.draft) continue;
        add_url(set, options, entry.page_file, entry.updated ? entry.updated : entry.date);
    }
    // The pages of a tag or category that only drafts have: they would name a post that is
    // not published yet.
    std::vector<std::string> drafts_only;
    for (const auto& [folder, terms] : {std::pair{"tags/", &plan.tags},
                                        std::pair{"categories/", &plan.categories}}) {
        for (const Term& term : *terms) {
            if (std::all_of(term.entries.begin(), term.entries.end(),
                            [&](std::size_t index) { return plan.entries[index].draft; }))
                drafts_only.push_back(folder + term.slug + "/");
        }
    }
    for (const OutputFile& list : list_pages) {
        if (list.path == "index.html") continue;
        if (std::any_of(drafts_only.begin(), drafts_only.end(),
                        [&](const std::string& folder) { return list.path.starts_with(folder); }))
            continue;
        add_url(set, options, list.path, std::nullopt);
    }
    return {std::string(kSitemapFile), xml_bytes(document)};
}

OutputFile write_robots(const SiteOptions& options) {
    std::string text = "User-agent: *\nAllow: /\n";
    // The sitemap protocol wants an absolute URL, and without a base URL there is no sitemap.
    if (!options.base_url.empty())
        text += "\nSitemap: " + options.base_url + std::string(kSitemapFile) + "\n";
    return {std::string(kRobotsFile), std::move(text)};
}

}  // namespace folio::html
