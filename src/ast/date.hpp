#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace folio {

/// A calendar date, optionally with a time of day and a UTC offset, exactly as precise as its
/// source: `2025-12-21` stays date-only, `2026-02-27T20:25:44.255Z` keeps its milliseconds and
/// its `Z`. Plain data; `==` compares every field, so `Z` and `+00:00` are different values.
struct Date {
    int year = 0;
    int month = 0;  ///< 1..12
    int day = 0;    ///< 1..31
    bool has_time = false;
    int hour = 0;
    int minute = 0;
    int second = 0;
    int nanosecond = 0;
    int fraction_digits = 0;  ///< digits written after the seconds (`.255` → 3); 0 writes none
    /// Minutes east of UTC; empty when the source gave none (a "local" or floating time).
    std::optional<int> offset_minutes;
    bool offset_is_z = false;  ///< offset written as `Z` rather than `+00:00`

    bool operator==(const Date&) const = default;
};

/// Parses RFC 3339 and the ISO 8601 / YAML 1.1 timestamp forms that front matter uses:
/// `2025-12-21`, `2025-12-21T10:00`, `2025-12-21 10:00:00`, `...44.255Z`, `...+01:00`,
/// `... +0100`. Syntax only: `2026-02-30` parses; `date_problem` says it is impossible.
/// Empty when the text is not a date at all.
std::optional<Date> parse_date(std::string_view text);

/// A date written with an English month name, as JavaScript's `Date` reads it and the Astro
/// blog template writes `pubDate`: `Jul 08 2022`, `July 8, 2022`, `8 Jul 2022`. Date-only; empty
/// when the text is not such a date. Read only where a key is known to hold a date.
std::optional<Date> parse_month_name_date(std::string_view text);

/// Why a syntactically valid date is impossible (`February 2026 has 28 days`), or empty.
std::string date_problem(const Date& date);

/// RFC 3339 as written by TOML and Atom: `2025-12-21` for a date-only value (Atom callers add a
/// time first with `at_midnight`), fraction digits and `Z`/offset as the value has them.
std::string format_rfc3339(const Date& date);

/// RFC 822 as RSS 2.0 wants it, `Sun, 21 Dec 2025 00:00:00 +0000`. A date-only or offset-less
/// value is placed in `default_offset_minutes` first.
std::string format_rfc822(const Date& date, int default_offset_minutes = 0);

/// A date as a reader of `language` writes it: `21 December 2025` (en), `21 december 2025` (nl).
/// Unknown languages fall back to ISO `2025-12-21`.
std::string format_human(const Date& date, std::string_view language);

/// The name of `month` (1..12) as `format_human` writes it in `language` (`december` in nl,
/// `December` in en); English for languages it does not know.
std::string human_month_name(int month, std::string_view language);

/// The same instant with a time and an offset: date-only becomes midnight, a missing offset
/// becomes `default_offset_minutes`.
Date at_midnight(const Date& date, int default_offset_minutes = 0);

/// Seconds since the Unix epoch, placing date-only and offset-less values as `at_midnight` does.
std::int64_t to_unix_seconds(const Date& date, int default_offset_minutes = 0);

/// The instant `seconds` after the Unix epoch as a clock `offset_minutes` east of UTC shows it,
/// to the second, with that offset (written `Z` when it is 0): the inverse of `to_unix_seconds`.
Date date_from_unix_seconds(std::int64_t seconds, int offset_minutes = 0);

}  // namespace folio
