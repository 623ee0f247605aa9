#include "formats/html/related_posts.hpp"

#include <gtest/gtest.h>

#include <chrono>

#include "tests/formats/html/html_test_support.hpp"

namespace folio::html {
namespace {

using testing::entry;

std::vector<std::string> slugs(const SitePlan& plan, const std::vector<std::size_t>& found) {
    std::vector<std::string> out;
    for (const std::size_t i : found) out.push_back(plan.entries[i].permalink);
    return out;
}

TEST(RelatedEntries, RanksByTagsSharedThenNewest) {
    const SitePlan plan = plan_site({
        entry("self", "2025-06-01", {"c++", "epub", "rss"}),
        entry("one-old", "2025-01-01", {"c++"}),
        entry("two", "2025-02-01", {"epub", "c++"}),
        entry("one-new", "2025-05-01", {"rss"}),
        entry("three", "2024-01-01", {"rss", "epub", "c++", "extra"}),
        entry("none", "2025-07-01", {"hugo"}),
        entry("undated", "", {"epub"}),
    });
    EXPECT_EQ(slugs(plan, related_entries(plan, 0, 10)),
              (std::vector<std::string>{"/posts/three/", "/posts/two/", "/posts/one-new/",
                                        "/posts/one-old/", "/posts/undated/"}));
    EXPECT_EQ(slugs(plan, related_entries(plan, 0, 2)),
              (std::vector<std::string>{"/posts/three/", "/posts/two/"}));
    EXPECT_TRUE(related_entries(plan, 5, 3).empty());  // its tag is its own
    EXPECT_TRUE(related_entries(plan, 0, 0).empty());
}

TEST(RelatedEntries, CountsATagWrittenTwiceOnce) {
    const SitePlan plan = plan_site({
        entry("self", "2025-06-01", {"RSS", "rss", "atom"}),
        entry("a", "2025-05-01", {"rss"}),
        entry("b", "2025-01-01", {"atom", "rss"}),
    });
    EXPECT_EQ(slugs(plan, related_entries(plan, 0, 5)),
              (std::vector<std::string>{"/posts/b/", "/posts/a/"}));
}

TEST(RelatedEntries, StaysFastWhenEveryArticleSharesATag) {
    // 10,000 articles with one tag in common and a few of 50 others: comparing all pairs is
    // 10^8 steps; the per-tag cut keeps each article's work to a few thousand.
    std::vector<SiteEntry> entries;
    for (std::size_t i = 0; i < 10000; ++i) {
        char date[16];
        std::snprintf(date, sizeof date, "20%02zu-%02zu-%02zu", 10 + i % 15, i % 12 + 1,
                      i % 28 + 1);
        entries.push_back(entry("a" + std::to_string(i), date,
                                {"blog", "t" + std::to_string(i % 50),
                                 "u" + std::to_string(i % 7)}));
    }
    const SitePlan plan = plan_site(std::move(entries));
    const auto start = std::chrono::steady_clock::now();
    std::size_t found = 0;
    for (std::size_t i = 0; i < plan.entries.size(); ++i) {
        const std::vector<std::size_t> related = related_entries(plan, i, 5);
        found += related.size();
        ASSERT_EQ(std::count(related.begin(), related.end(), i), 0);
    }
    const auto seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    EXPECT_EQ(found, 50000u);
    // 1.4 s on the project machine while a benchmark ran on both cores.
    EXPECT_LT(seconds, 10.0);
}

}  // namespace
}  // namespace folio::html
