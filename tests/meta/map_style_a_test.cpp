#include <gtest/gtest.h>

#include "tests/meta/meta_test_support.hpp"

namespace folio {
namespace {

using namespace folio::testing;  // test builders only

TEST(MapStyleA, TakesTheSingleCategoryAsTheFirstCategory) {
    const auto out =
        map_in(front_matter({{"category", text("AI & Technologie")}}), FrontMatterStyle::a);
    EXPECT_EQ(out.meta.categories, (std::vector<std::string>{"AI & Technologie"}));
    EXPECT_TRUE(out.meta.extra.empty());
}

TEST(MapStyleA, AcceptsAListOfCategoriesUnderCategory) {
    const auto out =
        map_in(front_matter({{"category", list({text("AI"), text("Data")})}}), FrontMatterStyle::a);
    EXPECT_EQ(out.meta.categories, (std::vector<std::string>{"AI", "Data"}));
}

TEST(MapStyleA, TakesTheExcerptAsTheSummary) {
    const auto out = map_in(front_matter({{"excerpt", text("Kort.")}}), FrontMatterStyle::a);
    EXPECT_EQ(out.meta.summary, "Kort.");
    EXPECT_TRUE(out.meta.extra.empty());
}

TEST(MapStyleA, TakesTheFeaturedImagePathAsWrittenAsTheCoverSource) {
    const auto out =
        map_in(front_matter({{"featuredImage", text("/blog/images/Why It's Late.png")}}),
               FrontMatterStyle::a);
    ASSERT_TRUE(out.meta.cover.has_value());
    EXPECT_EQ(*out.meta.cover, (Cover{"/blog/images/Why It's Late.png", "", "", {}}));
}

TEST(MapStyleA, AcceptsTheLowercasedFeaturedImageKey) {
    const auto out = map_in(front_matter({{"featuredimage", text("/a.png")}}), FrontMatterStyle::a);
    ASSERT_TRUE(out.meta.cover.has_value());
    EXPECT_EQ(out.meta.cover->source, "/a.png");
}

TEST(MapStyleA, LeavesStyleBKeysInExtra) {
    const auto fm = front_matter({{"summary", text("S")},
                                  {"categories", list({text("AI")})},
                                  {"lastmod", date_value(ymd(2026, 1, 2))},
                                  {"cover", map({{"image", text("x.png")}})}});
    const auto out = map_in(fm, FrontMatterStyle::a);
    EXPECT_EQ(out.meta.summary, "");
    EXPECT_TRUE(out.meta.categories.empty());
    EXPECT_FALSE(out.meta.updated.has_value());
    EXPECT_FALSE(out.meta.cover.has_value());
    EXPECT_EQ(out.meta.extra, fm.entries);
    EXPECT_TRUE(out.diagnostics.items().empty());
}

}  // namespace
}  // namespace folio
