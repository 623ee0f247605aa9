#include <gtest/gtest.h>

#include <cstdlib>
#include <ctime>

#include "src/ast/date.hpp"
#include "tests/syndication/feed_test_support.hpp"
#include "src/text/time_zone.hpp"
#include "src/text/tzif.hpp"

namespace folio {
namespace {

Date placed(std::string_view text, std::string_view zone_name) {
    const std::optional<Date> date = parse_date(text);
    const std::optional<TimeZone> zone = TimeZone::parse(zone_name);
    EXPECT_TRUE(date && zone) << text << " in " << zone_name;
    return place_in_zone(date.value_or(Date{}), zone.value_or(TimeZone{}));
}

TEST(FeedDates, DateOnlyIsMidnightUtcByDefault) {
    const Date date = placed("2025-12-21", "UTC");
    EXPECT_EQ(format_rfc822(date), "Sun, 21 Dec 2025 00:00:00 +0000");
    EXPECT_EQ(format_rfc3339(date), "2025-12-21T00:00:00Z");
}

TEST(FeedDates, DateOnlyIsMidnightInAmsterdamInWinter) {
    const Date date = placed("2025-12-21", "Europe/Amsterdam");
    EXPECT_EQ(format_rfc822(date), "Sun, 21 Dec 2025 00:00:00 +0100");
    EXPECT_EQ(format_rfc3339(date), "2025-12-21T00:00:00+01:00");
}

TEST(FeedDates, DateOnlyIsMidnightInAmsterdamInSummer) {
    const Date date = placed("2025-07-01", "Europe/Amsterdam");
    EXPECT_EQ(format_rfc822(date), "Tue, 01 Jul 2025 00:00:00 +0200");
    EXPECT_EQ(format_rfc3339(date), "2025-07-01T00:00:00+02:00");
}

TEST(FeedDates, MidnightOnTheDaysTheClocksChangeUsesTheOffsetOfThatMidnight) {
    // Amsterdam moves its clocks at 02:00/03:00, so both midnights are still on the old time.
    EXPECT_EQ(format_rfc3339(placed("2026-03-29", "Europe/Amsterdam")),
              "2026-03-29T00:00:00+01:00");
    EXPECT_EQ(format_rfc3339(placed("2026-03-30", "Europe/Amsterdam")),
              "2026-03-30T00:00:00+02:00");
    EXPECT_EQ(format_rfc3339(placed("2026-10-25", "Europe/Amsterdam")),
              "2026-10-25T00:00:00+02:00");
    EXPECT_EQ(format_rfc3339(placed("2026-10-26", "Europe/Amsterdam")),
              "2026-10-26T00:00:00+01:00");
}

TEST(FeedDates, UtcTimestampKeepsItsMillisecondsInAtomAndDropsThemInRss) {
    const Date date = placed("2026-02-27T20:25:44.255Z", "Europe/Amsterdam");
    EXPECT_EQ(format_rfc822(date), "Fri, 27 Feb 2026 20:25:44 +0000");
    EXPECT_EQ(format_rfc3339(date), "2026-02-27T20:25:44.255Z");
}

TEST(FeedDates, OffsetTimestampKeepsItsOwnOffsetWhateverTheZone) {
    const Date date = placed("2026-03-02T07:45:00-05:00", "Europe/Amsterdam");
    EXPECT_EQ(format_rfc822(date), "Mon, 02 Mar 2026 07:45:00 -0500");
    EXPECT_EQ(format_rfc3339(date), "2026-03-02T07:45:00-05:00");
}

TEST(FeedDates, TimeWithoutOffsetIsReadInTheZone) {
    EXPECT_EQ(format_rfc3339(placed("2025-07-01T10:00", "Europe/Amsterdam")),
              "2025-07-01T10:00:00+02:00");
    EXPECT_EQ(format_rfc3339(placed("2025-07-01T10:00", "-05:30")), "2025-07-01T10:00:00-05:30");
}

TEST(FeedDates, FixedOffsetsAreReadInEveryUsualSpelling) {
    for (const char* name : {"+01:00", "+0100", "+01"}) {
        EXPECT_EQ(format_rfc822(placed("2025-12-21", name)), "Sun, 21 Dec 2025 00:00:00 +0100")
            << name;
    }
}

TEST(FeedDates, PlacingInAZoneLeavesTheProcessTimeZoneAsItWas) {
    setenv("TZ", "America/New_York", 1);
    (void)placed("2025-12-21", "Europe/Amsterdam");
    EXPECT_STREQ(std::getenv("TZ"), "America/New_York");
    unsetenv("TZ");
}

TEST(FeedDates, UnknownZoneNamesSayWhatIsAccepted) {
    EXPECT_FALSE(TimeZone::parse("Mars/Olympus_Mons"));
    EXPECT_EQ(time_zone_problem("Mars/Olympus_Mons"),
              "unknown time zone 'Mars/Olympus_Mons': use UTC, an offset like +01:00, or an IANA "
              "name like Europe/Amsterdam (looked in /usr/share/zoneinfo/, Debian package tzdata)");
    EXPECT_EQ(time_zone_problem("../../etc/passwd"),
              "unknown time zone '../../etc/passwd': use UTC, an offset like +01:00, or an IANA "
              "name like Europe/Amsterdam (looked in /usr/share/zoneinfo/, Debian package tzdata)");
    EXPECT_EQ(time_zone_problem("+25:00"),
              "time zone '+25:00' is not a UTC offset like +01:00 (hours 00-23, minutes 00-59)");
    EXPECT_EQ(time_zone_problem("Europe/Amsterdam"), "");
}

TEST(FeedDates, UnixSecondsBecomeAUtcDate) {
    EXPECT_EQ(format_rfc3339(date_from_unix_seconds(1767225600)), "2026-01-01T00:00:00Z");
    EXPECT_EQ(format_rfc3339(date_from_unix_seconds(0)), "1970-01-01T00:00:00Z");
    EXPECT_EQ(format_rfc822(date_from_unix_seconds(951782400)),
              "Tue, 29 Feb 2000 00:00:00 +0000");
}

TEST(FeedDates, WritersUseThePlacedDatesAndTheBuildDateFromSourceDateEpoch) {
    FeedOptions options = test::site_options();
    options.zone = *TimeZone::parse("Europe/Amsterdam");
    const Article article = test::dated_post("a", "A", "2025-12-21");
    const Feed feed = test::build({test::source_for(article)}, options, 1767225600);
    const std::string rss = feed::write_rss(feed);
    EXPECT_EQ(test::element_text(rss, "pubDate"), "Sun, 21 Dec 2025 00:00:00 +0100");
    EXPECT_EQ(test::element_text(rss, "lastBuildDate"), "Thu, 01 Jan 2026 00:00:00 +0000");
    const std::string atom = feed::write_atom(feed);
    EXPECT_EQ(test::element_text(atom, "published"), "2025-12-21T00:00:00+01:00");
    EXPECT_EQ(test::element_text(atom, "updated"), "2026-01-01T00:00:00Z");
}

TEST(FeedDates, WithoutSourceDateEpochTheBuildDateIsTheNewestItemDate) {
    const Article older = test::dated_post("old", "Old", "2025-01-01T08:00:00Z");
    const Article newer = test::dated_post("new", "New", "2025-02-01T08:00:00Z", "Body.\n",
                                           "updated: 2025-03-01T09:30:00+01:00\n");
    const Feed feed = test::build({test::source_for(newer), test::source_for(older)},
                                        test::site_options(), std::nullopt);
    EXPECT_EQ(format_rfc3339(feed.updated), "2025-03-01T09:30:00+01:00");
    const Feed empty = test::build({}, test::site_options(), std::nullopt);
    EXPECT_EQ(format_rfc3339(empty.updated), "1970-01-01T00:00:00Z");
}

}  // namespace
}  // namespace folio

