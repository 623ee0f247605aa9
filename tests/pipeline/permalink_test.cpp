#include "src/pipeline/permalink.hpp"

#include <gtest/gtest.h>

namespace folio {
namespace {

Article dated_article() {
    Article a;
    a.slug = "why-its-late";
    a.meta.title = "Why It's Late";
    a.meta.date = parse_date("2026-02-07T20:25:44.255Z");
    a.source.path = "content/posts/Why It's Late.md";
    return a;
}

TEST(ExpandPermalink, FillsEveryToken) {
    EXPECT_EQ(expand_permalink("/:section/:year/:month/:day/:slug/", dated_article(), "blog"),
              "/blog/2026/02/07/why-its-late/");
    EXPECT_EQ(expand_permalink("/t/:title/:filename", dated_article()), "/t/why-its-late/why-its-late");
}

TEST(ExpandPermalink, UsesTheDefaultPattern) {
    EXPECT_EQ(expand_permalink(kDefaultPermalink, dated_article()), "/posts/why-its-late/");
}

TEST(ExpandPermalink, AlwaysStartsWithASlash) {
    EXPECT_EQ(expand_permalink("blog/:slug/", dated_article()), "/blog/why-its-late/");
}

TEST(ExpandPermalink, WritesZerosWithoutADate) {
    Article a = dated_article();
    a.meta.date.reset();
    EXPECT_EQ(expand_permalink("/:year/:month/:slug/", a), "/0000/00/why-its-late/");
}

TEST(PermalinkProblem, NamesAnUnknownToken) {
    EXPECT_EQ(permalink_problem("/:slug/"), "");
    EXPECT_EQ(permalink_problem("/:sluggy/"),
              "unknown permalink token ':sluggy' (known: :slug :title :year :month :day :section "
              ":filename)");
}

}  // namespace
}  // namespace folio
