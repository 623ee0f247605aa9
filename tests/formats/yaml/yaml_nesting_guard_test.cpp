#include "formats/yaml/yaml_nesting_guard.hpp"

#include <gtest/gtest.h>

#include <string>

namespace folio {
namespace {

TEST(YamlNestingGuard, AcceptsOrdinaryFrontMatter) {
    const std::string yaml =
        "title: \"Brackets [[[[ in quotes\"\n"
        "other: 'it''s [[[[ fine'\n"
        "plain: a[[[[b\n"
        "comment: x # [[[[[\n"
        "tags: [a, [b, c], {d: e}]\n"
        "body: |\n"
        "  [[[[[[[[[\n"
        "        - - - - - - - -\n"
        "list:\n"
        "  - - a\n"
        "    - b\n";
    EXPECT_FALSE(find_deep_yaml_nesting(yaml, 4).has_value());
}

TEST(YamlNestingGuard, CountsFlowBracketsOutsideQuotes) {
    EXPECT_FALSE(find_deep_yaml_nesting("a: [[[x]]]\n", 4).has_value());
    EXPECT_EQ(find_deep_yaml_nesting("a: [[[[x]]]]\n", 4), 6u);
    EXPECT_EQ(find_deep_yaml_nesting("a: [{b: [\"]]]\", [x]]}]\n", 4), 16u);
}

TEST(YamlNestingGuard, CountsBlockIndentationAndDashes) {
    EXPECT_FALSE(find_deep_yaml_nesting("a:\n  b:\n    c: d\n", 3).has_value());
    EXPECT_EQ(find_deep_yaml_nesting("a:\n  b:\n    c:\n      d: e\n", 3), 21u);
    EXPECT_EQ(find_deep_yaml_nesting("- - - - x\n", 3), 6u);
}

TEST(YamlNestingGuard, ForgetsLevelsThatWereClosed) {
    std::string many;
    for (int i = 0; i < 1000; ++i) many += "k" + std::to_string(i) + ": [[x]]\n  sub:\n    - y\n";
    EXPECT_FALSE(find_deep_yaml_nesting(many, 4).has_value());
}

TEST(YamlNestingGuard, FollowsQuotedTextAcrossLines) {
    EXPECT_FALSE(find_deep_yaml_nesting("a: \"first [[[[\n  second ]]]]\"\nb: x\n", 3).has_value());
    EXPECT_EQ(find_deep_yaml_nesting("a: 'x\n  y' \nb: [[[[z]]]]\n", 3), 17u);
}

TEST(YamlNestingGuard, TreatsAnApostropheInsideAWordAsText) {
    EXPECT_EQ(find_deep_yaml_nesting("a: it's\nb: [[[[z]]]]\n", 3), 13u);
}

}  // namespace
}  // namespace folio