namespace folio {
namespace {

// glibc's own answer for midnight and noon local time, as the cross-check for the TZif reader.
int glibc_offset_minutes(const char* zone, int year, int month, int day, int hour) {
    setenv("TZ", (std::string(":") + zone).c_str(), 1);
    tzset();
    std::tm local{};
    local.tm_year = year - 1900;
    local.tm_mon = month - 1;
    local.tm_mday = day;
    local.tm_hour = hour;
    local.tm_isdst = -1;
    std::mktime(&local);
    return static_cast<int>(local.tm_gmtoff / 60);
}

TEST(FeedDates, ZoneOffsetsAgreeWithTheSystemLibraryFrom1970To2100) {
    // Northern and southern summer time, negative summer time (Dublin), half-hour offsets and
    // changes at 24:00 (Santiago); years after 2037 come from the TZif footer rule.
    for (const char* name :
         {"Europe/Amsterdam", "America/New_York", "Australia/Sydney", "Europe/Dublin",
          "America/Santiago", "Asia/Kolkata", "Australia/Lord_Howe", "Pacific/Chatham"}) {
        const std::optional<TimeZone> zone = TimeZone::parse(name);
        ASSERT_TRUE(zone) << name;
        int mismatches = 0;
        for (int year = 1970; year <= 2100; year += 3) {
            for (int month = 1; month <= 12; ++month) {
                for (const int day : {1, 8, 15, 22, 28}) {
                    for (const int hour : {0, 12}) {
                        Date date;
                        date.year = year;
                        date.month = month;
                        date.day = day;
                        date.has_time = true;
                        date.hour = hour;
                        const int ours = zone->offset_at_local(date);
                        const int theirs = glibc_offset_minutes(name, year, month, day, hour);
                        if (ours != theirs && ++mismatches <= 3) {
                            ADD_FAILURE() << name << " " << format_rfc3339(date) << ": " << ours
                                          << " minutes, glibc says " << theirs;
                        }
                    }
                }
            }
        }
        EXPECT_EQ(mismatches, 0) << name;
    }
    unsetenv("TZ");
}

TEST(FeedDates, DatesAfterTheLastListedTransitionFollowTheZoneRule) {
    EXPECT_EQ(format_rfc3339(placed("2040-07-01", "Europe/Amsterdam")),
              "2040-07-01T00:00:00+02:00");
    EXPECT_EQ(format_rfc3339(placed("2040-12-01", "Europe/Amsterdam")),
              "2040-12-01T00:00:00+01:00");
    EXPECT_EQ(format_rfc3339(placed("2045-01-15", "Australia/Sydney")),
              "2045-01-15T00:00:00+11:00");
    EXPECT_EQ(format_rfc3339(placed("2045-07-15", "Australia/Sydney")),
              "2045-07-15T00:00:00+10:00");
}

TEST(FeedDates, WallTimesAroundClockChangesNameRealInstants) {
    // 02:30 on 29 March 2026 does not exist in Amsterdam; 02:30 on 25 October happens twice.
    EXPECT_EQ(format_rfc3339(placed("2026-03-29T02:30", "Europe/Amsterdam")),
              "2026-03-29T02:30:00+01:00");
    EXPECT_EQ(format_rfc3339(placed("2026-10-25T02:30", "Europe/Amsterdam")),
              "2026-10-25T02:30:00+01:00");
    EXPECT_EQ(format_rfc3339(placed("2026-10-25T01:30", "Europe/Amsterdam")),
              "2026-10-25T01:30:00+02:00");
}

TEST(FeedDates, ReadsPosixZoneRules) {
    const std::optional<PosixZoneRule> rule = parse_posix_zone_rule("CET-1CEST,M3.5.0,M10.5.0/3");
    ASSERT_TRUE(rule);
    EXPECT_EQ(rule->standard_offset, 3600);
    EXPECT_EQ(rule->summer_offset, 7200);
    EXPECT_EQ(rule->end.seconds, 3 * 3600);
    EXPECT_TRUE(parse_posix_zone_rule("<+0530>-5:30"));
    EXPECT_TRUE(parse_posix_zone_rule("<-04>4<-03>,M9.1.6/24,M4.1.6/24"));
    EXPECT_FALSE(parse_posix_zone_rule("CET-1CEST,M13.5.0,M10.5.0"));
    EXPECT_FALSE(parse_posix_zone_rule("X"));
    EXPECT_FALSE(parse_tzif("not a zone file"));
}

}  // namespace
}  // namespace folio
