#pragma once

// The calendar arithmetic both engines' date placeholders need (day of the year, weekday,
// ISO week, names), for dates of the proleptic Gregorian calendar as Date holds them.

#include <array>
#include <string>
#include <string_view>

#include "src/ast/date.hpp"

namespace folio {

inline constexpr std::array<std::string_view, 12> kMonthNames{
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};
inline constexpr std::array<std::string_view, 7> kWeekdayNames{
    "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};

/// A date-only Date.
Date date_on(int year, int month, int day);

/// `n` in decimal, zero-padded to `width` digits.
std::string padded(int n, int width);

/// 1 for January 1st, up to 366.
int day_of_year(const Date& date);

/// 0 for Sunday up to 6 for Saturday (Go's time.Weekday, Ruby's wday).
int weekday(int year, int month, int day);

/// The ISO 8601 week-numbering year and week (strftime's `%G`, `%V`): week 1 holds the year's
/// first Thursday.
struct IsoWeek {
    int year;
    int week;
};
IsoWeek iso_week(const Date& date);

}  // namespace folio
