#include "src/urls/hugo_permalink.hpp"

#include <cctype>

#include "src/urls/calendar.hpp"
#include "src/urls/engine_slugs.hpp"

namespace folio {

namespace {

std::string_view token_at(std::string_view pattern, std::size_t pos) {
    std::size_t end = pos;
    while (end < pattern.size() && std::isalpha(static_cast<unsigned char>(pattern[end]))) ++end;
    return pattern.substr(pos, end - pos);
}

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// A value a permalink pattern puts in the URL. Hugo 0.111 reads it as a query string does
// before urlizing it: `+` is a space and `%XX` is decoded, so the title `C++ Tips` gives
// `c-tips` and the slug `x%20y` gives `x-y` (measured with Debian's hugo 0.111.3;
// tests/urls/engine_agreement_test.cpp), where the default path keeps both as written.
std::string urlized(std::string_view text) {
    std::string unescaped;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '+') {
            unescaped += ' ';
        } else if (text[i] == '%' && i + 2 < text.size() && hex_digit(text[i + 1]) >= 0 &&
                   hex_digit(text[i + 2]) >= 0) {
            unescaped += static_cast<char>(hex_digit(text[i + 1]) * 16 + hex_digit(text[i + 2]));
            i += 2;
        } else {
            unescaped += text[i];
        }
    }
    return hugo_urlize(unescaped);
}

std::string slug_or_title(const PageFacts& page) {
    return urlized(page.front_matter_slug.empty() ? page.title : page.front_matter_slug);
}

// Hugo's `:sections` and `:section` are the content folders, the bundle's own excluded.
std::string sections(const PageFacts& page) {
    std::string out;
    for (const std::string& folder : page.folders) {
        if (!out.empty()) out += '/';
        out += hugo_urlize(folder);
    }
    return out;
}

// The value of `token`, or nullopt when Hugo has no such token.
std::optional<std::string> value_of(std::string_view token, const PageFacts& page) {
    // Go's zero time when the page has no date: Hugo expands `:year` to 0001.
    const Date date = page.date.value_or(date_on(1, 1, 1));
    if (token == "year") return padded(date.year, 4);
    if (token == "month") return padded(date.month, 2);
    if (token == "monthname") return std::string(kMonthNames[static_cast<std::size_t>(date.month - 1)]);
    if (token == "day") return padded(date.day, 2);
    if (token == "weekday") return std::to_string(weekday(date.year, date.month, date.day));
    if (token == "weekdayname") return std::string(kWeekdayNames[static_cast<std::size_t>(weekday(date.year, date.month, date.day))]);
    if (token == "yearday") return std::to_string(day_of_year(date));
    if (token == "section") return page.folders.empty() ? std::string{} : hugo_urlize(page.folders.front());
    if (token == "sections") return sections(page);
    if (token == "title") return urlized(page.title);
    if (token == "slug") return slug_or_title(page);
    if (token == "filename" || token == "contentbasename") return urlized(page.file_name);
    if (token == "slugorfilename" || token == "slugorcontentbasename") {
        return page.front_matter_slug.empty() ? urlized(page.file_name)
                                              : urlized(page.front_matter_slug);
    }
    return std::nullopt;
}

}  // namespace

bool is_hugo_permalink_token(std::string_view name) {
    return value_of(name, PageFacts{}).has_value();
}

std::string_view hugo_permalink_tokens() {
    return ":year :month :monthname :day :weekday :weekdayname :yearday :section :sections "
           ":title :slug :filename :slugorfilename :contentbasename :slugorcontentbasename";
}

std::string expand_hugo_permalink(std::string_view pattern, const PageFacts& page) {
    std::string out;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] != ':') {
            out += pattern[i];
            continue;
        }
        // The longest run of letters names the token, as Hugo's regexp `:\w+` does (without
        // the digits and underscores no token has).
        const std::string_view token = token_at(pattern, i + 1);
        if (const auto value = value_of(token, page)) {
            out += *value;
            i += token.size();
        } else {
            out += ':';
        }
    }
    // Hugo lowers the whole path it makes from a pattern (`:monthname` is `february` in the
    // URL), its default `disablePathToLower = false`.
    return lowercase_utf8(out);
}

std::string hugo_default_path(const PageFacts& page) {
    std::string out;
    for (const std::string& folder : page.folders) out += "/" + hugo_urlize(folder);
    out += "/";
    out += hugo_urlize(page.front_matter_slug.empty() ? page.file_name : page.front_matter_slug);
    return out;
}

}  // namespace folio
