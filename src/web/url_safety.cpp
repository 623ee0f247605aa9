#include "src/web/url_safety.hpp"

#include <array>
#include <cctype>
#include <cstdint>
#include <string>

namespace folio {
namespace {

char lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

bool is_hex(char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; }

// The named references a scheme can be spelt with; others cannot form a scheme's letters.
struct NamedReference {
    std::string_view name;
    char value;
};
constexpr std::array<NamedReference, 6> kNamed = {{{"tab", '\t'},
                                                    {"newline", '\n'},
                                                    {"colon", ':'},
                                                    {"sol", '/'},
                                                    {"nbsp", ' '},
                                                    {"lpar", '('}}};

/// Decodes the character reference at `text[i]` (`&#x09;`, `&#58;`, `&colon;`, the `;`
/// optional as browsers allow), appending what it stands for as ASCII (a code point above
/// 127 as a non-scheme byte) and returning the length read, or 0 when none starts there.
std::size_t decode_reference(std::string_view text, std::size_t i, std::string& out) {
    if (text[i] != '&' || i + 1 >= text.size()) return 0;
    std::size_t j = i + 1;
    if (text[j] == '#') {
        ++j;
        const bool hex = j < text.size() && (text[j] == 'x' || text[j] == 'X');
        if (hex) ++j;
        std::uint32_t value = 0;
        const std::size_t digits = j;
        while (j < text.size() && (hex ? is_hex(text[j]) : std::isdigit(static_cast<unsigned char>(text[j])) != 0)) {
            const int digit = std::isdigit(static_cast<unsigned char>(text[j]))
                                  ? text[j] - '0'
                                  : lower(text[j]) - 'a' + 10;
            if (value < 0x110000) value = value * (hex ? 16 : 10) + static_cast<std::uint32_t>(digit);
            ++j;
        }
        if (j == digits) return 0;
        if (j < text.size() && text[j] == ';') ++j;
        out += value < 0x80 ? static_cast<char>(value) : '\x80';
        return j - i;
    }
    for (const NamedReference& named : kNamed) {
        const std::string_view rest = text.substr(j);
        if (rest.size() >= named.name.size()) {
            bool same = true;
            for (std::size_t k = 0; k < named.name.size(); ++k) same = same && lower(rest[k]) == named.name[k];
            if (same) {
                std::size_t length = 1 + named.name.size();
                if (i + length < text.size() && text[i + length] == ';') ++length;
                out += named.value;
                return length;
            }
        }
    }
    return 0;
}

/// The URL as a browser's URL parser sees its start: references decoded, tabs and line ends
/// removed, leading C0 controls and spaces stripped, lower case; enough of it to hold a
/// scheme and a `data:` media type.
std::string normalised_start(std::string_view url) {
    std::string decoded;
    for (std::size_t i = 0; i < url.size() && decoded.size() < 64;) {
        if (const std::size_t length = decode_reference(url, i, decoded)) {
            i += length;
            continue;
        }
        decoded += url[i++];
    }
    std::string out;
    for (const char c : decoded) {
        if (c == '\t' || c == '\n' || c == '\r') continue;
        if (out.empty() && static_cast<unsigned char>(c) <= 0x20) continue;
        out += lower(c);
    }
    return out;
}

bool safe_data_url(std::string_view rest) {
    for (const std::string_view type : {"image/png", "image/jpeg", "image/jpg", "image/gif",
                                        "image/webp", "image/avif", "image/bmp"}) {
        if (rest.substr(0, type.size()) == type &&
            (rest.size() == type.size() || rest[type.size()] == ';' || rest[type.size()] == ','))
            return true;
    }
    return false;
}

bool is_scheme_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '+' || c == '-' || c == '.';
}

bool same_ignoring_ascii_case(std::string_view a, std::string_view lower_b) {
    if (a.size() != lower_b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (lower(a[i]) != lower_b[i]) return false;
    }
    return true;
}

/// True when `url` is safe as written, seen without decoding: it starts with scheme
/// characters up to something that ends them (a `:` after a scheme other than the dangerous
/// ones, or a `/`, `?`, `#` ... of a relative URL). False when that takes the full check: a
/// reference (`&`), a control or space that the URL parser drops, a dangerous-looking scheme.
/// Nearly every URL of an article is decided here, without `normalised_start`'s copy.
bool plainly_safe(std::string_view url) {
    constexpr std::size_t kLooked = 48;  // within what normalised_start keeps
    for (std::size_t i = 0; i < url.size() && i < kLooked; ++i) {
        const char c = url[i];
        if (is_scheme_char(c)) continue;
        if (c == '&' || static_cast<unsigned char>(c) <= 0x20) return false;
        if (c != ':') return true;  // the scheme, if any, would hold `c`
        const std::string_view scheme = url.substr(0, i);
        for (const std::string_view dangerous : {"javascript", "vbscript", "livescript", "data"}) {
            if (same_ignoring_ascii_case(scheme, dangerous)) return false;
        }
        return true;
    }
    return url.size() < kLooked;  // no `:` at all: a relative URL
}

}  // namespace

