#include <gtest/gtest.h>

#include "tests/meta/meta_test_support.hpp"

namespace folio {
namespace {

using namespace folio::testing;  // test builders only

TEST(MapStyleB, TakesCategoriesAndSummary) {
    const auto out = map_in(front_matter({{"categories", list({text("AI"), text("Onderwijs")})},
                                          {"summary", text("Kort.")}}),
                            FrontMatterStyle::b);
    EXPECT_EQ(out.meta.categories, (std::vector<std::string>{"AI", "Onderwijs"}));
    EXPECT_EQ(out.meta.summary, "Kort.");
    EXPECT_TRUE(out.meta.extra.empty());
}

TEST(MapStyleB, TakesLastmodUpdatedOrModifiedAsTheUpdateDate) {
    for (const char* key : {"lastmod", "updated", "modified"}) {
        const auto out =
            map_in(front_matter({{key, date_value(ymd(2026, 3, 1))}}), FrontMatterStyle::b);
        EXPECT_EQ(out.meta.updated, ymd(2026, 3, 1)) << key;
        EXPECT_TRUE(out.meta.extra.empty()) << key;
    }
    const auto quoted =
        map_in(front_matter({{"lastmod", text("2026-03-01")}}), FrontMatterStyle::b);
    EXPECT_EQ(quoted.meta.updated, ymd(2026, 3, 1));
}

TEST(MapStyleB, KeepsTheDescriptionApartFromTheSummary) {
    const auto out =
        map_in(front_matter({{"description", text("Voor zoekmachines")}}), FrontMatterStyle::b);
    EXPECT_EQ(out.meta.summary, "");
    EXPECT_EQ(out.meta.description, "Voor zoekmachines");
    EXPECT_TRUE(out.meta.extra.empty());
}

TEST(MapStyleB, TakesACoverMapAndKeepsPaperModKeysInCoverExtra) {
    const auto out =
        map_in(front_matter(
                   {{"cover", map({{"image", text("https://images.example.com/p.jpg?w=1200&q=80")},
                                   {"alt", text("Een klaslokaal")},
                                   {"relative", boolean(false)},
                                   {"caption", text("Foto: X")},
                                   {"hidden", boolean(true)},
                                   {"hiddenInList", boolean(false)},
                                   {"hiddenInSingle", boolean(true)}})}}),
               FrontMatterStyle::b);
    ASSERT_TRUE(out.meta.cover.has_value());
    EXPECT_EQ(*out.meta.cover,
              (Cover{"https://images.example.com/p.jpg?w=1200&q=80", "Een klaslokaal", "Foto: X",
                     Map{{"relative", boolean(false)},
                         {"hidden", boolean(true)},
                         {"hiddenInList", boolean(false)},
                         {"hiddenInSingle", boolean(true)}}}));
    EXPECT_TRUE(out.meta.extra.empty());
}

TEST(MapStyleB, KeepsAnEmptyPaperModCoverTemplate) {
    // PaperMod's archetype writes empty strings; the map stays a cover so its keys survive.
    const auto out = map_in(
        front_matter(
            {{"cover", map({{"image", text("")}, {"alt", text("")}, {"hidden", boolean(true)}})}}),
        FrontMatterStyle::b);
    ASSERT_TRUE(out.meta.cover.has_value());
    EXPECT_EQ(*out.meta.cover, (Cover{"", "", "", Map{{"hidden", boolean(true)}}}));
}

TEST(MapStyleB, TakesACoverThatIsAPlainStringAsItsSource) {
    const auto out = map_in(front_matter({{"cover", text("images/a.png")}}), FrontMatterStyle::b);
    ASSERT_TRUE(out.meta.cover.has_value());
    EXPECT_EQ(*out.meta.cover, (Cover{"images/a.png", "", "", {}}));
}

TEST(MapStyleB, LeavesStyleAKeysInExtra) {
    const auto fm = front_matter({{"excerpt", text("E")},
                                  {"category", text("AI")},
                                  {"featuredImage", text("/a.png")},
                                  {"featuredimage", text("/b.png")}});
    const auto out = map_in(fm, FrontMatterStyle::b);
    EXPECT_EQ(out.meta.summary, "");
    EXPECT_TRUE(out.meta.categories.empty());
    EXPECT_FALSE(out.meta.cover.has_value());
    EXPECT_EQ(out.meta.extra, fm.entries);
}

}  // namespace
}  // namespace folio
