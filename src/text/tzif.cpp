#include "src/text/tzif.hpp"

#include <algorithm>
#include <cstddef>

#include "src/ast/date.hpp"

namespace folio {

namespace {

std::int64_t floor_div(std::int64_t a, std::int64_t b) {
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

std::int64_t days_from_civil(int year, int month, int day) {
    Date date;
    date.year = year;
    date.month = month;
    date.day = day;
    return floor_div(to_unix_seconds(date), 86400);
}

bool is_leap_year(int year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int days_in_month(int year, int month) {
    constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && is_leap_year(year) ? 29 : kDays[month - 1];
}

// The calendar year an instant falls in (the instant already shifted to local time).
int year_of(std::int64_t local_seconds) {
    const std::int64_t days = floor_div(local_seconds, 86400);
    int year = 1970 + static_cast<int>(floor_div(days * 400, 146097));
    while (days_from_civil(year, 1, 1) > days) --year;
    while (days_from_civil(year + 1, 1, 1) <= days) ++year;
    return year;
}

// Local seconds (as if UTC) at which `change` happens in `year`.
std::int64_t local_change(int year, const PosixZoneRule::Change& change) {
    std::int64_t day = 0;
    if (change.kind == 'M') {
        const std::int64_t first = days_from_civil(year, change.month, 1);
        const int first_weekday = static_cast<int>(((first % 7) + 7 + 4) % 7);  // 1970-01-01: Thu
        int offset = (change.weekday - first_weekday + 7) % 7 + (change.week - 1) * 7;
        while (offset >= days_in_month(year, change.month)) offset -= 7;  // week 5: the last
        day = first + offset;
    } else if (change.kind == 'J') {
        // Day 1..365 in a calendar without 29 February.
        const int index = change.day - 1 + (is_leap_year(year) && change.day >= 60 ? 1 : 0);
        day = days_from_civil(year, 1, 1) + index;
    } else {
        day = days_from_civil(year, 1, 1) + change.day;
    }
    return day * 86400 + change.seconds;
}

// A cursor over the rule text; every reader leaves the position alone on a mismatch.
class RuleScanner {
public:
    explicit RuleScanner(std::string_view text) : text_(text) {}

    bool at_end() const { return pos_ == text_.size(); }
    char peek() const { return at_end() ? '\0' : text_[pos_]; }
    bool accept(char c) {
        if (peek() != c) return false;
        ++pos_;
        return true;
    }

    // `CET` or `<+0330>`: a zone abbreviation, which only names the offset after it.
    bool name() {
        if (accept('<')) {
            const std::size_t close = text_.find('>', pos_);
            if (close == std::string_view::npos) return false;
            pos_ = close + 1;
            return true;
        }
        const std::size_t start = pos_;
        while (!at_end() &&
               ((peek() >= 'A' && peek() <= 'Z') || (peek() >= 'a' && peek() <= 'z'))) {
            ++pos_;
        }
        return pos_ - start >= 3;
    }

    // `[+-]hh[:mm[:ss]]` in seconds, hours up to `max_hours`.
    bool duration(std::int64_t& out, int max_hours) {
        bool negative = false;
        if (accept('-'))
            negative = true;
        else
            accept('+');
        std::int64_t total = 0;
        int value = 0;
        if (!number(value) || value > max_hours) return false;
        total = value * 3600;
        if (accept(':')) {
            if (!number(value) || value > 59) return false;
            total += value * 60;
            if (accept(':')) {
                if (!number(value) || value > 59) return false;
                total += value;
            }
        }
        out = negative ? -total : total;
        return true;
    }

    bool number(int& out) {
        const std::size_t start = pos_;
        int value = 0;
        while (!at_end() && peek() >= '0' && peek() <= '9' && pos_ - start < 4) {
            value = value * 10 + (peek() - '0');
            ++pos_;
        }
        out = value;
        return pos_ > start;
    }

    bool change(PosixZoneRule::Change& out) {
        if (accept('M')) {
            out.kind = 'M';
            if (!number(out.month) || !accept('.') || !number(out.week) || !accept('.') ||
                !number(out.weekday)) {
                return false;
            }
            if (out.month < 1 || out.month > 12 || out.week < 1 || out.week > 5 ||
                out.weekday > 6) {
                return false;
            }
        } else if (accept('J')) {
            out.kind = 'J';
            if (!number(out.day) || out.day < 1 || out.day > 365) return false;
        } else {
            out.kind = 'n';
            if (!number(out.day) || out.day > 365) return false;
        }
        // RFC 8536 allows times from -167 to 167 hours (a change "at 25:00" of the day before).
        if (accept('/')) return duration(out.seconds, 167);
        out.seconds = 2 * 3600;
        return true;
    }

private:
    std::string_view text_;
    std::size_t pos_ = 0;
};

// Big-endian reads over the file; `ok` turns false for good once the bytes run out.
class ByteReader {
public:
    explicit ByteReader(std::string_view bytes) : bytes_(bytes) {}

    bool ok() const { return ok_; }
    std::size_t position() const { return pos_; }
    void skip(std::uint64_t count) {
        if (count > bytes_.size() - pos_) {
            ok_ = false;
            pos_ = bytes_.size();
            return;
        }
        pos_ += static_cast<std::size_t>(count);
    }
    std::uint64_t unsigned_value(int size) {
        if (static_cast<std::size_t>(size) > bytes_.size() - pos_) {
            ok_ = false;
            return 0;
        }
        std::uint64_t value = 0;
        for (int i = 0; i < size; ++i)
            value = (value << 8) | static_cast<unsigned char>(bytes_[pos_++]);
        return value;
    }
    std::int64_t signed_value(int size) {
        const std::uint64_t raw = unsigned_value(size);
        if (size == 8) return static_cast<std::int64_t>(raw);
        return static_cast<std::int32_t>(static_cast<std::uint32_t>(raw));
    }
    std::string_view rest() const { return bytes_.substr(pos_); }

private:
    std::string_view bytes_;
    std::size_t pos_ = 0;
    bool ok_ = true;
};

struct Counts {
    std::uint64_t isut = 0, isstd = 0, leap = 0, time = 0, type = 0, chars = 0;
};

bool read_header(ByteReader& in, char& version, Counts& counts) {
    if (in.rest().substr(0, 4) != "TZif") return false;
    in.skip(4);
    version = static_cast<char>(in.unsigned_value(1));
    in.skip(15);
    counts.isut = in.unsigned_value(4);
    counts.isstd = in.unsigned_value(4);
    counts.leap = in.unsigned_value(4);
    counts.time = in.unsigned_value(4);
    counts.type = in.unsigned_value(4);
    counts.chars = in.unsigned_value(4);
    return in.ok() && counts.type >= 1;
}

}  // namespace

int PosixZoneRule::offset_at_utc(std::int64_t utc) const {
    if (!has_summer_time) return standard_offset;
    const int year = year_of(utc + standard_offset);
    const std::int64_t starts = local_change(year, start) - standard_offset;
    const std::int64_t ends = local_change(year, end) - summer_offset;
    // Southern zones have summer time across the new year: start after end in the same year.
    const bool summer =
        starts < ends ? (utc >= starts && utc < ends) : !(utc >= ends && utc < starts);
    return summer ? summer_offset : standard_offset;
}

std::optional<PosixZoneRule> parse_posix_zone_rule(std::string_view text) {
    RuleScanner in(text);
    PosixZoneRule rule;
    std::int64_t offset = 0;
    if (!in.name() || !in.duration(offset, 24)) return std::nullopt;
    // POSIX counts hours west of Greenwich: `CET-1` is one hour east.
    rule.standard_offset = static_cast<int>(-offset);
    if (in.at_end()) return rule;
    if (!in.name()) return std::nullopt;
    rule.has_summer_time = true;
    rule.summer_offset = rule.standard_offset + 3600;
    if (in.peek() != ',' && !in.at_end()) {
        if (!in.duration(offset, 24)) return std::nullopt;
        rule.summer_offset = static_cast<int>(-offset);
    }
    if (in.at_end()) {
        // No dates given: POSIX leaves them to the implementation; glibc uses the US rules.
        rule.start = {'M', 3, 2, 0, 0, 2 * 3600};
        rule.end = {'M', 11, 1, 0, 0, 2 * 3600};
        return rule;
    }
    if (!in.accept(',') || !in.change(rule.start) || !in.accept(',') || !in.change(rule.end) ||
        !in.at_end()) {
        return std::nullopt;
    }
    return rule;
}

int ZoneRules::offset_at_utc(std::int64_t utc) const {
    if (transitions.empty() || utc < transitions.front()) {
        return transitions.empty() && rule ? rule->offset_at_utc(utc) : initial_offset;
    }
    if (utc >= transitions.back() && rule) return rule->offset_at_utc(utc);
    const auto after = std::upper_bound(transitions.begin(), transitions.end(), utc);
    return offsets[static_cast<std::size_t>(after - transitions.begin() - 1)];
}

std::optional<ZoneRules> parse_tzif(std::string_view bytes) {
    ByteReader in(bytes);
    char version = 0;
    Counts counts;
    if (!read_header(in, version, counts)) return std::nullopt;
    int time_size = 4;
    if (version >= '2') {
        // Version 2+ repeats the data with 64-bit times after the 32-bit block: skip to it.
        in.skip(counts.time * 5 + counts.type * 6 + counts.chars + counts.leap * 8 + counts.isstd +
                counts.isut);
        if (!read_header(in, version, counts)) return std::nullopt;
        time_size = 8;
    }
    ZoneRules zone;
    std::vector<std::int64_t> times;
    for (std::uint64_t i = 0; i < counts.time && in.ok(); ++i)
        times.push_back(in.signed_value(time_size));
    std::vector<std::size_t> indexes;
    for (std::uint64_t i = 0; i < counts.time && in.ok(); ++i) {
        indexes.push_back(static_cast<std::size_t>(in.unsigned_value(1)));
    }
    std::vector<int> type_offsets;
    for (std::uint64_t i = 0; i < counts.type && in.ok(); ++i) {
        type_offsets.push_back(static_cast<int>(in.signed_value(4)));
        in.skip(2);  // isdst, abbreviation index: the offset is all a date needs
    }
    in.skip(counts.chars + counts.leap * static_cast<std::uint64_t>(time_size + 4) + counts.isstd +
            counts.isut);
    if (!in.ok()) return std::nullopt;
    for (std::size_t i = 0; i < times.size(); ++i) {
        if (indexes[i] >= type_offsets.size()) return std::nullopt;
        if (!zone.transitions.empty() && times[i] <= zone.transitions.back()) return std::nullopt;
        zone.transitions.push_back(times[i]);
        zone.offsets.push_back(type_offsets[indexes[i]]);
    }
    // RFC 8536: times before the first transition use the first time type.
    zone.initial_offset = type_offsets.front();
    if (version >= '2') {
        const std::string_view footer = in.rest();
        if (footer.size() >= 2 && footer.front() == '\n') {
            const std::size_t close = footer.find('\n', 1);
            if (close != std::string_view::npos && close > 1) {
                zone.rule = parse_posix_zone_rule(footer.substr(1, close - 1));
            }
        }
    }
    return zone;
}

}  // namespace folio
