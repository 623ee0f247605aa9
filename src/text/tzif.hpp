#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace folio {

/// A POSIX TZ rule such as `CET-1CEST,M3.5.0,M10.5.0/3`: the offsets of standard and summer
/// time and when each year summer time starts and ends. TZif files end with one, for the years
/// after their last listed transition.
struct PosixZoneRule {
    /// One end of summer time: `Mm.w.d` (day d of week w of month m, week 5 the last),
    /// `Jn` (day 1..365, never counting 29 February) or `n` (day 0..365), at `seconds` local time.
    struct Change {
        char kind = 'M';  ///< 'M', 'J' or 'n'
        int month = 0;
        int week = 0;
        int weekday = 0;
        int day = 0;
        std::int64_t seconds = 2 * 3600;
    };
    int standard_offset = 0;  ///< seconds east of UTC
    bool has_summer_time = false;
    int summer_offset = 0;
    Change start;
    Change end;

    /// Seconds east of UTC in force at the instant `utc` (seconds since the Unix epoch).
    int offset_at_utc(std::int64_t utc) const;
};

/// `CET-1CEST,M3.5.0,M10.5.0/3` as a rule; empty when it is not one this reader understands.
std::optional<PosixZoneRule> parse_posix_zone_rule(std::string_view text);

/// The offsets of one IANA zone over time, from its compiled TZif file (RFC 8536): every
/// listed transition and the footer rule for the years after the last one.
struct ZoneRules {
    std::vector<std::int64_t> transitions;  ///< UTC seconds, ascending
    std::vector<int> offsets;               ///< seconds east of UTC from each transition on
    int initial_offset = 0;                 ///< before the first transition
    std::optional<PosixZoneRule> rule;      ///< after the last transition, when the file has one

    /// Seconds east of UTC in force at the instant `utc`.
    int offset_at_utc(std::int64_t utc) const;
};

/// Reads a TZif file (version 1, 2, 3 or 4; the 64-bit data block when there is one). Empty
/// when `bytes` is not a TZif file or is cut short.
std::optional<ZoneRules> parse_tzif(std::string_view bytes);

}  // namespace folio
