#include "formats/epub/book_split.hpp"

#include <gtest/gtest.h>

namespace folio::epub {
namespace {

Article article(std::vector<std::string> tags, std::string date = {}) {
    Article a;
    a.meta.tags = std::move(tags);
    if (!date.empty()) a.meta.date = parse_date(date);
    return a;
}

/// Each group as `file: index index ...`.
std::vector<std::string> shown(const std::vector<BookGroup>& groups) {
    std::vector<std::string> out;
    for (const BookGroup& group : groups) {
        std::string line = group.file + " '" + group.name + "':";
        for (const std::size_t i : group.articles) line += " " + std::to_string(i);
        out.push_back(std::move(line));
    }
    return out;
}

TEST(SplitArticles, PutsAnArticleInEachOfItsTagsBooksWhateverTheCase) {
    const std::vector<Article> articles = {article({"Rust", "Go"}), article({"rust", "RUST"}),
                                           article({})};
    EXPECT_EQ(shown(split_articles(articles, SplitBy::tag, true)),
              (std::vector<std::string>{"tag-go.epub 'Go': 0", "tag-rust.epub 'Rust': 0 1",
                                        "other.epub '': 2"}));
    EXPECT_EQ(shown(split_articles(articles, SplitBy::tag, false)),
              (std::vector<std::string>{"tag-go.epub 'Go': 0", "tag-rust.epub 'Rust': 0 1"}));
}

TEST(SplitArticles, NamesYearsBareAndUndatedArticlesOther) {
    const std::vector<Article> articles = {article({}, "2024-12-31T23:00:00-05:00"),
                                           article({}), article({}, "2023-01-01")};
    // The year as written: the offset does not move it to 2025.
    EXPECT_EQ(shown(split_articles(articles, SplitBy::year, true)),
              (std::vector<std::string>{"2023.epub '2023': 2", "2024.epub '2024': 0",
                                        "other.epub '': 1"}));
}

TEST(SplitArticles, TakesTheFirstSeriesOfAListAndCategories) {
    Article listed;
    listed.meta.extra.emplace_back("series", Value{ValueList{Value{std::string("Deep Dive")}}});
    listed.meta.categories = {"Notes"};
    Article named;
    named.meta.extra.emplace_back("series", Value{std::string("deep dive")});
    const std::vector<Article> articles = {listed, named};
    EXPECT_EQ(shown(split_articles(articles, SplitBy::series, true)),
              (std::vector<std::string>{"series-deep-dive.epub 'Deep Dive': 0 1"}));
    EXPECT_EQ(shown(split_articles(articles, SplitBy::category, true)),
              (std::vector<std::string>{"category-notes.epub 'Notes': 0", "other.epub '': 1"}));
}

TEST(SplitArticles, GivesNamesWithoutALatinSlugOrWithATakenOneFilesOfTheirOwn) {
    const std::vector<Article> articles = {article({"C++"}), article({"C"}), article({"日本"}),
                                           article({"Other"})};
    const std::vector<BookGroup> groups = split_articles(articles, SplitBy::tag, true);
    ASSERT_EQ(groups.size(), 4u);
    EXPECT_EQ(groups[0].file, "tag-c.epub");
    EXPECT_EQ(groups[1].file, "tag-c-2.epub");
    EXPECT_EQ(groups[2].file, "tag-other.epub");
    EXPECT_TRUE(groups[3].file.starts_with("tag-")) << groups[3].file;
    EXPECT_EQ(groups[3].file.size(), std::string("tag-12345678.epub").size()) << groups[3].file;
    EXPECT_EQ(split_articles(articles, SplitBy::none, true).size(), 0u);
}

TEST(SplitArticles, KnowsTheKeysByName) {
    EXPECT_EQ(split_by_named("year"), SplitBy::year);
    EXPECT_EQ(split_by_named("series"), SplitBy::series);
    EXPECT_EQ(split_by_named("month"), std::nullopt);
}

}  // namespace
}  // namespace folio::epub
