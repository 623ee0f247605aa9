#include "src/text/ascii_case.hpp"
#include "src/web/url.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cctype>
#include <string>
#include <vector>

namespace folio {

namespace {

// What `append_encoded_url` does with a byte; one table per context, one lookup per byte (the
// renderer encodes every link through here).
constexpr std::uint8_t kKeep = 0;
constexpr std::uint8_t kEncode = 1;
constexpr std::uint8_t kEncodeStrayPercent = 2;  // kept when it starts a `%XX` escape
constexpr std::uint8_t kAmpersand = 3;
constexpr std::uint8_t kApostrophe = 4;

// Every byte encoded except RFC 3986's unreserved ones (letters, digits, `-._~`) and `kept`.
constexpr std::array<std::uint8_t, 256> make_unreserved_table(std::string_view kept) {
    std::array<std::uint8_t, 256> table{};
    table.fill(kEncode);
    for (int c = '0'; c <= '9'; ++c) table[c] = kKeep;
    for (int c = 'a'; c <= 'z'; ++c) table[c] = kKeep;
    for (int c = 'A'; c <= 'Z'; ++c) table[c] = kKeep;
    for (char c : std::string_view("-._~")) table[static_cast<unsigned char>(c)] = kKeep;
    for (char c : kept) table[static_cast<unsigned char>(c)] = kKeep;
    return table;
}

constexpr std::array<std::uint8_t, 256> make_html_attribute_table() {
    // Reserved characters are assumed to be meant as URL syntax; `%` is kept so existing
    // `%XX` escapes survive. `&` and `'` are valid in URLs but need HTML escaping in quotes.
    std::array<std::uint8_t, 256> table = make_unreserved_table("+!*(),%#@?=;:/$");
    table['&'] = kAmpersand;
    table['\''] = kApostrophe;
    return table;
}

constexpr std::array<std::uint8_t, 256> make_xml_text_table() {
    std::array<std::uint8_t, 256> table{};
    for (int c = 0; c <= 0x20; ++c) table[c] = kEncode;
    for (int c = 0x7F; c <= 0xFF; ++c) table[c] = kEncode;
    for (char c : std::string_view("\"<>\\^`{|}")) table[static_cast<unsigned char>(c)] = kEncode;
    table['%'] = kEncodeStrayPercent;
    return table;
}

constexpr std::array<std::uint8_t, 256> kHtmlAttributeUrl = make_html_attribute_table();
constexpr std::array<std::uint8_t, 256> kXmlTextUrl = make_xml_text_table();
// A whole URL as one form value: nothing of its syntax is kept.
constexpr std::array<std::uint8_t, 256> kFormValue = make_unreserved_table("");

// `https:` in `https://x`: the length of the scheme including its colon, or 0.
std::size_t scheme_length(std::string_view url) {
    if (url.empty() || !std::isalpha(static_cast<unsigned char>(url[0]))) return 0;
    for (std::size_t i = 1; i < url.size(); ++i) {
        const auto c = static_cast<unsigned char>(url[i]);
        if (c == ':') return i + 1;
        if (!std::isalnum(c) && c != '+' && c != '-' && c != '.') return 0;
    }
    return 0;
}

}  // namespace

std::string_view origin_of(std::string_view url) {
    const std::size_t scheme = scheme_length(url);
    if (url.substr(scheme, 2) != "//") return url.substr(0, scheme);
    const std::size_t end = url.find_first_of("/?#", scheme + 2);
    return url.substr(0, end == std::string_view::npos ? url.size() : end);
}

std::string base_url_problem(std::string_view url) {
    const std::string quoted = "'" + std::string(url) + "'";
    if (url.empty()) return "a base URL is required (--base-url or base_url in folio.toml)";
    const std::string scheme = ascii_lower(url.substr(0, scheme_length(url)));
    if (scheme != "http:" && scheme != "https:") {
        return "base URL " + quoted +
               " must be absolute, starting with https:// or http:// (like https://example.org/)";
    }
    if (url.substr(scheme.size(), 2) != "//" || origin_of(url).size() <= scheme.size() + 2) {
        return "base URL " + quoted + " has no host (like https://example.org/)";
    }
    if (url.find_first_of("?# \t\r\n") != std::string_view::npos) {
        return "base URL " + quoted + " must not contain a query, a fragment or spaces";
    }
    return {};
}

std::string absolute_url(std::string_view url, std::string_view base, std::string_view site) {
    if (url.empty() || url.front() == '#' || scheme_length(url) > 0) return std::string(url);
    if (url.substr(0, 2) == "//") {
        return std::string(site.substr(0, scheme_length(site))) + std::string(url);
    }
    // Split off `?query#fragment`: they are kept as written, dot segments only apply to paths.
    const std::size_t tail_at = std::min(url.find_first_of("?#"), url.size());
    const std::string_view path = url.substr(0, tail_at);
    const std::string_view tail = url.substr(tail_at);
    if (path.empty()) {
        // `?page=2`: the base document with another query.
        const std::size_t base_tail = std::min(base.find_first_of("?#"), base.size());
        return std::string(base.substr(0, base_tail)) + std::string(tail);
    }
    if (path.front() == '/') {
        // Site-absolute paths live below the base URL, like the permalinks do.
        const std::string_view origin = origin_of(site);
        std::string_view site_path = site.substr(origin.size());
        while (!site_path.empty() && site_path.back() == '/') site_path.remove_suffix(1);
        return std::string(origin) +
               remove_dot_segments(std::string(site_path) + std::string(path)) + std::string(tail);
    }
    const std::string_view origin = origin_of(base);
    std::string_view base_path = base.substr(origin.size());
    base_path = base_path.substr(0, std::min(base_path.find_first_of("?#"), base_path.size()));
    const std::size_t last_slash = base_path.rfind('/');
    const std::string directory = last_slash == std::string_view::npos
                                      ? "/"
                                      : std::string(base_path.substr(0, last_slash + 1));
    return std::string(origin) + remove_dot_segments(directory + std::string(path)) +
           std::string(tail);
}

void append_encoded_url(std::string& out, std::string_view url, UrlContext context) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    const std::array<std::uint8_t, 256>& table = context == UrlContext::html_attribute
                                                     ? kHtmlAttributeUrl
                                                 : context == UrlContext::xml_text ? kXmlTextUrl
                                                                                   : kFormValue;
    std::size_t run_start = 0;
    for (std::size_t i = 0; i < url.size(); ++i) {
        const auto byte = static_cast<unsigned char>(url[i]);
        const std::uint8_t action = table[byte];
        if (action == kKeep) continue;
        if (action == kEncodeStrayPercent && i + 2 < url.size() &&
            std::isxdigit(static_cast<unsigned char>(url[i + 1])) &&
            std::isxdigit(static_cast<unsigned char>(url[i + 2]))) {
            continue;
        }
        out.append(url.data() + run_start, i - run_start);
        run_start = i + 1;
        if (action == kAmpersand) {
            out.append("&amp;");
        } else if (action == kApostrophe) {
            out.append("&#x27;");
        } else {
            const char escaped[3] = {'%', kHex[byte >> 4], kHex[byte & 0xF]};
            out.append(escaped, 3);
        }
    }
    out.append(url.data() + run_start, url.size() - run_start);
}

