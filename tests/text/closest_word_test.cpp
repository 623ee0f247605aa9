#include "src/text/closest_word.hpp"

#include <array>
#include <gtest/gtest.h>

namespace folio {
namespace {

constexpr std::array<std::string_view, 7> kKeys{"title",     "base_url", "author", "language",
                                                "time_zone", "style",    "static"};

TEST(EditDistance, CountsASwapOfNeighboursAsOneEdit) {
    EXPECT_EQ(edit_distance("titel", "title"), 1u);
    EXPECT_EQ(edit_distance("title", "title"), 0u);
    EXPECT_EQ(edit_distance("", "abc"), 3u);
    EXPECT_EQ(edit_distance("kitten", "sitting"), 3u);
}

TEST(EditDistance, FoldsCaseAndTakesDashForUnderscore) {
    EXPECT_EQ(edit_distance("baseURL", "base_url"), 1u);
    EXPECT_EQ(edit_distance("time-zone", "time_zone"), 0u);
}

TEST(ClosestWord, SuggestsTheNearestKnownKey) {
    EXPECT_EQ(closest_word("titel", kKeys), "title");
    EXPECT_EQ(closest_word("baseurl", kKeys), "base_url");
    EXPECT_EQ(closest_word("languag", kKeys), "language");
    EXPECT_EQ(closest_word("timezone", kKeys), "time_zone");
}

TEST(ClosestWord, SuggestsNothingWhenNothingIsClose) {
    EXPECT_EQ(closest_word("permalinks", kKeys), "");
    EXPECT_EQ(closest_word("x", kKeys), "");
}

TEST(ClosestWord, SuggestsNothingBetweenTwoEquallyClose) {
    constexpr std::array<std::string_view, 2> two{"tag", "tab"};
    EXPECT_EQ(closest_word("tac", two), "");
}

}  // namespace
}  // namespace folio
