#include "src/urls/time_zone.hpp"

#include <algorithm>
#include <array>
#include <fstream>
#include <sstream>

namespace folio {

namespace {

std::int64_t big_endian(const std::string& data, std::size_t at, std::size_t bytes) {
    std::uint64_t value = 0;
    for (std::size_t i = 0; i < bytes; ++i) value = (value << 8) | static_cast<unsigned char>(data[at + i]);
    // Sign-extend a 32-bit field.
    if (bytes == 4) return static_cast<std::int32_t>(static_cast<std::uint32_t>(value));
    return static_cast<std::int64_t>(value);
}

// Howard Hinnant's civil_from_days: the proleptic Gregorian date of day `z` after 1970-01-01.
void civil_from_days(std::int64_t z, int& year, int& month, int& day) {
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const std::int64_t doe = z - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
}

}  // namespace

TimeZone TimeZone::utc() { return TimeZone{}; }

std::optional<TimeZone> TimeZone::load(std::string_view name, const std::string& zoneinfo) {
    // A zone name is a relative path in the database; nothing may climb out of it.
    if (name.empty() || name.front() == '/' || name.find("..") != std::string_view::npos) {
        return std::nullopt;
    }
    std::ifstream in(zoneinfo + "/" + std::string(name), std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream buffer;
    buffer << in.rdbuf();
    const std::string data = buffer.str();
    // RFC 8536: a 44-byte header ("TZif", version, 15 unused, six counts), the version 1 data
    // block, then for version 2+ a second header and a block with 64-bit transition times.
    auto header_ok = [&data](std::size_t at) { return data.size() >= at + 44 && data.compare(at, 4, "TZif") == 0; };
    if (!header_ok(0)) return std::nullopt;
    auto counts = [&data](std::size_t at) {
        std::array<std::int64_t, 6> c{};
        for (std::size_t i = 0; i < 6; ++i) c[i] = big_endian(data, at + 20 + 4 * i, 4);
        return c;
    };
    std::size_t at = 0;
    std::size_t time_size = 4;
    std::array<std::int64_t, 6> c = counts(0);
    if (data[4] >= '2') {
        // Skip the version 1 block: isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt.
        const std::int64_t v1 = c[3] * 5 + c[4] * 6 + c[5] + c[2] * 8 + c[1] + c[0];
        at = 44 + static_cast<std::size_t>(v1);
        if (!header_ok(at)) return std::nullopt;
        c = counts(at);
        time_size = 8;
    }
    const auto timecnt = static_cast<std::size_t>(c[3]);
    const auto typecnt = static_cast<std::size_t>(c[4]);
    const std::size_t times_at = at + 44;
    const std::size_t indices_at = times_at + timecnt * time_size;
    const std::size_t types_at = indices_at + timecnt;
    if (typecnt == 0 || data.size() < types_at + typecnt * 6) return std::nullopt;
    TimeZone zone;
    std::vector<std::int64_t> type_offsets(typecnt);
    for (std::size_t i = 0; i < typecnt; ++i) type_offsets[i] = big_endian(data, types_at + 6 * i, 4);
    zone.initial_offset_ = type_offsets[0];
    for (std::size_t i = 0; i < timecnt; ++i) {
        const auto type = static_cast<unsigned char>(data[indices_at + i]);
        if (type >= typecnt) return std::nullopt;
        zone.transitions_.push_back(big_endian(data, times_at + i * time_size, time_size));
        zone.offsets_.push_back(type_offsets[type]);
    }
    return zone;
}

std::int64_t TimeZone::offset_at(std::int64_t unix_seconds) const {
    const auto after = std::upper_bound(transitions_.begin(), transitions_.end(), unix_seconds);
    if (after == transitions_.begin()) return initial_offset_;
    return offsets_[static_cast<std::size_t>(after - transitions_.begin() - 1)];
}

Date in_zone(const Date& date, const TimeZone& zone) {
    if (!date.has_time || !date.offset_minutes) return date;
    const std::int64_t instant = to_unix_seconds(date);
    const std::int64_t offset = zone.offset_at(instant);
    const std::int64_t local = instant + offset;
    std::int64_t days = local / 86400;
    std::int64_t seconds = local % 86400;
    if (seconds < 0) {
        seconds += 86400;
        days -= 1;
    }
    Date out = date;
    civil_from_days(days, out.year, out.month, out.day);
    out.hour = static_cast<int>(seconds / 3600);
    out.minute = static_cast<int>(seconds / 60 % 60);
    out.second = static_cast<int>(seconds % 60);
    out.offset_minutes = static_cast<int>(offset / 60);
    out.offset_is_z = false;
    return out;
}

}  // namespace folio
