#include "src/text/time_zone.hpp"

#include <fstream>
#include <iterator>

#include "src/text/tzif.hpp"

namespace folio {

namespace {

constexpr std::string_view kZoneDirectory = "/usr/share/zoneinfo/";

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// `+01:00`, `-0530`, `+02`: minutes east of UTC, or empty when `text` is not such an offset.
std::optional<int> parse_fixed_offset(std::string_view text) {
    if (text.size() < 3 || (text[0] != '+' && text[0] != '-')) return std::nullopt;
    if (!is_digit(text[1]) || !is_digit(text[2])) return std::nullopt;
    const int hours = (text[1] - '0') * 10 + (text[2] - '0');
    std::string_view rest = text.substr(3);
    if (!rest.empty() && rest[0] == ':') rest.remove_prefix(1);
    int minutes = 0;
    if (!rest.empty()) {
        if (rest.size() != 2 || !is_digit(rest[0]) || !is_digit(rest[1])) return std::nullopt;
        minutes = (rest[0] - '0') * 10 + (rest[1] - '0');
    } else if (text.size() > 3) {
        return std::nullopt;  // a colon with nothing after it
    }
    if (hours > 23 || minutes > 59) return std::nullopt;
    const int total = hours * 60 + minutes;
    return text[0] == '-' ? -total : total;
}

bool is_utc_name(std::string_view name) {
    return name.empty() || name == "UTC" || name == "Z" || name == "Etc/UTC" || name == "GMT" ||
           name == "Etc/GMT";
}

// Region/City names only: no way up or out of the zone folder, and nothing glibc would read as
// a POSIX rule (`CET-1CEST`) instead of a file.
bool is_safe_zone_name(std::string_view name) {
    if (name.empty() || name.front() == '/' || name.find("..") != std::string_view::npos) {
        return false;
    }
    for (const char c : name) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || is_digit(c) ||
                        c == '/' || c == '_' || c == '-' || c == '+';
        if (!ok) return false;
    }
    return true;
}

// The compiled zone, read once; empty when the file is missing or not a TZif file.
std::optional<ZoneRules> read_zone_file(std::string_view name) {
    std::ifstream file(std::string(kZoneDirectory) + std::string(name), std::ios::binary);
    if (!file) return std::nullopt;
    const std::string bytes((std::istreambuf_iterator<char>(file)),
                            std::istreambuf_iterator<char>());
    return parse_tzif(bytes);
}

}  // namespace

std::string time_zone_problem(std::string_view name) {
    if (is_utc_name(name) || parse_fixed_offset(name)) return {};
    if (name.front() == '+' || name.front() == '-') {
        return "time zone '" + std::string(name) +
               "' is not a UTC offset like +01:00 (hours 00-23, minutes 00-59)";
    }
    if (!is_safe_zone_name(name) || !read_zone_file(name)) {
        return "unknown time zone '" + std::string(name) +
               "': use UTC, an offset like +01:00, or an IANA name like Europe/Amsterdam "
               "(looked in " +
               std::string(kZoneDirectory) + ", Debian package tzdata)";
    }
    return {};
}

std::optional<TimeZone> TimeZone::parse(std::string_view name) {
    TimeZone zone;
    if (is_utc_name(name)) return zone;
    zone.name_ = std::string(name);
    zone.fixed_minutes_ = parse_fixed_offset(name);
    if (zone.fixed_minutes_) return zone;
    if (!is_safe_zone_name(name)) return std::nullopt;
    std::optional<ZoneRules> rules = read_zone_file(name);
    if (!rules) return std::nullopt;
    zone.rules_ = std::make_shared<const ZoneRules>(std::move(*rules));
    return zone;
}

int TimeZone::offset_at_local(const Date& date) const {
    if (fixed_minutes_) return *fixed_minutes_;
    Date wall = date;
    wall.offset_minutes.reset();
    // The wall-clock reading as if it were UTC; the offset that maps it back to an instant is
    // the one in force at that instant, found in two steps (a guess from the wall time, then
    // the offset at the instant the guess gives).
    const std::int64_t local = to_unix_seconds(wall, 0);
    const int guess = rules_->offset_at_utc(local - rules_->offset_at_utc(local));
    return guess / 60;
}

int TimeZone::offset_at_instant(std::int64_t utc_seconds) const {
    if (fixed_minutes_) return *fixed_minutes_;
    return rules_->offset_at_utc(utc_seconds) / 60;
}

Date in_zone(const Date& date, const TimeZone& zone) {
    if (!date.has_time || !date.offset_minutes) return date;
    const std::int64_t instant = to_unix_seconds(date);
    Date moved = date_from_unix_seconds(instant, zone.offset_at_instant(instant));
    moved.nanosecond = date.nanosecond;
    moved.fraction_digits = date.fraction_digits;
    moved.offset_is_z = false;
    return moved;
}

Date place_in_zone(const Date& date, const TimeZone& zone) {
    if (date.offset_minutes) return date;
    Date placed = at_midnight(date, zone.offset_at_local(date));
    placed.offset_is_z = zone.is_utc();
    return placed;
}

}  // namespace folio
