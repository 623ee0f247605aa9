#include "src/redirects/redirect_csv.hpp"

#include "src/web/url.hpp"

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

std::string write_redirect_csv(std::span<const Redirect> redirects, std::string_view old_site_url,
                               std::string_view new_site_url) {
    const std::string_view old_origin = origin_of(old_site_url);
    const std::string_view new_origin = origin_of(new_site_url);
    std::string out = "old_url,new_url\r\n";
    for (const Redirect& redirect : redirects) {
        out += field(std::string(old_origin) + redirect.from) + "," +
               field(std::string(new_origin) + redirect.to) + "\r\n";
    }
    return out;
}

}  // namespace folio
