#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "src/ast/date.hpp"

namespace folio {

struct ZoneRules;

/// The zone in which dates without an offset are read: `2025-12-21` is midnight there and
/// `2025-12-21T10:00` is ten o'clock there. UTC, a fixed offset, or an IANA zone whose offset
/// depends on the date (summer time), looked up in the system's zone database
/// (`/usr/share/zoneinfo`, Debian `tzdata`). A small value: copy it freely.
class TimeZone {
public:
    /// UTC.
    TimeZone() = default;

    /// `UTC` (also `Z`, `Etc/UTC` and the empty string), a fixed offset (`+01:00`, `-0530`,
    /// `+02`), or an IANA name (`Europe/Amsterdam`) present in the zone database. Empty for
    /// anything else; `time_zone_problem` says why.
    static std::optional<TimeZone> parse(std::string_view name);

    /// Minutes east of UTC in effect at the local wall-clock time of `date` (its time of day,
    /// or midnight for a date-only value; its own offset, if any, is ignored) on its own
    /// calendar date, so summer time is applied for summer dates. A wall time that occurs twice
    /// when the clocks go back gets the later (standard-time) offset; one skipped when they go
    /// forward gets the offset from before the change. Either way the result is a real instant.
    /// Pure: the zone's rules were read once, by `parse`.
    int offset_at_local(const Date& date) const;

    /// Minutes east of UTC in force at the instant `utc_seconds` (summer time applied).
    int offset_at_instant(std::int64_t utc_seconds) const;

    /// True for UTC itself (not for a fixed `+00:00`, which keeps being written that way).
    bool is_utc() const { return name_ == "UTC"; }

    /// The name as given, or `UTC`.
    const std::string& name() const { return name_; }

private:
    std::string name_ = "UTC";
    std::optional<int> fixed_minutes_ = 0;    ///< empty for an IANA zone
    std::shared_ptr<const ZoneRules> rules_;  ///< an IANA zone's transitions, shared by copies
};

/// Why `name` is not a usable time zone, or empty when `TimeZone::parse` accepts it.
std::string time_zone_problem(std::string_view name);

/// `date` with a time and an offset: a date-only value becomes midnight in `zone`, an
/// offset-less time gets `zone`'s offset on that date (written `Z` when the zone is UTC); a date
/// that has an offset is returned as it is.
Date place_in_zone(const Date& date, const TimeZone& zone);

/// `date` as `zone`'s wall clock shows it, the way Jekyll dates a post's URL in the site's
/// `timezone`: a date with an offset moved to the zone (the result has the zone's offset at that
/// instant); a date-only or offset-less one as written, since it is read in the zone already.
Date in_zone(const Date& date, const TimeZone& zone);

}  // namespace folio
