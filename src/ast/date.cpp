#include "src/ast/date.hpp"

#include <cctype>
#include <vector>

#include <array>
#include <cstdio>
#include <cstdlib>

namespace folio {

namespace {

constexpr std::array<std::string_view, 12> kEnglishMonths{
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

// Month names index by month - 1; a month outside 1..12 (never from a checked date) gets "?".
std::string_view english_month(int month) {
    if (month < 1 || month > 12) return "?";
    return kEnglishMonths[static_cast<std::size_t>(month - 1)];
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// A cursor over the text being parsed; every reader fails without moving on a mismatch.
class Scanner {
public:
    explicit Scanner(std::string_view text) : text_(text) {}

    bool at_end() const { return pos_ == text_.size(); }
    char peek() const { return at_end() ? '\0' : text_[pos_]; }
    char peek_at(std::size_t ahead) const {
        return pos_ + ahead < text_.size() ? text_[pos_ + ahead] : '\0';
    }
    void skip() { ++pos_; }

    bool accept(char c) {
        if (peek() != c) return false;
        ++pos_;
        return true;
    }

    // Exactly `count` digits, as front matter writes every date field zero-padded.
    bool digits(std::size_t count, int& out) {
        if (pos_ + count > text_.size()) return false;
        int value = 0;
        for (std::size_t i = 0; i < count; ++i) {
            const char c = text_[pos_ + i];
            if (!is_digit(c)) return false;
            value = value * 10 + (c - '0');
        }
        pos_ += count;
        out = value;
        return true;
    }

private:
    std::string_view text_;
    std::size_t pos_ = 0;
};

// `.255` → nanosecond 255000000 and 3 digits; more than nine digits cannot be kept exactly.
bool parse_fraction(Scanner& in, Date& date) {
    if (!in.accept('.')) return true;
    int digits = 0;
    int value = 0;
    while (is_digit(in.peek())) {
        if (digits == 9) return false;
        value = value * 10 + (in.peek() - '0');
        ++digits;
        in.skip();
    }
    if (digits == 0) return false;
    for (int i = digits; i < 9; ++i) value *= 10;
    date.nanosecond = value;
    date.fraction_digits = digits;
    return true;
}

// `Z`, `+01:00`, `+0100` or `+01`. Offset minutes above 59 are refused here rather than
// folded into hours, because the value could not be written back as it was read.
bool parse_offset(Scanner& in, Date& date) {
    if (in.accept('Z') || in.accept('z')) {
        date.offset_minutes = 0;
        date.offset_is_z = true;
        return true;
    }
    const char sign = in.peek();
    if (sign != '+' && sign != '-') return false;
    in.skip();
    int hours = 0;
    int minutes = 0;
    if (!in.digits(2, hours)) return false;
    if (in.accept(':')) {
        if (!in.digits(2, minutes)) return false;
    } else if (is_digit(in.peek())) {
        if (!in.digits(2, minutes)) return false;
    }
    if (minutes > 59) return false;
    const int total = hours * 60 + minutes;
    date.offset_minutes = sign == '-' ? -total : total;
    return true;
}

bool parse_time(Scanner& in, Date& date) {
    if (!in.digits(2, date.hour) || !in.accept(':') || !in.digits(2, date.minute)) return false;
    date.has_time = true;
    if (in.accept(':')) {
        if (!in.digits(2, date.second)) return false;
        if (!parse_fraction(in, date)) return false;
    }
    if (in.at_end()) return true;
    // YAML 1.1 timestamps allow a space before the zone: `2025-12-21 10:00:00 +0100`.
    if (in.peek() == ' ') in.skip();
    return parse_offset(in, date) && in.at_end();
}

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
    constexpr std::array<int, 12> kDays{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month == 2 && is_leap_year(year)) return 29;
    return kDays[static_cast<std::size_t>(month - 1)];
}

// Howard Hinnant's days_from_civil: days since 1970-01-01 in the proleptic Gregorian calendar.
std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d) {
    y -= m <= 2 ? 1 : 0;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

// Howard Hinnant's civil_from_days: the inverse of days_from_civil.
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

// 0 = Sunday. 1970-01-01 was a Thursday.
int weekday(const Date& date) {
    const std::int64_t days = days_from_civil(date.year, static_cast<unsigned>(date.month),
                                              static_cast<unsigned>(date.day));
    return static_cast<int>(((days % 7) + 7 + 4) % 7);
}

std::string two_digits(int value) {
    std::array<char, 8> buffer{};
    std::snprintf(buffer.data(), buffer.size(), "%02d", value);
    return buffer.data();
}

std::string iso_date(const Date& date) {
    std::array<char, 32> buffer{};
    std::snprintf(buffer.data(), buffer.size(), "%04d-%02d-%02d", date.year, date.month,
                  date.day);
    return buffer.data();
}

std::string signed_offset(int minutes, bool with_colon) {
    const char sign = minutes < 0 ? '-' : '+';
    const int magnitude = std::abs(minutes);
    return sign + two_digits(magnitude / 60) + (with_colon ? ":" : "") + two_digits(magnitude % 60);
}

// The primary subtag of `en-GB` / `nl_NL`, lower-cased.
std::string primary_language(std::string_view tag) {
    std::string out;
    for (const char c : tag) {
        if (c == '-' || c == '_') break;
        out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return out;
}

std::string month_name(std::string_view language, int month) {
    constexpr std::array<std::string_view, 12> kDutch{
        "januari", "februari", "maart",     "april",   "mei",      "juni",
        "juli",    "augustus", "september", "oktober", "november", "december"};
    constexpr std::array<std::string_view, 12> kGerman{
        "Januar", "Februar", "März",      "April",   "Mai",      "Juni",
        "Juli",   "August",  "September", "Oktober", "November", "Dezember"};
    constexpr std::array<std::string_view, 12> kFrench{
        "janvier", "février", "mars",      "avril",   "mai",      "juin",
        "juillet", "août",    "septembre", "octobre", "novembre", "décembre"};
    constexpr std::array<std::string_view, 12> kSpanish{
        "enero", "febrero", "marzo",      "abril",   "mayo",      "junio",
        "julio", "agosto",  "septiembre", "octubre", "noviembre", "diciembre"};
    const auto index = static_cast<std::size_t>(month - 1);
    if (language == "nl") return std::string(kDutch[index]);
    if (language == "de") return std::string(kGerman[index]);
    if (language == "fr") return std::string(kFrench[index]);
    if (language == "es") return std::string(kSpanish[index]);
    return std::string(english_month(month));
}

}  // namespace

std::optional<Date> parse_date(std::string_view text) {
    Scanner in(text);
    Date date;
    if (!in.digits(4, date.year) || !in.accept('-') || !in.digits(2, date.month) ||
        !in.accept('-') || !in.digits(2, date.day)) {
        return std::nullopt;
    }
    if (in.at_end()) return date;
    const char separator = in.peek();
    if (separator != 'T' && separator != 't' && separator != ' ') return std::nullopt;
    in.skip();
    if (!parse_time(in, date)) return std::nullopt;
    return date;
}

std::optional<Date> parse_month_name_date(std::string_view text) {
    // Three words: a month name (or its first three letters), a day, a year, in either of
    // the two orders English writes them; a comma after the day is allowed.
    std::vector<std::string> words;
    std::string word;
    for (const char c : std::string(text) + ' ') {
        if (c == ' ' || c == ',') {
            if (!word.empty()) words.push_back(std::move(word));
            word.clear();
        } else {
            word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
    }
    if (words.size() != 3) return std::nullopt;
    const auto month_of = [](const std::string& name) {
        for (int m = 1; m <= 12; ++m) {
            std::string full(english_month(m));
            for (char& c : full) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            if (name == full || (name.size() == 3 && full.starts_with(name))) return m;
        }
        return 0;
    };
    const auto number = [](const std::string& digits, std::size_t min, std::size_t max) {
        if (digits.size() < min || digits.size() > max) return -1;
        int n = 0;
        for (const char c : digits) {
            if (c < '0' || c > '9') return -1;
            n = n * 10 + (c - '0');
        }
        return n;
    };
    Date date;
    date.month = month_of(words[0]);
    date.day = number(words[1], 1, 2);
    if (date.month == 0) {  // `8 Jul 2022`
        date.month = month_of(words[1]);
        date.day = number(words[0], 1, 2);
    }
    date.year = number(words[2], 4, 4);
    if (date.month == 0 || date.day < 1 || date.year < 0) return std::nullopt;
    return date;
}

std::string date_problem(const Date& date) {
    if (date.month < 1 || date.month > 12) {
        return "month " + std::to_string(date.month) + " does not exist (months are 1 to 12)";
    }
    const int days = days_in_month(date.year, date.month);
    if (date.day < 1 || date.day > days) {
        return std::string(english_month(date.month)) + " " +
               std::to_string(date.year) + " has " + std::to_string(days) + " days";
    }
    if (!date.has_time) return {};
    if (date.hour > 23) return "hour " + std::to_string(date.hour) + " does not exist (hours are 0 to 23)";
    if (date.minute > 59) {
        return "minute " + std::to_string(date.minute) + " does not exist (minutes are 0 to 59)";
    }
    // RFC 3339 allows :60 on the few days a leap second was inserted, but nothing downstream
    // (RSS, Unix time, Hugo) can represent it, so it is refused with its own message.
    if (date.second == 60) return "leap second :60 is not supported; use :59";
    if (date.second > 59) {
        return "second " + std::to_string(date.second) + " does not exist (seconds are 0 to 59)";
    }
    if (date.offset_minutes && std::abs(*date.offset_minutes) > 23 * 60 + 59) {
        return "UTC offset " + signed_offset(*date.offset_minutes, true) +
               " is out of range (offsets are within ±23:59)";
    }
    return {};
}

std::string format_rfc3339(const Date& date) {
    std::string out = iso_date(date);
    if (!date.has_time) return out;
    out += 'T' + two_digits(date.hour) + ':' + two_digits(date.minute) + ':' +
           two_digits(date.second);
    if (date.fraction_digits > 0) {
        std::array<char, 16> buffer{};
        std::snprintf(buffer.data(), buffer.size(), "%09d", date.nanosecond);
        out += '.';
        out.append(buffer.data(), static_cast<std::size_t>(date.fraction_digits));
    }
    if (date.offset_minutes) {
        out += date.offset_is_z ? std::string("Z") : signed_offset(*date.offset_minutes, true);
    }
    return out;
}

std::string format_rfc822(const Date& date, int default_offset_minutes) {
    constexpr std::array<std::string_view, 7> kDays{"Sun", "Mon", "Tue", "Wed",
                                                    "Thu", "Fri", "Sat"};
    const Date placed = at_midnight(date, default_offset_minutes);
    std::array<char, 64> buffer{};
    std::snprintf(buffer.data(), buffer.size(), "%s, %02d %.3s %04d %02d:%02d:%02d ",
                  kDays[static_cast<std::size_t>(weekday(placed))].data(), placed.day,
                  english_month(placed.month).data(), placed.year,
                  placed.hour, placed.minute, placed.second);
    return buffer.data() + signed_offset(placed.offset_minutes.value_or(0), false);
}

std::string format_human(const Date& date, std::string_view language) {
    const std::string primary = primary_language(language);
    const std::string day = std::to_string(date.day);
    const std::string year = std::to_string(date.year);
    if (date.month < 1 || date.month > 12) return iso_date(date);
    if (primary == "en" || primary == "nl") return day + ' ' + month_name(primary, date.month) + ' ' + year;
    if (primary == "de") return day + ". " + month_name(primary, date.month) + ' ' + year;
    // French writes the first of the month as an ordinal: « 1er mai ».
    if (primary == "fr") {
        return (date.day == 1 ? std::string("1er") : day) + ' ' + month_name(primary, date.month) +
               ' ' + year;
    }
    if (primary == "es") return day + " de " + month_name(primary, date.month) + " de " + year;
    return iso_date(date);
}

Date at_midnight(const Date& date, int default_offset_minutes) {
    Date out = date;
    if (!out.has_time) {
        out.has_time = true;
        out.hour = 0;
        out.minute = 0;
        out.second = 0;
        out.nanosecond = 0;
        out.fraction_digits = 0;
    }
    if (!out.offset_minutes) {
        out.offset_minutes = default_offset_minutes;
        out.offset_is_z = false;
    }
    return out;
}

std::int64_t to_unix_seconds(const Date& date, int default_offset_minutes) {
    const Date placed = at_midnight(date, default_offset_minutes);
    const std::int64_t days = days_from_civil(placed.year, static_cast<unsigned>(placed.month),
                                              static_cast<unsigned>(placed.day));
    return days * 86400 + placed.hour * 3600 + placed.minute * 60 + placed.second -
           static_cast<std::int64_t>(*placed.offset_minutes) * 60;
}

Date date_from_unix_seconds(std::int64_t seconds, int offset_minutes) {
    const std::int64_t local = seconds + std::int64_t{offset_minutes} * 60;
    std::int64_t days = local / 86400;
    std::int64_t rest = local % 86400;
    if (rest < 0) {
        rest += 86400;
        --days;
    }
    Date date;
    civil_from_days(days, date.year, date.month, date.day);
    date.has_time = true;
    date.hour = static_cast<int>(rest / 3600);
    date.minute = static_cast<int>(rest / 60 % 60);
    date.second = static_cast<int>(rest % 60);
    date.offset_minutes = offset_minutes;
    date.offset_is_z = offset_minutes == 0;
    return date;
}

std::string human_month_name(int month, std::string_view language) {
    if (month < 1 || month > 12) return {};
    return month_name(primary_language(language), month);
}

}  // namespace folio
