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

}  // namespace
}  // namespace folio