std::string dangerous_url_scheme(std::string_view url) {
    if (plainly_safe(url)) return {};
    const std::string start = normalised_start(url);
    const std::size_t colon = start.find(':');
    if (colon == std::string::npos || colon == 0) return {};
    const std::string_view scheme = std::string_view(start).substr(0, colon);
    for (const char c : scheme) {
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '+' && c != '-' && c != '.') return {};
    }
    if (scheme == "javascript" || scheme == "vbscript" || scheme == "livescript") return std::string(scheme);
    if (scheme == "data") {
        std::string_view rest = std::string_view(start).substr(colon + 1);
        while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
        if (safe_data_url(rest)) return {};
        const std::size_t end = rest.find_first_of(";,");
        const std::string_view type = rest.substr(0, end);
        return type.empty() ? std::string("data") : "data:" + std::string(type);
    }
    return {};
}

bool is_dangerous_url(std::string_view url) { return !dangerous_url_scheme(url).empty(); }

bool is_dangerous_style(std::string_view css) {
    // CSS as the browser reads it: comments dropped, `\XX ` escapes decoded, case folded.
    std::string plain;
    for (std::size_t i = 0; i < css.size();) {
        if (css.substr(i, 2) == "/*") {
            const std::size_t end = css.find("*/", i + 2);
            i = end == std::string_view::npos ? css.size() : end + 2;
            continue;
        }
        if (css[i] == '\\' && i + 1 < css.size()) {
            std::size_t j = i + 1;
            std::uint32_t value = 0;
            while (j < css.size() && j < i + 7 && is_hex(css[j])) {
                const char c = lower(css[j]);
                value = value * 16 + static_cast<std::uint32_t>(std::isdigit(static_cast<unsigned char>(c)) ? c - '0' : c - 'a' + 10);
                ++j;
            }
            if (j == i + 1) {
                plain += lower(css[j]);
                i = j + 1;
                continue;
            }
            if (j < css.size() && (css[j] == ' ' || css[j] == '\t' || css[j] == '\n')) ++j;
            plain += value < 0x80 ? lower(static_cast<char>(value)) : '\x80';
            i = j;
            continue;
        }
        plain += lower(css[i++]);
    }
    if (plain.find("expression(") != std::string::npos) return true;
    if (plain.find("-moz-binding") != std::string::npos) return true;
    if (plain.find("behavior") != std::string::npos) return true;
    for (std::size_t at = plain.find("url("); at != std::string::npos; at = plain.find("url(", at + 4)) {
        std::size_t begin = at + 4;
        while (begin < plain.size() && (plain[begin] == ' ' || plain[begin] == '"' || plain[begin] == '\''))
            ++begin;
        const std::size_t end = plain.find_first_of(")\"'", begin);
        if (is_dangerous_url(std::string_view(plain).substr(begin, end == std::string::npos ? std::string::npos : end - begin)))
            return true;
    }
    // `@import` loads a style sheet whose content nobody checked.
    return plain.find("@import") != std::string::npos;
}

}  // namespace folio
