#include "src/urls/jekyll_permalink.hpp"

#include <array>
#include <cstdio>
#include <optional>

#include "src/urls/engine_slugs.hpp"
#include "src/urls/url_path.hpp"

namespace folio {

namespace {

Date date_on(int year, int month, int day) {
    Date date;
    date.year = year;
    date.month = month;
    date.day = day;
    return date;
}

constexpr std::array<std::string_view, 12> kMonths{
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};
constexpr std::array<std::string_view, 7> kWeekdays{"Sunday",   "Monday", "Tuesday", "Wednesday",
                                                    "Thursday", "Friday", "Saturday"};

std::string padded(int n, int width) {
    std::array<char, 16> buffer{};
    std::snprintf(buffer.data(), buffer.size(), "%0*d", width, n);
    return buffer.data();
}

bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int day_of_year(const Date& date) {
    constexpr std::array<int, 12> kBefore{0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
    return kBefore[static_cast<std::size_t>(date.month - 1)] + date.day +
           (date.month > 2 && is_leap(date.year) ? 1 : 0);
}

int weekday(int year, int month, int day) {  // 0 = Sunday
    constexpr std::array<int, 12> kOffsets{0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
    const int y = month < 3 ? year - 1 : year;
    return (y + y / 4 - y / 100 + y / 400 + kOffsets[static_cast<std::size_t>(month - 1)] + day) %
           7;
}

// ISO 8601 week-numbering year and week (strftime's %G and %V, which Jekyll's `:w_year` and
// `:week` use): week 1 is the one with the year's first Thursday.
struct IsoWeek {
    int year;
    int week;
};

int iso_weeks_in(int year) {
    const int jan1 = weekday(year, 1, 1);
    return (jan1 == 4 || (jan1 == 3 && is_leap(year))) ? 53 : 52;
}

IsoWeek iso_week(const Date& date) {
    const int iso_day = (weekday(date.year, date.month, date.day) + 6) % 7 + 1;  // Monday = 1
    const int week = (day_of_year(date) - iso_day + 10) / 7;
    if (week < 1) return {date.year - 1, iso_weeks_in(date.year - 1)};
    if (week > iso_weeks_in(date.year)) return {date.year + 1, 1};
    return {date.year, week};
}

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
    const auto month_name = kMonths[static_cast<std::size_t>(date.month - 1)];
    const auto day_name = kWeekdays[static_cast<std::size_t>(weekday(date.year, date.month, date.day))];
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
