#include "src/verify/site_path.hpp"

#include <cctype>
#include <vector>

#include "src/web/url.hpp"

namespace folio::verify {

namespace {

std::string lower(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// The scheme of `url` without its colon (`https`), or empty for a relative reference.
std::string_view scheme_of(std::string_view url) {
    for (std::size_t i = 0; i < url.size(); ++i) {
        const auto c = static_cast<unsigned char>(url[i]);
        if (c == ':') return i == 0 ? std::string_view() : url.substr(0, i);
        const bool ok = std::isalpha(c) || (i > 0 && (std::isdigit(c) || c == '+' || c == '-' || c == '.'));
        if (!ok) return {};
    }
    return {};
}

// `example.org` of `//user@Example.org:8080/x`, lower-cased, no user or port; `rest` gets `/x`.
std::string authority_host(std::string_view after_slashes, std::string_view& rest) {
    const std::size_t end = after_slashes.find_first_of("/?#");
    std::string_view authority = after_slashes.substr(0, end);
    rest = end == std::string_view::npos ? std::string_view() : after_slashes.substr(end);
    if (const std::size_t at = authority.rfind('@'); at != std::string_view::npos)
        authority = authority.substr(at + 1);
    if (const std::size_t colon = authority.rfind(':');
        colon != std::string_view::npos && authority.find(']') == std::string_view::npos)
        authority = authority.substr(0, colon);
    return lower(authority);
}

// Takes the site's base path off a site-absolute path; false when the path is outside it.
bool strip_base(std::string& path, const SiteAddress& site) {
    if (site.path == "/") return true;
    const std::string_view base(site.path);
    if (path == base.substr(0, base.size() - 1)) {
        path = "/";
        return true;
    }
    if (path.compare(0, base.size(), base) != 0) return false;
    path.erase(0, base.size() - 1);
    return true;
}

}  // namespace

std::optional<SiteAddress> SiteAddress::from_url(std::string_view url) {
    SiteAddress site;
    if (url.empty()) return site;
    const std::string scheme = lower(scheme_of(url));
    if (scheme != "http" && scheme != "https") return std::nullopt;
    std::string_view after = url.substr(scheme.size() + 1);
    if (after.substr(0, 2) != "//") return std::nullopt;
    std::string_view rest;
    site.host = authority_host(after.substr(2), rest);
    if (site.host.empty()) return std::nullopt;
    rest = rest.substr(0, rest.find_first_of("?#"));
    std::string path = percent_decode(rest);
    if (path.empty() || path.front() != '/') path.insert(0, "/");
    if (path.back() != '/') path += '/';
    site.path = remove_dot_segments(path);
    return site;
}

std::optional<SiteTarget> site_target(std::string_view url, std::string_view page_path,
                                      const SiteAddress& site) {
    // Browsers drop leading and trailing blanks of an attribute URL.
    while (!url.empty() && std::isspace(static_cast<unsigned char>(url.front()))) url.remove_prefix(1);
    while (!url.empty() && std::isspace(static_cast<unsigned char>(url.back()))) url.remove_suffix(1);
    SiteTarget target;
    if (const std::size_t hash = url.find('#'); hash != std::string_view::npos) {
        target.has_fragment = true;
        target.fragment = percent_decode(url.substr(hash + 1));
        url = url.substr(0, hash);
    }
    url = url.substr(0, url.find('?'));

    std::string raw;  // the reference as a path from the host's root, still encoded
    const std::string scheme = lower(scheme_of(url));
    if (!scheme.empty() || url.substr(0, 2) == "//") {
        if (!scheme.empty() && scheme != "http" && scheme != "https") return std::nullopt;
        std::string_view after = url.substr(scheme.empty() ? 0 : scheme.size() + 1);
        if (after.substr(0, 2) != "//") return std::nullopt;
        std::string_view rest;
        if (site.host.empty() || authority_host(after.substr(2), rest) != site.host) return std::nullopt;
        raw = rest.empty() ? "/" : std::string(rest);
    } else {
        std::string page_url = site.path;
        page_url.pop_back();
        page_url += page_path;
        if (url.empty()) {
            raw = page_url;
        } else if (url.front() == '/') {
            raw = url;
        } else {
            raw = page_url.substr(0, page_url.rfind('/') + 1);
            raw += url;
        }
    }
    target.path = percent_decode(remove_dot_segments(raw));
    if (!strip_base(target.path, site)) return std::nullopt;
    return target;
}

std::optional<std::string> old_url_path(std::string_view url, const SiteAddress& site) {
    url = url.substr(0, url.find('#'));
    url = url.substr(0, url.find('?'));
    const std::string scheme = lower(scheme_of(url));
    std::string_view path = url;
    if (!scheme.empty()) {
        if (scheme != "http" && scheme != "https") return std::nullopt;
        std::string_view after = url.substr(scheme.size() + 1);
        if (after.substr(0, 2) != "//") return std::nullopt;
        authority_host(after.substr(2), path);
    }
    std::string raw(path);
    if (raw.empty() || raw.front() != '/') raw.insert(0, "/");
    std::string decoded = percent_decode(remove_dot_segments(raw));
    std::string stripped = decoded;
    return strip_base(stripped, site) ? stripped : decoded;
}

}  // namespace folio::verify
