#include "src/urls/calendar.hpp"

#include <cstdio>

namespace folio {

namespace {

bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int iso_weeks_in(int year) {
    const int jan1 = weekday(year, 1, 1);
    return (jan1 == 4 || (jan1 == 3 && is_leap(year))) ? 53 : 52;
}

}  // namespace

Date date_on(int year, int month, int day) {
    Date date;
    date.year = year;
    date.month = month;
    date.day = day;
    return date;
}

std::string padded(int n, int width) {
    std::array<char, 16> buffer{};
    std::snprintf(buffer.data(), buffer.size(), "%0*d", width, n);
    return buffer.data();
}

int day_of_year(const Date& date) {
    constexpr std::array<int, 12> kBefore{0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
    return kBefore[static_cast<std::size_t>(date.month - 1)] + date.day +
           (date.month > 2 && is_leap(date.year) ? 1 : 0);
}

int weekday(int year, int month, int day) {
    // Sakamoto's method.
    constexpr std::array<int, 12> kOffsets{0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
    const int y = month < 3 ? year - 1 : year;
    return (y + y / 4 - y / 100 + y / 400 + kOffsets[static_cast<std::size_t>(month - 1)] + day) % 7;
}

IsoWeek iso_week(const Date& date) {
    const int iso_day = (weekday(date.year, date.month, date.day) + 6) % 7 + 1;  // Monday = 1
    const int week = (day_of_year(date) - iso_day + 10) / 7;
    if (week < 1) return {date.year - 1, iso_weeks_in(date.year - 1)};
    if (week > iso_weeks_in(date.year)) return {date.year + 1, 1};
    return {date.year, week};
}

}  // namespace folio
