#include "src/verify/site_base_url.hpp"

#include <filesystem>

#include "src/verify/old_urls.hpp"
#include "src/verify/site_path.hpp"

namespace folio::verify {

std::string base_url_from_sitemap(const std::string& folder) {
    for (const char* name : {"sitemap.xml", "sitemap-index.xml"}) {
        const std::filesystem::path path = std::filesystem::path(folder) / name;
        std::error_code error;
        if (!std::filesystem::is_regular_file(path, error)) continue;
        Diagnostics ignored;  // a broken sitemap only means no base URL is inferred
        const std::vector<OldUrl> urls = read_old_urls(path.string(), ignored);
        std::string origin;
        std::string common;
        for (const OldUrl& url : urls) {
            const std::size_t scheme = url.url.find("://");
            if (scheme == std::string::npos) return {};
            const std::size_t slash = url.url.find('/', scheme + 3);
            const std::string this_origin = url.url.substr(0, slash);
            std::string url_path = slash == std::string::npos ? "/" : url.url.substr(slash);
            url_path = url_path.substr(0, url_path.find_first_of("?#"));
            url_path = url_path.substr(0, url_path.rfind('/') + 1);  // its folder
            if (origin.empty()) {
                origin = this_origin;
                common = url_path;
            } else if (this_origin != origin) {
                return {};
            }
            std::size_t same = 0;
            while (same < common.size() && same < url_path.size() && common[same] == url_path[same]) ++same;
            common = common.substr(0, common.rfind('/', same == 0 ? 0 : same - 1) + 1);
        }
        if (origin.empty()) continue;
        const std::string base = origin + (common.empty() ? "/" : common);
        if (SiteAddress::from_url(base)) return base;
    }
    return {};
}

}  // namespace folio::verify
