#include <gtest/gtest.h>

#include "tests/formats/html/html_test_support.hpp"

namespace folio::html {
namespace {

using testing::entry;

TEST(SitePlan, OrdersNewestFirstWithTiesInInputOrderAndUndatedLast) {
    const SitePlan plan = plan_site({entry("undated", ""), entry("old", "2024-01-01"),
                                     entry("new", "2026-01-01"), entry("same-day", "2024-01-01")});
    EXPECT_EQ(plan.newest_first, (std::vector<std::size_t>{2, 1, 3, 0}));
    EXPECT_EQ(plan.rank, (std::vector<std::size_t>{3, 1, 0, 2}));
}

TEST(SitePlan, GroupsTagsBySlugWithTheFirstSpellingAsName) {
    const SitePlan plan = plan_site({entry("a", "2024-01-01", {"AI & Tech", "web"}),
                                     entry("b", "2025-01-01", {"ai-tech"}),
                                     entry("c", "2023-01-01", {"web", "Web"})});
    ASSERT_EQ(plan.tags.size(), 2u);
    EXPECT_EQ(plan.tags[0].slug, "ai-tech");
    EXPECT_EQ(plan.tags[0].name, "ai-tech");  // b is newest, so its spelling is seen first
    EXPECT_EQ(plan.tags[0].entries, (std::vector<std::size_t>{1, 0}));
    EXPECT_EQ(plan.tags[1].slug, "web");
    EXPECT_EQ(plan.tags[1].entries, (std::vector<std::size_t>{0, 2}));  // c once, not twice
    EXPECT_EQ(plan.entry_tags[2], (std::vector<std::size_t>{1}));
}

TEST(SitePlan, GivesNamesWithoutASlugAPageOfTheirOwn) {
    const SitePlan plan = plan_site({entry("a", "2024-01-01", {}, {"🎉", "★"})});
    ASSERT_EQ(plan.categories.size(), 2u);
    EXPECT_EQ(plan.categories[0].slug, "category-1");
    EXPECT_EQ(plan.categories[1].slug, "category-2");
}

TEST(SitePlan, FindsArticlesByNewAndOldPermalink) {
    SiteEntry a = entry("a", "2024-01-01");
    a.old_permalink = "/blog/a";
    const SitePlan plan = plan_site({a});
    EXPECT_EQ(plan.by_permalink.at("/posts/a/"), 0u);
    EXPECT_EQ(plan.by_permalink.at("/blog/a"), 0u);
}

TEST(PageFileForPermalink, MapsFoldersToTheirIndexAndKeepsHtmlFiles) {
    EXPECT_EQ(page_file_for_permalink("/posts/x/"), "posts/x/index.html");
    EXPECT_EQ(page_file_for_permalink("/2025/12/x"), "2025/12/x/index.html");
    EXPECT_EQ(page_file_for_permalink("/x.html"), "x.html");
}

TEST(PageFileForPermalink, RefusesPathsThatLeaveTheSiteOrTakeItsNames) {
    for (const char* bad :
         {"/", "/../x/", "/posts/../../x/", "/a//b/", "/./x/", "/a\\b/", "/x?y", "/index.html",
          "/404.html", "/style.css", "/feed.xml", "/tags/x/", "/categories/x/", "/page/2/",
          "/.folio-manifest", "/style.css/x/", "/c:/x/", "/feeds.html", "/feed.xsl"}) {
        EXPECT_EQ(page_file_for_permalink(bad), std::nullopt) << bad;
    }
}

}  // namespace
}  // namespace folio::html
