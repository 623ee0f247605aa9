#include "src/urls/jekyll_permalink.hpp"

#include <optional>

#include "src/urls/calendar.hpp"
#include "src/urls/engine_slugs.hpp"
#include "src/urls/url_path.hpp"

namespace folio {

namespace {

std::string categories(const PageFacts& page) {
    // url_drop.rb: `category_set << category.to_s.downcase`, joined by `/`. The folders
    // around `_posts` come first: Jekyll merges the front matter's after them.
    std::vector<std::string> seen;
    auto add = [&seen](const std::string& category) {
        const std::string lowered = lowercase_utf8(category);
        for (const auto& s : seen) {
            if (s == lowered) return;
        }
        seen.push_back(lowered);
    };
    for (const auto& folder : page.folders) add(folder);
    for (const auto& category : page.categories) add(category);
    std::string out;
    for (const auto& s : seen) {
        if (!out.empty()) out += '/';
        out += s;
    }
    return out;
}

std::optional<std::string> value_of(std::string_view name, const PageFacts& page) {
    const Date date = page.date.value_or(date_on(1970, 1, 1));
    const std::string& slug_source =
        page.front_matter_slug.empty() ? page.file_name : page.front_matter_slug;
    if (name == "year") return padded(date.year, 4);
    if (name == "month") return padded(date.month, 2);
    if (name == "day") return padded(date.day, 2);
    if (name == "i_month") return std::to_string(date.month);
    if (name == "i_day") return std::to_string(date.day);
    if (name == "short_year") return padded(date.year % 100, 2);
    if (name == "hour") return padded(date.hour, 2);
    if (name == "minute") return padded(date.minute, 2);
    if (name == "second") return padded(date.second, 2);
    if (name == "y_day") return padded(day_of_year(date), 3);
    if (name == "week") return padded(iso_week(date).week, 2);
    if (name == "w_year") return std::to_string(iso_week(date).year);
    if (name == "w_day") {
        return std::to_string((weekday(date.year, date.month, date.day) + 6) % 7 + 1);
    }
    const auto month_name = kMonthNames[static_cast<std::size_t>(date.month - 1)];
    const auto day_name = kWeekdayNames[static_cast<std::size_t>(weekday(date.year, date.month, date.day))];
    // Jekyll 4.3 (Debian's, and the 4.x people run) writes `%b` and `%a`: `Apr`, `Wed`; later
    // versions uppercase them (`%^b`, `%^a`).
    if (name == "short_month") return std::string(month_name.substr(0, 3));
    if (name == "long_month") return std::string(month_name);
    if (name == "short_day") return std::string(day_name.substr(0, 3));
    if (name == "long_day") return std::string(day_name);
    if (name == "title") return jekyll_slugify(slug_source, JekyllSlugMode::pretty, true);
    if (name == "slug") return jekyll_slugify(slug_source, JekyllSlugMode::default_mode, false);
    if (name == "name") return jekyll_slugify(page.file_stem, JekyllSlugMode::default_mode, false);
    if (name == "categories") return categories(page);
    if (name == "output_ext") return std::string(".html");
    return std::nullopt;
}

bool is_placeholder_char(char c) { return (c >= 'a' && c <= 'z') || c == '_'; }

}  // namespace

bool is_jekyll_placeholder(std::string_view name) {
    return value_of(name, PageFacts{}).has_value();
}

std::string jekyll_permalink_pattern(std::string_view setting) {
    if (setting.empty() || setting == "date") return "/:categories/:year/:month/:day/:title:output_ext";
    if (setting == "pretty") return "/:categories/:year/:month/:day/:title/";
    if (setting == "ordinal") return "/:categories/:year/:y_day/:title:output_ext";
    if (setting == "weekdate") return "/:categories/:year/W:week/:short_day/:title:output_ext";
    if (setting == "none") return "/:categories/:title:output_ext";
    return std::string(setting);
}

std::string expand_jekyll_permalink(std::string_view pattern, const PageFacts& page) {
    // url.rb's `generate_url_from_drop`: `template.gsub(/:([a-z_]+)/)`, where a name ending in
    // `_` that is not a placeholder is tried without it (`:title_` in `:title_:year`).
    std::string out;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] != ':') {
            out += pattern[i];
            continue;
        }
        std::size_t end = i + 1;
        while (end < pattern.size() && is_placeholder_char(pattern[end])) ++end;
        std::string_view name = pattern.substr(i + 1, end - i - 1);
        std::optional<std::string> value = value_of(name, page);
        if (!value && name.ends_with('_')) {
            name.remove_suffix(1);
            value = value_of(name, page);
        }
        if (!value || name.empty()) {
            out += ':';
            continue;
        }
        out += *value;
        i += name.size();
    }
    return squeeze_slashes(out);
}

}  // namespace folio
