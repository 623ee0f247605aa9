#include "src/urls/url_path.hpp"

#include "src/web/url.hpp"

namespace folio {

std::string encode_path(std::string_view path) {
    // The shared encoder leaves `?`, `#`, `[` and `]` alone (they are legal in a URL), but in a
    // path taken from a slug or a title they are text, not a query or a fragment.
    const std::string encoded = encode_url(path, UrlContext::xml_text);
    std::string out;
    out.reserve(encoded.size());
    for (const char c : encoded) {
        switch (c) {
            case '?': out += "%3F"; break;
            case '#': out += "%23"; break;
            case '[': out += "%5B"; break;
            case ']': out += "%5D"; break;
            default: out += c;
        }
    }
    return out;
}

std::string base_path_of(std::string_view base_url) {
    std::string_view rest = base_url;
    if (const auto scheme = rest.find("://"); scheme != std::string_view::npos) {
        rest.remove_prefix(scheme + 3);
        const auto slash = rest.find('/');
        rest = slash == std::string_view::npos ? std::string_view{} : rest.substr(slash);
    }
    if (const auto end = rest.find_first_of("?#"); end != std::string_view::npos) {
        rest = rest.substr(0, end);
    }
    std::string path = squeeze_slashes(rest);
    while (!path.empty() && path.back() == '/') path.pop_back();
    return path;
}

std::string join_base_path(std::string_view base_path, std::string_view path) {
    std::string out(base_path);
    if (path.empty() || path.front() != '/') out += '/';
    out += path;
    return out;
}

std::string squeeze_slashes(std::string_view path) {
    std::string out = "/";
    for (const char c : path) {
        if (c == '/' && out.back() == '/') continue;
        out += c;
    }
    return out;
}

}  // namespace folio
