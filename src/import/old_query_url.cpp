#include "src/import/old_query_url.hpp"

#include <cctype>

namespace folio {

namespace {

bool all_digits(std::string_view text) {
    if (text.empty()) return false;
    for (char c : text)
        if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    return true;
}

// `/?p=123` of `https://old.example.com/?p=123` when its query is one post's id; else empty.
std::string id_query_of(std::string_view guid) {
    const std::size_t scheme = guid.find("://");
    if (scheme == std::string_view::npos) return {};
    const std::size_t path = guid.find('/', scheme + 3);
    const std::size_t query = guid.find('?', scheme + 3);
    if (query == std::string_view::npos) return {};
    const std::string_view parameters = guid.substr(query + 1);
    for (std::string_view name : {std::string_view("p="), std::string_view("page_id=")}) {
        if (parameters.starts_with(name) && all_digits(parameters.substr(name.size())))
            return (path == std::string_view::npos || path > query
                        ? std::string("/")
                        : std::string(guid.substr(path, query - path))) +
                   std::string(guid.substr(query));
    }
    return {};
}

}  // namespace

std::string old_query_url(const Article& article) {
    std::string url = id_query_of(article.meta.guid);
    if (url.empty()) {
        for (const auto& [key, value] : article.meta.extra) {
            if (key != "wordpress_id") continue;
            if (const auto* id = std::get_if<std::int64_t>(&value.data))
                url = "/?p=" + std::to_string(*id);
            else if (const auto* text = std::get_if<std::string>(&value.data); text && all_digits(*text))
                url = "/?p=" + *text;
        }
    }
    return url == article.source.old_url ? std::string() : url;
}

}  // namespace folio
