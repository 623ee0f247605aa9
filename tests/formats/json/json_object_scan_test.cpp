#include "formats/json/json_object_scan.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace folio {
namespace {

TEST(JsonObjectScan, FindsEachTopLevelValueButNoNestedOnes) {
    const auto scan = scan_json_object(R"({"a": {"b": 1}, "c" :[ "x:y" ], "d":"\"}:"})", 8);
    EXPECT_EQ(scan.top_level_values, (std::vector<std::size_t>{6, 21, 36}));
    EXPECT_FALSE(scan.duplicate_key);
    EXPECT_FALSE(scan.too_deep);
}

TEST(JsonObjectScan, ComparesKeysAfterUnescaping) {
    const auto scan = scan_json_object(R"({"\ud83d\ude00": 1, "😀": 2})", 8);
    ASSERT_TRUE(scan.duplicate_key);
    EXPECT_EQ(*scan.duplicate_key, 20u);
    EXPECT_EQ(scan.duplicate_name, "😀");
}

TEST(JsonObjectScan, DoesNotTakeStringValuesForKeys) {
    const auto scan = scan_json_object(R"({"a": "b", "b": ["a", "a"]})", 8);
    EXPECT_FALSE(scan.duplicate_key);
}

TEST(JsonObjectScan, StopsCountingDepthAtTheFirstBracketPastTheLimit) {
    const auto scan = scan_json_object(R"({"a": [[{"b": [1]}]]})", 4);
    ASSERT_TRUE(scan.too_deep);
    EXPECT_EQ(*scan.too_deep, 14u);
}

}  // namespace
}  // namespace folio
