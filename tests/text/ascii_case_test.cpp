#include "src/text/ascii_case.hpp"

#include <gtest/gtest.h>

namespace folio {
namespace {

TEST(AsciiLower, LowersAsciiLettersOnly) {
    EXPECT_EQ(ascii_lower("JavaScript:ALERT(1)"), "javascript:alert(1)");
    EXPECT_EQ(ascii_lower("<IMG SRC>"), "<img src>");
    // Bytes of UTF-8 are left alone, so the text stays valid and means what it meant.
    EXPECT_EQ(ascii_lower("ÉCOLE Straße"), "École straße");
    EXPECT_EQ(ascii_lower(""), "");
}

TEST(AssignAsciiLower, ReplacesWhatTheStringHeld) {
    std::string out = "a longer word held before";
    assign_ascii_lower(out, "The");
    EXPECT_EQ(out, "the");
}

TEST(EqualsAsciiLower, IsAsciiLowerEqualWithoutAString) {
    EXPECT_TRUE(equals_ascii_lower("SCRIPT", "script"));
    EXPECT_TRUE(equals_ascii_lower("Style", "style"));
    EXPECT_TRUE(equals_ascii_lower("", ""));
    EXPECT_FALSE(equals_ascii_lower("scripts", "script"));
    EXPECT_FALSE(equals_ascii_lower("scrip", "script"));
    // Only ASCII letters fold: `É` is not `é`, and `[` (after `Z`) is not `{`.
    EXPECT_FALSE(equals_ascii_lower("É", "é"));
    EXPECT_FALSE(equals_ascii_lower("[", "{"));
}

}  // namespace
}  // namespace folio
