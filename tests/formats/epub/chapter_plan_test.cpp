#include <gtest/gtest.h>

#include "formats/epub/epub_writer.hpp"

namespace folio::epub {
namespace {

Article article(std::string path, std::string title, std::string date, std::string category = {}) {
    Article a;
    a.source.path = std::move(path);
    a.meta.title = std::move(title);
    if (!date.empty()) a.meta.date = parse_date(date);
    if (!category.empty()) a.meta.categories = {std::move(category)};
    a.slug = a.source.path.substr(0, a.source.path.find('.'));
    return a;
}

std::vector<std::string> titles(const std::vector<Article>& articles) {
    std::vector<std::string> out;
    for (const Article& a : articles) out.push_back(a.meta.title);
    return out;
}

std::vector<Article> sample() {
    return {article("c.md", "banana", "2025-03-01"), article("a.md", "Cherry", ""),
            article("b.md", "apple", "2025-01-01T10:00:00+02:00"),
            article("d.md", "date", "2025-01-01T09:00:00Z")};
}

TEST(PlanChapters, PlacesDatesWithoutAnOffsetInTheTimeZone) {
    // Midnight of 1 March in Amsterdam is 23:00 UTC the day before: before 23:30 UTC.
    std::vector<Article> articles = {article("a.md", "date only", "2025-03-01"),
                                     article("b.md", "with offset", "2025-02-28T23:30:00Z")};
    plan_chapters(articles, ChapterOrder::date, GroupBy::none);
    EXPECT_EQ(titles(articles), (std::vector<std::string>{"with offset", "date only"}));
    plan_chapters(articles, ChapterOrder::date, GroupBy::none,
                  *TimeZone::parse("Europe/Amsterdam"));
    EXPECT_EQ(titles(articles), (std::vector<std::string>{"date only", "with offset"}));
}

TEST(PlanChapters, OrdersByDateOldestFirstWithUndatedLast) {
    std::vector<Article> articles = sample();
    plan_chapters(articles, ChapterOrder::date, GroupBy::none);
    EXPECT_EQ(titles(articles), (std::vector<std::string>{"apple", "date", "banana", "Cherry"}));
}

TEST(PlanChapters, OrdersNewestFirstStillWithUndatedLast) {
    std::vector<Article> articles = sample();
    plan_chapters(articles, ChapterOrder::date_descending, GroupBy::none);
    EXPECT_EQ(titles(articles), (std::vector<std::string>{"banana", "date", "apple", "Cherry"}));
}

TEST(PlanChapters, OrdersByTitleIgnoringCaseOrByPath) {
    std::vector<Article> articles = sample();
    plan_chapters(articles, ChapterOrder::title, GroupBy::none);
    EXPECT_EQ(titles(articles), (std::vector<std::string>{"apple", "banana", "Cherry", "date"}));
    plan_chapters(articles, ChapterOrder::path, GroupBy::none);
    EXPECT_EQ(titles(articles), (std::vector<std::string>{"Cherry", "apple", "banana", "date"}));
}

TEST(PlanChapters, GivesEachChapterAFileAndAnIdPrefix) {
    std::vector<Article> articles = {article("posts/Why It's Late.md", "x", "2025-01-01")};
    articles[0].slug = "why-its-late";
    const std::vector<ChapterPlan> plan =
        plan_chapters(articles, ChapterOrder::date, GroupBy::none);
    ASSERT_EQ(plan.size(), 1U);
    EXPECT_EQ(plan[0].href, "0001-why-its-late.xhtml");
    EXPECT_EQ(plan[0].id_prefix, "c1-");
    EXPECT_EQ(plan[0].source_path, "posts/Why It's Late.md");
    EXPECT_EQ(plan[0].group, "");
}

TEST(PlanChapters, NamesTheFileOfASlugInAnotherScriptByItsNumberInAscii) {
    std::vector<Article> articles = {article("a.md", "日本語", "2025-01-01"),
                                     article("b.md", "Tokyo", "2025-01-02")};
    articles[0].slug = "日本語";
    articles[1].slug = "tokyo東京2025";
    const std::vector<ChapterPlan> plan =
        plan_chapters(articles, ChapterOrder::date, GroupBy::none);
    ASSERT_EQ(plan.size(), 2U);
    EXPECT_EQ(plan[0].href, "0001-chapter.xhtml");
    EXPECT_EQ(plan[0].slug, "日本語");
    EXPECT_EQ(plan[1].href, "0002-tokyo-2025.xhtml");
}

TEST(PlanChapters, GroupsByCategoryNameThenOrdersWithinEachGroup) {
    std::vector<Article> articles = {article("1.md", "one", "2025-05-01", "Tools"),
                                     article("2.md", "two", "2025-01-01"),
                                     article("3.md", "three", "2025-03-01", "essays"),
                                     article("4.md", "four", "2025-02-01", "tools")};
    const std::vector<ChapterPlan> plan =
        plan_chapters(articles, ChapterOrder::date, GroupBy::category);
    EXPECT_EQ(titles(articles), (std::vector<std::string>{"three", "four", "one", "two"}));
    EXPECT_EQ(plan[1].group, "tools");
    EXPECT_EQ(plan[2].group, "tools");  // one group, spelled as its first article spells it
    EXPECT_EQ(plan[3].group, "");
}

}  // namespace
}  // namespace folio::epub
