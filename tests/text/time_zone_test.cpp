#include "src/text/time_zone.hpp"

#include <gtest/gtest.h>

#include <filesystem>

namespace folio {
namespace {

Date date_of(std::string_view text) {
    return *parse_date(text);
}

bool has_tzdata() {
    return std::filesystem::exists("/usr/share/zoneinfo/Europe/Amsterdam");
}

TEST(InZone, UtcMovesADateWithAnOffsetAcrossMidnight) {
    const Date moved = in_zone(date_of("2016-12-31 22:00:00 -0500"), TimeZone{});
    EXPECT_EQ(format_rfc3339(moved), "2017-01-01T03:00:00+00:00");
}

TEST(InZone, DatesWithoutAnOffsetStayAsWritten) {
    EXPECT_EQ(in_zone(date_of("2016-12-31 22:00:00"), TimeZone{}), date_of("2016-12-31 22:00:00"));
    EXPECT_EQ(in_zone(date_of("2016-12-31"), TimeZone{}), date_of("2016-12-31"));
}

TEST(InZone, KeepsFractionsOfASecond) {
    EXPECT_EQ(
        format_rfc3339(in_zone(date_of("2020-01-01T00:00:00.250Z"), *TimeZone::parse("+01:00"))),
        "2020-01-01T01:00:00.250+01:00");
}

TEST(InZone, ReadsTheTzDatabaseWithSummerTime) {
    if (!has_tzdata()) GTEST_SKIP() << "needs Debian's tzdata";
    const std::optional<TimeZone> amsterdam = TimeZone::parse("Europe/Amsterdam");
    ASSERT_TRUE(amsterdam.has_value());
    EXPECT_EQ(amsterdam->offset_at_instant(to_unix_seconds(date_of("2020-01-15T12:00:00Z"))), 60);
    EXPECT_EQ(amsterdam->offset_at_instant(to_unix_seconds(date_of("2020-07-15T12:00:00Z"))), 120);
    EXPECT_EQ(format_rfc3339(in_zone(date_of("2020-07-15T23:30:00Z"), *amsterdam)),
              "2020-07-16T01:30:00+02:00");
    // After the file's last listed transition the footer rule still knows summer time.
    EXPECT_EQ(amsterdam->offset_at_instant(to_unix_seconds(date_of("2077-07-15T12:00:00Z"))), 120);
}

TEST(TimeZoneParse, UnknownOrClimbingNamesAreRefused) {
    EXPECT_FALSE(TimeZone::parse("Nowhere/Atlantis").has_value());
    EXPECT_FALSE(TimeZone::parse("../../etc/passwd").has_value());
    EXPECT_FALSE(TimeZone::parse("/etc/localtime").has_value());
}

TEST(DateFromUnixSeconds, IsTheInverseOfToUnixSeconds) {
    EXPECT_EQ(format_rfc3339(date_from_unix_seconds(0)), "1970-01-01T00:00:00Z");
    EXPECT_EQ(format_rfc3339(date_from_unix_seconds(-1)), "1969-12-31T23:59:59Z");
    EXPECT_EQ(format_rfc3339(date_from_unix_seconds(951782400, 90)), "2000-02-29T01:30:00+01:30");
    for (const std::int64_t s : {std::int64_t{-86400 * 365}, std::int64_t{0},
                                 std::int64_t{1767225600}, std::int64_t{4102444800}}) {
        EXPECT_EQ(to_unix_seconds(date_from_unix_seconds(s, -300)), s);
    }
}

}  // namespace
}  // namespace folio
