#include "src/import/old_query_url.hpp"

#include "src/text/ascii_digits.hpp"
#include "src/urls/url_path.hpp"

namespace folio {

namespace {

// `?p=123` of `https://old.example.com/?p=123` when its query is one post's id; else empty.
std::string_view id_query_of(std::string_view guid) {
    const std::size_t scheme = guid.find("://");
    if (scheme == std::string_view::npos) return {};
    const std::size_t query = guid.find('?', scheme + 3);
    if (query == std::string_view::npos) return {};
    const std::string_view parameters = guid.substr(query + 1);
    for (std::string_view name : {std::string_view("p="), std::string_view("page_id=")}) {
        if (parameters.starts_with(name) && all_ascii_digits(parameters.substr(name.size())))
            return guid.substr(query);
    }
    return {};
}

}  // namespace

std::string wordpress_query_url(std::string_view home_url, std::string_view guid,
                                std::string_view id) {
    // The guid keeps the host and path the blog had when the post was written; WordPress
    // answers the query at its home as it is now. Without the home, the guid's path is the
    // best guess when the guid is such an address, else the root.
    const std::string_view query = id_query_of(guid);
    const std::string_view home = !home_url.empty() ? home_url : !query.empty() ? guid : "";
    if (!query.empty()) return join_base_path(base_path_of(home), "/" + std::string(query));
    if (!all_ascii_digits(id)) return {};
    return join_base_path(base_path_of(home), "/?p=" + std::string(id));
}

std::string old_query_url(const Article& article) {
    std::string url = article.source.old_query_url;
    if (url.empty()) {
        // A post read from Markdown that an earlier import wrote: its guid and id are all
        // that is left of the blog.
        std::string id;
        for (const auto& [key, value] : article.meta.extra) {
            if (key != "wordpress_id") continue;
            if (const auto* number = std::get_if<std::int64_t>(&value.data))
                id = std::to_string(*number);
            else if (const auto* text = std::get_if<std::string>(&value.data))
                id = *text;
        }
        if (!id.empty() || !id_query_of(article.meta.guid).empty())
            url = wordpress_query_url({}, article.meta.guid, id);
    }
    return url == article.source.old_url ? std::string() : url;
}

}  // namespace folio
