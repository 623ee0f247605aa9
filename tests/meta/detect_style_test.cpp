#include <gtest/gtest.h>

#include "src/meta/map_front_matter.hpp"
#include "tests/meta/meta_test_support.hpp"

namespace folio {
namespace {

using namespace folio::testing;  // test builders only

TEST(DetectStyle, ReadsTheJavaScriptEngineKeysAsStyleA) {
    const auto fm = front_matter({{"title", text("T")},
                                  {"date", text("2025-12-21")},
                                  {"category", text("AI & Technologie")},
                                  {"excerpt", text("E")},
                                  {"featuredImage", text("/blog/images/a.png")}});
    EXPECT_EQ(detect_style(fm, FrontMatterSyntax::yaml), FrontMatterStyle::a);
}

TEST(DetectStyle, ReadsHugoAndPaperModKeysAsStyleB) {
    const auto fm = front_matter({{"title", text("T")},
                                  {"tags", list({text("ai")})},
                                  {"summary", text("S")},
                                  {"cover", map({{"image", text("x.png")}})},
                                  {"draft", boolean(false)}});
    EXPECT_EQ(detect_style(fm, FrontMatterSyntax::yaml), FrontMatterStyle::b);
}

TEST(DetectStyle, CountsSignalsSoStyleAWinsDespiteTagsAndDraft) {
    const auto fm = front_matter({{"excerpt", text("E")},
                                  {"featuredimage", text("/a.png")},
                                  {"category", text("AI")},
                                  {"tags", list({text("ai")})},
                                  {"draft", boolean(true)}});
    EXPECT_EQ(detect_style(fm, FrontMatterSyntax::yaml), FrontMatterStyle::a);
}

TEST(DetectStyle, CountsOnlyASingleStringCategoryAndOnlyAMapCover) {
    // A list `category` and a string `cover` are no signal either way: 0 against 0 is B.
    const auto fm = front_matter({{"category", list({text("AI")})}, {"cover", text("a.png")}});
    EXPECT_EQ(detect_style(fm, FrontMatterSyntax::yaml), FrontMatterStyle::b);
    const auto one_a = front_matter({{"category", text("AI")}, {"cover", text("a.png")}});
    EXPECT_EQ(detect_style(one_a, FrontMatterSyntax::yaml), FrontMatterStyle::a);
}

TEST(DetectStyle, BreaksATieTowardsStyleB) {
    const auto fm =
        front_matter({{"excerpt", text("E")}, {"lastmod", date_value(ymd(2026, 1, 2))}});
    EXPECT_EQ(detect_style(fm, FrontMatterSyntax::yaml), FrontMatterStyle::b);
    EXPECT_EQ(detect_style(front_matter({{"title", text("T")}}), FrontMatterSyntax::yaml),
              FrontMatterStyle::b);
}

TEST(DetectStyle, TakesTomlAndJsonFrontMatterAsHugos) {
    const auto fm = front_matter({{"excerpt", text("E")}, {"featuredImage", text("/a.png")}});
    EXPECT_EQ(detect_style(fm, FrontMatterSyntax::toml), FrontMatterStyle::b);
    EXPECT_EQ(detect_style(fm, FrontMatterSyntax::json), FrontMatterStyle::b);
}

TEST(DetectStyle, GivesNoStyleWithoutFrontMatter) {
    EXPECT_EQ(detect_style(FrontMatter{}, FrontMatterSyntax::none), FrontMatterStyle::none);
}

}  // namespace
}  // namespace folio
