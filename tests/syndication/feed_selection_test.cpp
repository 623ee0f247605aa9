#include <gtest/gtest.h>

#include "tests/syndication/feed_test_support.hpp"
#include "src/syndication/newest_first.hpp"

namespace folio {
namespace {

std::vector<std::string> selected_slugs(const std::vector<Article>& articles,
                                        const FeedOptions& options) {
    Diagnostics diagnostics;
    std::vector<std::string> out;
    for (const std::size_t index : select_articles(articles, options, diagnostics)) {
        out.push_back(articles[index].slug);
    }
    return out;
}

std::vector<Article> four_posts() {
    return {test::dated_post("b", "B", "2025-06-01"),
            test::dated_post("d", "D", "2026-01-01T00:30:00+01:00"),  // 2025-12-31T23:30Z
            test::dated_post("a", "A", "2025-01-01"),
            test::dated_post("c", "C", "2025-12-31T23:45:00Z")};
}

TEST(FeedSelection, PutsTheNewestFirstComparingInstantsNotTheDatesAsWritten) {
    EXPECT_EQ(selected_slugs(four_posts(), test::site_options()),
              (std::vector<std::string>{"c", "d", "b", "a"}));
}

TEST(FeedSelection, KeepsOnlyTheLimitNewest) {
    FeedOptions options = test::site_options();
    options.limit = 2;
    EXPECT_EQ(selected_slugs(four_posts(), options), (std::vector<std::string>{"c", "d"}));
    options.limit = 0;
    EXPECT_EQ(selected_slugs(four_posts(), options).size(), 4U);
}

TEST(FeedSelection, DefaultsToTwentyItems) {
    std::vector<Article> articles;
    for (int day = 1; day <= 25; ++day) {
        const std::string d = (day < 10 ? "0" : "") + std::to_string(day);
        articles.push_back(test::dated_post("p" + d, "P" + d, "2025-05-" + d));
    }
    const std::vector<std::string> slugs = selected_slugs(articles, test::site_options());
    ASSERT_EQ(slugs.size(), 20U);
    EXPECT_EQ(slugs.front(), "p25");
    EXPECT_EQ(slugs.back(), "p06");
}

TEST(FeedSelection, KeepsInputOrderForTheSameInstant) {
    const std::vector<Article> articles = {test::dated_post("x", "X", "2025-05-05"),
                                           test::dated_post("y", "Y", "2025-05-05T00:00:00Z"),
                                           test::dated_post("z", "Z", "2025-05-05")};
    EXPECT_EQ(selected_slugs(articles, test::site_options()),
              (std::vector<std::string>{"x", "y", "z"}));
}

TEST(FeedSelection, LeavesDraftsOutUnlessAsked) {
    std::vector<Article> articles = four_posts();
    articles.push_back(
        test::dated_post("draft", "Draft", "2027-01-01", "Body.\n", "draft: true\n"));
    FeedOptions options = test::site_options();
    EXPECT_EQ(selected_slugs(articles, options), (std::vector<std::string>{"c", "d", "b", "a"}));
    options.publication.drafts = true;
    EXPECT_EQ(selected_slugs(articles, options),
              (std::vector<std::string>{"draft", "c", "d", "b", "a"}));
}

TEST(FeedSelection, LeavesUndatedArticlesOutWithAWarning) {
    std::vector<Article> articles = four_posts();
    articles.push_back(
        test::read_post("posts/undated.md", "---\ntitle: Undated\n---\n\nText.\n", "undated"));
    Diagnostics diagnostics;
    EXPECT_EQ(select_articles(articles, test::site_options(), diagnostics).size(), 4U);
    ASSERT_EQ(diagnostics.items().size(), 1U);
    EXPECT_EQ(format_diagnostic(diagnostics.items().front()),
              "posts/undated.md: warning: 'Undated' has no date and is left out of the feed "
              "(every feed format needs an item date) [feed.no-date]\n");
}

TEST(FeedSelection, OrdersDateOnlyValuesInTheConfiguredZone) {
    // Midnight in Amsterdam on 1 July is 22:00 UTC the day before: earlier than 23:00 UTC.
    const std::vector<Article> articles = {test::dated_post("local", "Local", "2025-07-01"),
                                           test::dated_post("utc", "Utc", "2025-06-30T23:00:00Z")};
    FeedOptions options = test::site_options();
    EXPECT_EQ(selected_slugs(articles, options), (std::vector<std::string>{"local", "utc"}));
    options.zone = *TimeZone::parse("Europe/Amsterdam");
    EXPECT_EQ(selected_slugs(articles, options), (std::vector<std::string>{"utc", "local"}));
}

}  // namespace
}  // namespace folio

namespace folio {
namespace {

TEST(FeedSelection, KeepsTheNewestWhileStreamingFarMoreValuesThanTheLimit) {
    NewestFirst<int> newest(5);
    for (int i = 0; i < 1000; ++i) newest.add(i % 37, i);
    // Instant 36 is the newest; its values arrived as 36, 73, 110, ... and keep that order.
    EXPECT_EQ(newest.take(), (std::vector<int>{36, 73, 110, 147, 184}));
    NewestFirst<int> all(0);
    for (int i = 0; i < 100; ++i) all.add(i % 3, i);
    const std::vector<int> everything = all.take();
    ASSERT_EQ(everything.size(), 100U);
    EXPECT_EQ(everything.front(), 2);
    EXPECT_EQ(everything.back(), 99);
}

}  // namespace
}  // namespace folio
