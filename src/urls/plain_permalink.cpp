#include "src/urls/plain_permalink.hpp"

#include <cctype>

#include "src/text/slug.hpp"
#include "src/urls/calendar.hpp"

namespace folio {

bool is_plain_permalink_token(std::string_view name) {
    for (const std::string_view known : {"slug", "title", "year", "month", "day", "section", "filename"}) {
        if (name == known) return true;
    }
    return false;
}

std::string expand_plain_permalink(std::string_view pattern, const PageFacts& page) {
    std::string out;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] != ':') {
            out += pattern[i];
            continue;
        }
        std::size_t end = i + 1;
        while (end < pattern.size() && std::isalpha(static_cast<unsigned char>(pattern[end]))) ++end;
        const std::string_view token = pattern.substr(i + 1, end - i - 1);
        std::string value;
        if (token == "slug") value = page.front_matter_slug.empty() ? page.file_name : page.front_matter_slug;
        else if (token == "title") value = unicode_slug(page.title);
        else if (token == "year") value = page.date ? padded(page.date->year, 4) : "0000";
        else if (token == "month") value = page.date ? padded(page.date->month, 2) : "00";
        else if (token == "day") value = page.date ? padded(page.date->day, 2) : "00";
        else if (token == "section") value = page.folders.empty() ? "posts" : page.folders.front();
        else if (token == "filename") value = page.file_name;
        else {
            out += ':';
            continue;
        }
        out += value;
        i += token.size();
    }
    return out;
}

}  // namespace folio