std::string encode_url(std::string_view url, UrlContext context) {
    std::string out;
    out.reserve(url.size());
    append_encoded_url(out, url, context);
    return out;
}

std::string remove_dot_segments(std::string_view path) {
    std::vector<std::string_view> kept;
    bool ends_in_folder = false;  // a last `.` or `..` names a folder: keep its slash
    std::size_t pos = 1;
    while (true) {
        std::size_t end = path.find('/', pos);
        const bool last = end == std::string_view::npos;
        if (last) end = path.size();
        const std::string_view segment = path.substr(pos, end - pos);
        if (segment == "..") {
            if (!kept.empty()) kept.pop_back();
            ends_in_folder = last;
        } else if (segment == ".") {
            ends_in_folder = last;
        } else {
            kept.push_back(segment);  // an empty last segment is the trailing slash
            ends_in_folder = false;
        }
        if (last) break;
        pos = end + 1;
    }
    std::string out;
    for (const std::string_view segment : kept) {
        out += '/';
        out += segment;
    }
    if (out.empty() || ends_in_folder) out += '/';
    return out;
}

namespace {

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

}  // namespace

std::string percent_decode(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 2 < text.size()) {
            const int high = hex_value(text[i + 1]);
            const int low = hex_value(text[i + 2]);
            if (high >= 0 && low >= 0) {
                out += static_cast<char>(high * 16 + low);
                i += 2;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

}  // namespace folio
