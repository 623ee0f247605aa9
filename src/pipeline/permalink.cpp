#include "src/pipeline/permalink.hpp"

#include <array>
#include <cctype>
#include <cstdio>

#include "src/pipeline/read_article.hpp"
#include "src/text/slug.hpp"

namespace folio {

namespace {

constexpr std::array<std::string_view, 7> kTokens{"slug", "title", "year", "month",
                                                  "day",  "section", "filename"};

std::string two_digits(int n) {
    std::array<char, 8> buffer{};
    std::snprintf(buffer.data(), buffer.size(), "%02d", n);
    return buffer.data();
}

std::string four_digits(int n) {
    std::array<char, 16> buffer{};
    std::snprintf(buffer.data(), buffer.size(), "%04d", n);
    return buffer.data();
}

// The token starting at `pattern[pos]` (after the colon): the longest known name there.
std::string_view token_at(std::string_view pattern, std::size_t pos) {
    std::size_t end = pos;
    while (end < pattern.size() && std::isalpha(static_cast<unsigned char>(pattern[end]))) ++end;
    return pattern.substr(pos, end - pos);
}

}  // namespace

std::string permalink_problem(std::string_view pattern) {
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] != ':') continue;
        const std::string_view token = token_at(pattern, i + 1);
        bool known = false;
        for (const auto t : kTokens) known = known || t == token;
        if (!known) {
            return "unknown permalink token ':" + std::string(token) +
                   "' (known: :slug :title :year :month :day :section :filename)";
        }
    }
    return {};
}

std::string expand_permalink(std::string_view pattern, const Article& article,
                             std::string_view section) {
    std::string out;
    if (pattern.empty() || pattern.front() != '/') out += '/';
    const std::optional<Date>& date = article.meta.date;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] != ':') {
            out += pattern[i];
            continue;
        }
        const std::string_view token = token_at(pattern, i + 1);
        if (token == "slug") out += article.slug;
        else if (token == "title") out += unicode_slug(article.meta.title);
        else if (token == "year") out += date ? four_digits(date->year) : "0000";
        else if (token == "month") out += date ? two_digits(date->month) : "00";
        else if (token == "day") out += date ? two_digits(date->day) : "00";
        else if (token == "section") out += section;
        else if (token == "filename") out += unicode_slug(article_stem(article.source.path));
        else {
            out += ':';
            continue;
        }
        i += token.size();
    }
    return out;
}

}  // namespace folio
