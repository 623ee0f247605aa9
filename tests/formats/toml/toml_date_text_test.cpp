#include "formats/toml/toml_date_text.hpp"

#include <gtest/gtest.h>

namespace folio {
namespace {

TEST(TomlDateText, ReadsTheLiteralUpToWhatFollowsIt) {
    EXPECT_EQ(toml_date_text_at("d = 2026-02-27T20:25:44.255Z # x", 4), "2026-02-27T20:25:44.255Z");
    EXPECT_EQ(toml_date_text_at("[1979-05-27T07:32:00+01:00, 2]", 1), "1979-05-27T07:32:00+01:00");
    EXPECT_EQ(toml_date_text_at("{a = 07:32:00.5}", 5), "07:32:00.5");
}

TEST(TomlDateText, JoinsADateAndATimeSeparatedByASpace) {
    EXPECT_EQ(toml_date_text_at("1979-05-27 07:32:00.99\n", 0), "1979-05-27 07:32:00.99");
    EXPECT_EQ(toml_date_text_at("1979-05-27 # comment", 0), "1979-05-27");
    EXPECT_EQ(toml_date_text_at("1979-05-27 2", 0), "1979-05-27");
}

TEST(TomlDateText, IsEmptyWhereNoLiteralStarts) {
    EXPECT_EQ(toml_date_text_at("\"2025-12-21\"", 0), "");
    EXPECT_EQ(toml_date_text_at("2025", 9), "");
}

}  // namespace
}  // namespace folio
