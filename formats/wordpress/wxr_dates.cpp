#include "formats/wordpress/wxr_dates.hpp"

namespace folio {

std::optional<Date> wordpress_date(std::string_view local, std::string_view gmt) {
    if (gmt.starts_with("0000-00-00")) return std::nullopt;
    std::optional<Date> date = parse_date(local);
    if (!date || date->year == 0 || !date_problem(*date).empty()) return std::nullopt;
    date->has_time = true;
    const std::optional<Date> utc = parse_date(gmt);
    if (!utc || utc->year == 0) return date;
    // Offsets are whole minutes; WordPress's are whole quarter hours at most.
    const std::int64_t difference = to_unix_seconds(*date, 0) - to_unix_seconds(*utc, 0);
    date->offset_minutes = static_cast<int>(difference / 60);
    date->offset_is_z = difference == 0;
    return date;
}

}  // namespace folio
