#include "src/urls/time_zone.hpp"

#include <gtest/gtest.h>

#include <filesystem>

namespace folio {
namespace {

Date date_of(std::string_view text) { return *parse_date(text); }

TEST(TimeZone, UtcMovesADateWithAnOffsetAcrossMidnight) {
    const Date moved = in_zone(date_of("2016-12-31 22:00:00 -0500"), TimeZone::utc());
    EXPECT_EQ(format_rfc3339(moved), "2017-01-01T03:00:00+00:00");
}

TEST(TimeZone, DatesWithoutAnOffsetStayAsWritten) {
    EXPECT_EQ(in_zone(date_of("2016-12-31 22:00:00"), TimeZone::utc()), date_of("2016-12-31 22:00:00"));
    EXPECT_EQ(in_zone(date_of("2016-12-31"), TimeZone::utc()), date_of("2016-12-31"));
}

TEST(TimeZone, ReadsTheTzDatabaseWithSummerTime) {
    if (!std::filesystem::exists("/usr/share/zoneinfo/Europe/Amsterdam")) {
        GTEST_SKIP() << "needs Debian's tzdata";
    }
    const std::optional<TimeZone> amsterdam = TimeZone::load("Europe/Amsterdam");
    ASSERT_TRUE(amsterdam.has_value());
    EXPECT_EQ(amsterdam->offset_at(to_unix_seconds(date_of("2020-01-15T12:00:00Z"))), 3600);
    EXPECT_EQ(amsterdam->offset_at(to_unix_seconds(date_of("2020-07-15T12:00:00Z"))), 7200);
    EXPECT_EQ(format_rfc3339(in_zone(date_of("2020-07-15T23:30:00Z"), *amsterdam)),
              "2020-07-16T01:30:00+02:00");
}

TEST(TimeZone, UnknownOrClimbingNamesAreNotLoaded) {
    EXPECT_FALSE(TimeZone::load("Nowhere/Atlantis").has_value());
    EXPECT_FALSE(TimeZone::load("../../etc/passwd").has_value());
    EXPECT_FALSE(TimeZone::load("/etc/localtime").has_value());
}

}  // namespace
}  // namespace folio
