#include "src/redirects/redirect_csv.hpp"

namespace folio {

namespace {

std::string field(std::string_view text) {
    if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

}  // namespace

std::string origin_of(std::string_view site_url) {
    const auto scheme = site_url.find("://");
    if (scheme == std::string_view::npos) return {};
    const auto slash = site_url.find('/', scheme + 3);
    return std::string(site_url.substr(0, slash));
}

std::string write_redirect_csv(std::span<const Redirect> redirects, std::string_view old_site_url,
                               std::string_view new_site_url) {
    const std::string old_origin = origin_of(old_site_url);
    const std::string new_origin = origin_of(new_site_url);
    std::string out = "old_url,new_url\r\n";
    for (const Redirect& redirect : redirects) {
        out += field(old_origin + redirect.from) + "," + field(new_origin + redirect.to) + "\r\n";
    }
    return out;
}

}  // namespace folio
