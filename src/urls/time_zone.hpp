#pragma once

// A named time zone's offsets from UTC, for the engines that turn a post's date into the wall
// clock of the site's zone before they put it in a URL (Jekyll: `timezone` in _config.yml,
// else the building machine's, which is UTC on GitHub Pages and in CI).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "src/ast/date.hpp"

namespace folio {

/// Offsets of one zone, as the system's tz database (TZif files) gives them.
class TimeZone {
public:
    /// UTC: offset 0 at every instant.
    static TimeZone utc();
    /// The zone `name` (`Europe/Amsterdam`) from `zoneinfo`'s TZif file; nullopt when there is
    /// no such file or it is not TZif. Instants after the file's last transition keep its last
    /// offset (Debian's "fat" files list transitions up to 2037).
    static std::optional<TimeZone> load(std::string_view name,
                                        const std::string& zoneinfo = "/usr/share/zoneinfo");

    /// The offset from UTC in seconds at `unix_seconds`.
    std::int64_t offset_at(std::int64_t unix_seconds) const;

private:
    std::vector<std::int64_t> transitions_;  // ascending instants
    std::vector<std::int64_t> offsets_;      // the offset from each transition on
    std::int64_t initial_offset_ = 0;        // before the first transition
};

/// `date` as `zone`'s wall clock shows it: a date with an offset moved to the zone (the result
/// has the zone's offset); a date-only or floating one as written, since an engine reads it in
/// the zone already.
Date in_zone(const Date& date, const TimeZone& zone);

}  // namespace folio
