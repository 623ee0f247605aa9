#include "src/urls/url_path.hpp"

#include "src/web/url.hpp"

namespace folio {

namespace {

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

}  // namespace

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

std::string decode_path(std::string_view path) {
    std::string out;
    out.reserve(path.size());
    for (std::size_t i = 0; i < path.size(); ++i) {
        if (path[i] == '%' && i + 2 < path.size()) {
            const int high = hex_value(path[i + 1]);
            const int low = hex_value(path[i + 2]);
            if (high >= 0 && low >= 0) {
                out += static_cast<char>(high * 16 + low);
                i += 2;
                continue;
            }
        }
        out += path[i];
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
