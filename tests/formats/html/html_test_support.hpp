#pragma once

#include <map>
#include <optional>
#include <string>

#include "formats/html/html_site.hpp"
#include "src/images/image_location.hpp"

namespace folio::html::testing {

/// Image bytes from memory, so pages are tested without a disk.
class MemoryResources final : public ResourceReader {
public:
    std::map<std::string, std::string> files;
    std::optional<std::string> read(const std::string& path) const override {
        const auto found = files.find(path);
        if (found == files.end()) return std::nullopt;
        return found->second;
    }
};

/// The jobs' image rules (`make_image_locator`), with `static_dir` for site-absolute paths.
inline ImageLocator locator(std::string static_dir = {}) {
    return make_image_locator(std::move(static_dir));
}

/// A published entry at `/posts/<slug>/` dated `date` (empty: undated).
inline SiteEntry entry(std::string slug, std::string date, std::vector<std::string> tags = {},
                       std::vector<std::string> categories = {}) {
    SiteEntry e;
    e.title = "Title of " + slug;
    e.permalink = "/posts/" + slug + "/";
    e.page_file = "posts/" + slug + "/index.html";
    if (!date.empty()) {
        e.date = parse_date(date);
        e.instant = to_unix_seconds(*e.date);
    }
    e.language = "en";
    e.tags = std::move(tags);
    e.categories = std::move(categories);
    return e;
}

inline Inlines text(std::string s) {
    return {Inline{Text{std::move(s)}}};
}

/// Whether `haystack` contains `needle`, for readable expectations.
inline bool contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}

}  // namespace folio::html::testing
