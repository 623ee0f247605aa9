#include "src/ast/date.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace folio {
namespace {

Date ymd(int year, int month, int day) {
    Date d;
    d.year = year;
    d.month = month;
    d.day = day;
    return d;
}

Date date_of(std::string_view text) {
    const auto parsed = parse_date(text);
    EXPECT_TRUE(parsed.has_value()) << text;
    return parsed.value_or(Date{});
}

TEST(ParseMonthNameDate, ReadsTheAstroTemplatesPubDateAndEnglishOrders) {
    const auto ymd = [](std::string_view text) {
        const std::optional<Date> d = parse_month_name_date(text);
        return d ? std::to_string(d->year) + "-" + std::to_string(d->month) + "-" +
                       std::to_string(d->day) + (d->has_time ? " with time" : "")
                 : std::string("none");
    };
    EXPECT_EQ(ymd("Jul 08 2022"), "2022-7-8");
    EXPECT_EQ(ymd("July 8, 2022"), "2022-7-8");
    EXPECT_EQ(ymd("8 Jul 2022"), "2022-7-8");
    EXPECT_EQ(ymd("sep 30 2023"), "2023-9-30");
    EXPECT_EQ(ymd("Jul 2022"), "none");
    EXPECT_EQ(ymd("Juli 08 2022"), "none");
    EXPECT_EQ(ymd("Jul 08 22"), "none");
    EXPECT_EQ(ymd("2022-07-08"), "none");
}

TEST(ParseDate, ReadsADateOnlyValueWithoutATime) {
    const Date d = date_of("2025-12-21");
    EXPECT_EQ(d.year, 2025);
    EXPECT_EQ(d.month, 12);
    EXPECT_EQ(d.day, 21);
    EXPECT_FALSE(d.has_time);
    EXPECT_FALSE(d.offset_minutes.has_value());
    EXPECT_FALSE(d.offset_is_z);
}

TEST(ParseDate, ReadsHoursAndMinutesWithoutSeconds) {
    const Date d = date_of("2025-12-21T10:07");
    EXPECT_TRUE(d.has_time);
    EXPECT_EQ(d.hour, 10);
    EXPECT_EQ(d.minute, 7);
    EXPECT_EQ(d.second, 0);
    EXPECT_FALSE(d.offset_minutes.has_value());
}

TEST(ParseDate, ReadsALocalDateTimeWithTOrSpace) {
    const Date with_t = date_of("2025-12-21T10:00:09");
    const Date with_space = date_of("2025-12-21 10:00:09");
    const Date lower_t = date_of("2025-12-21t10:00:09");
    EXPECT_EQ(with_t, with_space);
    EXPECT_EQ(with_t, lower_t);
    EXPECT_EQ(with_t.second, 9);
    EXPECT_FALSE(with_t.offset_minutes.has_value());
}

TEST(ParseDate, KeepsMillisecondsAndTheZ) {
    const Date d = date_of("2026-02-27T20:25:44.255Z");
    EXPECT_EQ(d.hour, 20);
    EXPECT_EQ(d.minute, 25);
    EXPECT_EQ(d.second, 44);
    EXPECT_EQ(d.fraction_digits, 3);
    EXPECT_EQ(d.nanosecond, 255000000);
    EXPECT_EQ(d.offset_minutes, 0);
    EXPECT_TRUE(d.offset_is_z);
    EXPECT_EQ(date_of("2026-02-27T20:25:44.255z"), d);
}

TEST(ParseDate, ReadsOneToNineFractionDigits) {
    EXPECT_EQ(date_of("2025-01-01T00:00:00.5").nanosecond, 500000000);
    EXPECT_EQ(date_of("2025-01-01T00:00:00.5").fraction_digits, 1);
    EXPECT_EQ(date_of("2025-01-01T00:00:00.000001").nanosecond, 1000);
    EXPECT_EQ(date_of("2025-01-01T00:00:00.123456789").nanosecond, 123456789);
    EXPECT_EQ(date_of("2025-01-01T00:00:00.123456789").fraction_digits, 9);
    EXPECT_FALSE(parse_date("2025-01-01T00:00:00.1234567891"));
    EXPECT_FALSE(parse_date("2025-01-01T00:00:00."));
}

TEST(ParseDate, ReadsEveryOffsetSpelling) {
    EXPECT_EQ(date_of("2025-12-21T10:00:00+01:00").offset_minutes, 60);
    EXPECT_EQ(date_of("2025-12-21 10:00:00 +0100").offset_minutes, 60);
    EXPECT_EQ(date_of("2025-12-21 10:00:00 +01").offset_minutes, 60);
    EXPECT_EQ(date_of("2025-12-21T10:00:00-05:30").offset_minutes, -330);
    EXPECT_EQ(date_of("2025-12-21T10:00-0930").offset_minutes, -570);
    EXPECT_EQ(date_of("2025-12-21T10:00:00+00:00").offset_minutes, 0);
    EXPECT_FALSE(date_of("2025-12-21T10:00:00+00:00").offset_is_z);
    EXPECT_TRUE(date_of("2025-12-21 10:00:00 Z").offset_is_z);
}

TEST(ParseDate, RejectsTextThatIsNotADate) {
    const std::vector<std::string> not_dates{
        "",
        "2025",
        "2025-12",
        "25-12-21",
        "2025-1-21",
        "2025-12-1",
        "2025/12/21",
        "2025-12-21T",
        "2025-12-21T10",
        "2025-12-21T1:00",
        "2025-12-21T10:0",
        "2025-12-21T10:00:0",
        "2025-12-21Z",
        "2025-12-21 ",
        "2025-12-21  10:00",
        "2025-12-21x10:00",
        "2025-12-21T10:00:00+1",
        "2025-12-21T10:00:00+01:0",
        "2025-12-21T10:00:00+01:60",
        "2025-12-21T10:00:00ZZ",
        "2025-12-21T10:00:00 ",
        "2025-12-21T10:00.5",
        "2025-12-21T10:00:00 extra",
        " 2025-12-21",
        "December 21, 2025",
        "１２３４-12-21",
    };
    for (const auto& text : not_dates) EXPECT_FALSE(parse_date(text).has_value()) << text;
}

TEST(ParseDate, ParsesImpossibleDatesForDateProblemToExplain) {
    const Date d = date_of("2026-02-30");
    EXPECT_EQ(d.day, 30);
    EXPECT_EQ(date_problem(d), "February 2026 has 28 days");
}

TEST(DateProblem, AcceptsEveryRealDate) {
    EXPECT_EQ(date_problem(date_of("2025-12-21")), "");
    EXPECT_EQ(date_problem(date_of("2024-02-29")), "");
    EXPECT_EQ(date_problem(date_of("2000-02-29")), "");
    EXPECT_EQ(date_problem(date_of("2025-12-31T23:59:59.999999999+23:59")), "");
    EXPECT_EQ(date_problem(date_of("2025-01-01T00:00:00-23:59")), "");
}

TEST(DateProblem, KnowsTheLeapYearRules) {
    EXPECT_EQ(date_problem(date_of("1900-02-29")), "February 1900 has 28 days");
    EXPECT_EQ(date_problem(date_of("2000-02-30")), "February 2000 has 29 days");
    EXPECT_EQ(date_problem(date_of("2024-02-30")), "February 2024 has 29 days");
    EXPECT_EQ(date_problem(date_of("2023-02-29")), "February 2023 has 28 days");
}

TEST(DateProblem, KnowsTheLengthOfEveryMonth) {
    const std::vector<int> lengths{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    for (int month = 1; month <= 12; ++month) {
        Date d = ymd(2025, month, lengths[static_cast<std::size_t>(month - 1)]);
        EXPECT_EQ(date_problem(d), "") << month;
        ++d.day;
        EXPECT_NE(date_problem(d), "") << month;
    }
    EXPECT_EQ(date_problem(date_of("2025-04-31")), "April 2025 has 30 days");
    EXPECT_EQ(date_problem(date_of("2025-12-00")), "December 2025 has 31 days");
}

TEST(DateProblem, ExplainsEachImpossibleField) {
    EXPECT_EQ(date_problem(date_of("2025-13-01")), "month 13 does not exist (months are 1 to 12)");
    EXPECT_EQ(date_problem(date_of("2025-00-01")), "month 0 does not exist (months are 1 to 12)");
    EXPECT_EQ(date_problem(date_of("2025-12-21T24:00")), "hour 24 does not exist (hours are 0 to 23)");
    EXPECT_EQ(date_problem(date_of("2025-12-21T10:60")),
              "minute 60 does not exist (minutes are 0 to 59)");
    EXPECT_EQ(date_problem(date_of("2016-12-31T23:59:60Z")),
              "leap second :60 is not supported; use :59");
    EXPECT_EQ(date_problem(date_of("2025-12-21T10:00:61")),
              "second 61 does not exist (seconds are 0 to 59)");
    EXPECT_EQ(date_problem(date_of("2025-12-21T10:00:00+24:00")),
              "UTC offset +24:00 is out of range (offsets are within ±23:59)");
    EXPECT_EQ(date_problem(date_of("2025-12-21T10:00:00-99")),
              "UTC offset -99:00 is out of range (offsets are within ±23:59)");
}

TEST(FormatRfc3339, RoundTripsWhatParseDateRead) {
    const std::vector<std::string> canonical{
        "2025-12-21",
        "2025-12-21T10:00:00",
        "2026-02-27T20:25:44.255Z",
        "2026-02-27T20:25:44.250Z",
        "2026-02-27T20:25:44.000000001-05:30",
        "2025-12-21T10:00:00+00:00",
        "2025-12-21T10:00:00Z",
        "2025-12-21T10:00:00.1+01:00",
        "0001-01-01T00:00:00-23:59",
    };
    for (const auto& text : canonical) {
        const Date d = date_of(text);
        EXPECT_EQ(format_rfc3339(d), text);
        EXPECT_EQ(parse_date(format_rfc3339(d)), d) << text;
    }
}

TEST(FormatRfc3339, WritesOtherSpellingsInTheCanonicalForm) {
    EXPECT_EQ(format_rfc3339(date_of("2025-12-21 10:00")), "2025-12-21T10:00:00");
    EXPECT_EQ(format_rfc3339(date_of("2025-12-21t10:00:00.5z")), "2025-12-21T10:00:00.5Z");
    EXPECT_EQ(format_rfc3339(date_of("2025-12-21 10:00:00 +0100")), "2025-12-21T10:00:00+01:00");
    EXPECT_EQ(format_rfc3339(date_of("2025-12-21 10:00:00 -01")), "2025-12-21T10:00:00-01:00");
    for (const auto& text : {"2025-12-21 10:00", "2025-12-21 10:00:00 +0100", "2025-12-21t10:00z"}) {
        const Date d = date_of(text);
        EXPECT_EQ(parse_date(format_rfc3339(d)), d) << text;
    }
}

TEST(FormatRfc822, WritesMidnightUtcForADateOnlyValue) {
    EXPECT_EQ(format_rfc822(date_of("2025-12-21")), "Sun, 21 Dec 2025 00:00:00 +0000");
}

TEST(FormatRfc822, KeepsTheTimeAndOffsetItWasGiven) {
    EXPECT_EQ(format_rfc822(date_of("2026-02-27T20:25:44.255Z")),
              "Fri, 27 Feb 2026 20:25:44 +0000");
    EXPECT_EQ(format_rfc822(date_of("2025-12-21T10:00:00-05:30")),
              "Sun, 21 Dec 2025 10:00:00 -0530");
}

TEST(FormatRfc822, PlacesOffsetLessValuesInTheDefaultOffset) {
    EXPECT_EQ(format_rfc822(date_of("2025-12-21"), 60), "Sun, 21 Dec 2025 00:00:00 +0100");
    EXPECT_EQ(format_rfc822(date_of("2025-12-21T08:30"), -120), "Sun, 21 Dec 2025 08:30:00 -0200");
    EXPECT_EQ(format_rfc822(date_of("2025-12-21T08:30+01:00"), -120),
              "Sun, 21 Dec 2025 08:30:00 +0100");
}

TEST(FormatRfc822, ComputesTheWeekdayOfKnownDates) {
    EXPECT_EQ(format_rfc822(date_of("1970-01-01")).substr(0, 3), "Thu");
    EXPECT_EQ(format_rfc822(date_of("1969-12-31")).substr(0, 3), "Wed");
    EXPECT_EQ(format_rfc822(date_of("2000-01-01")).substr(0, 3), "Sat");
    EXPECT_EQ(format_rfc822(date_of("1900-01-01")).substr(0, 3), "Mon");
    EXPECT_EQ(format_rfc822(date_of("2024-02-29")).substr(0, 3), "Thu");
    EXPECT_EQ(format_rfc822(date_of("1600-02-29")).substr(0, 3), "Tue");
    EXPECT_EQ(format_rfc822(date_of("0001-01-01")), "Mon, 01 Jan 0001 00:00:00 +0000");
}

TEST(FormatRfc822, NamesEveryMonth) {
    const std::vector<std::string> names{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    for (int month = 1; month <= 12; ++month) {
        const Date d = ymd(2025, month, 1);
        EXPECT_EQ(format_rfc822(d).substr(8, 3), names[static_cast<std::size_t>(month - 1)]);
    }
}

TEST(AtMidnight, GivesADateOnlyValueATimeAndTheDefaultOffset) {
    const Date d = at_midnight(date_of("2025-12-21"), 60);
    EXPECT_TRUE(d.has_time);
    EXPECT_EQ(d.hour, 0);
    EXPECT_EQ(d.offset_minutes, 60);
    EXPECT_FALSE(d.offset_is_z);
    EXPECT_EQ(format_rfc3339(d), "2025-12-21T00:00:00+01:00");
}

TEST(AtMidnight, LeavesATimeAndAnOffsetThatAreThere) {
    const Date full = date_of("2026-02-27T20:25:44.255Z");
    EXPECT_EQ(at_midnight(full, 60), full);
    EXPECT_EQ(format_rfc3339(at_midnight(date_of("2025-12-21T10:00"), -60)),
              "2025-12-21T10:00:00-01:00");
}

TEST(ToUnixSeconds, CountsFromTheEpochInUtc) {
    EXPECT_EQ(to_unix_seconds(date_of("1970-01-01")), 0);
    EXPECT_EQ(to_unix_seconds(date_of("1969-12-31")), -86400);
    EXPECT_EQ(to_unix_seconds(date_of("2000-01-01T00:00:00Z")), 946684800);
    EXPECT_EQ(to_unix_seconds(date_of("2025-12-21")), 1766275200);
    EXPECT_EQ(to_unix_seconds(date_of("2026-02-27T20:25:44.255Z")), 1772223944);
    EXPECT_EQ(to_unix_seconds(date_of("2025-12-21T10:00:00+01:00")), 1766307600);
    EXPECT_EQ(to_unix_seconds(date_of("1900-03-01")), -2203891200);
    EXPECT_EQ(to_unix_seconds(date_of("1600-02-29T12:00:00-05:30")), -11670935400);
}

TEST(ToUnixSeconds, PlacesOffsetLessValuesInTheDefaultOffset) {
    EXPECT_EQ(to_unix_seconds(date_of("2025-12-21T10:00"), 60), 1766307600);
    EXPECT_EQ(to_unix_seconds(date_of("2025-12-21"), 60), 1766275200 - 3600);
}

TEST(FormatHuman, WritesTheDateAsEachLanguageDoes) {
    const Date d = date_of("2025-12-21T10:00:00Z");
    EXPECT_EQ(format_human(d, "en"), "21 December 2025");
    EXPECT_EQ(format_human(d, "nl"), "21 december 2025");
    EXPECT_EQ(format_human(d, "de"), "21. Dezember 2025");
    EXPECT_EQ(format_human(d, "fr"), "21 décembre 2025");
    EXPECT_EQ(format_human(d, "es"), "21 de diciembre de 2025");
}

TEST(HumanMonthName, NamesTheMonthAsFormatHumanDoes) {
    EXPECT_EQ(human_month_name(3, "nl-BE"), "maart");
    EXPECT_EQ(human_month_name(12, "en"), "December");
    EXPECT_EQ(human_month_name(8, "FR"), "août");
    EXPECT_EQ(human_month_name(1, "fa"), "January");  // unknown: English
    EXPECT_EQ(human_month_name(0, "en"), "");
    EXPECT_EQ(human_month_name(13, "en"), "");
}

TEST(FormatHuman, UsesThePrimarySubtagOfALanguageTag) {
    const Date d = date_of("2025-03-05");
    EXPECT_EQ(format_human(d, "en-GB"), "5 March 2025");
    EXPECT_EQ(format_human(d, "nl_NL"), "5 maart 2025");
    EXPECT_EQ(format_human(d, "DE-at"), "5. März 2025");
    EXPECT_EQ(format_human(d, "es-419"), "5 de marzo de 2025");
}

TEST(FormatHuman, WritesTheFirstOfTheMonthAsAFrenchOrdinal) {
    EXPECT_EQ(format_human(date_of("2025-05-01"), "fr-FR"), "1er mai 2025");
    EXPECT_EQ(format_human(date_of("2025-08-02"), "fr"), "2 août 2025");
}

TEST(FormatHuman, FallsBackToIsoForOtherLanguages) {
    const Date d = date_of("2025-12-21T10:00:00Z");
    EXPECT_EQ(format_human(d, "ja"), "2025-12-21");
    EXPECT_EQ(format_human(d, ""), "2025-12-21");
    EXPECT_EQ(format_human(d, "english"), "2025-12-21");
}

TEST(FormatHuman, NamesEveryMonthInEveryLanguage) {
    const std::vector<std::string> nl{"januari", "februari", "maart",     "april",
                                      "mei",     "juni",     "juli",      "augustus",
                                      "september", "oktober", "november", "december"};
    const std::vector<std::string> de{"Januar", "Februar", "März",      "April",
                                      "Mai",    "Juni",    "Juli",      "August",
                                      "September", "Oktober", "November", "Dezember"};
    for (int month = 1; month <= 12; ++month) {
        const Date d = ymd(2025, month, 10);
        const auto index = static_cast<std::size_t>(month - 1);
        EXPECT_EQ(format_human(d, "nl"), "10 " + nl[index] + " 2025");
        EXPECT_EQ(format_human(d, "de"), "10. " + de[index] + " 2025");
    }
}

}  // namespace
}  // namespace folio
