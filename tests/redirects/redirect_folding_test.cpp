#include "src/redirects/redirect_folding.hpp"

#include <gtest/gtest.h>

#include "tests/redirects/redirect_test_data.hpp"

namespace folio {
namespace {

using testing::dated_redirects;
using testing::new_urls_of;

TEST(FoldRedirects, DatedUrlsToOneSectionBecomeOneRule) {
    const auto redirects = dated_redirects();
    const FoldedRedirects folded = fold_redirects(redirects, new_urls_of(redirects));
    EXPECT_TRUE(folded.exact.empty());
    ASSERT_EQ(folded.patterns.size(), 1u);
    EXPECT_EQ(placeholder_text(folded.patterns[0].from), "/:p1/:p2/:p3/:slug/");
    EXPECT_EQ(placeholder_text(folded.patterns[0].to), "/posts/:slug/");
    EXPECT_EQ(folded.patterns[0].members.size(), 3u);
    for (const Redirect& redirect : redirects) {
        EXPECT_EQ(apply_pattern(folded.patterns[0], redirect.from), redirect.to);
    }
}

TEST(FoldRedirects, ARedirectTheRuleWouldGetWrongIsExact) {
    auto redirects = dated_redirects();
    // Same shape of old URL, but the slug changed: the rule would send it to /posts/old-name/.
    redirects.push_back({"/2022/01/01/old-name/", "/posts/new-name/", "renamed.md"});
    const FoldedRedirects folded = fold_redirects(redirects, new_urls_of(redirects));
    ASSERT_EQ(folded.exact.size(), 1u);
    EXPECT_EQ(folded.exact[0].from, "/2022/01/01/old-name/");
    ASSERT_EQ(folded.patterns.size(), 1u);
    EXPECT_EQ(apply_pattern(folded.patterns[0], "/2022/01/01/old-name/"), "/posts/old-name/");
}

TEST(FoldRedirects, NoRuleThatWouldTakeAPageOfTheNewSite) {
    const auto redirects = dated_redirects();
    auto live = new_urls_of(redirects);
    live.push_back("/docs/a/b/c/");  // a page of the new site with four segments
    const FoldedRedirects folded = fold_redirects(redirects, live);
    EXPECT_TRUE(folded.patterns.empty());
    EXPECT_EQ(folded.exact, redirects);
}

TEST(FoldRedirects, ConstantSegmentsStayLiteral) {
    const std::vector<Redirect> redirects{{"/blog/2019/a.html", "/posts/a/", "a.md"},
                                          {"/blog/2020/b.html", "/posts/b/", "b.md"}};
    const FoldedRedirects folded = fold_redirects(redirects, new_urls_of(redirects));
    ASSERT_EQ(folded.patterns.size(), 1u);
    EXPECT_EQ(placeholder_text(folded.patterns[0].from), "/blog/:p2/:slug.html");
    EXPECT_EQ(apply_pattern(folded.patterns[0], "/blog/2021/c.html"), "/posts/c/");
    EXPECT_EQ(apply_pattern(folded.patterns[0], "/blog/2021/c/"), std::nullopt);
}

TEST(FoldRedirects, FewerThanTheMinimumStayExact) {
    const std::vector<Redirect> redirects{{"/2019/03/04/first/", "/posts/first/", "a.md"}};
    const FoldedRedirects folded = fold_redirects(redirects, new_urls_of(redirects));
    EXPECT_TRUE(folded.patterns.empty());
    EXPECT_EQ(folded.exact.size(), 1u);
    const auto three = dated_redirects();
    EXPECT_TRUE(fold_redirects(three, new_urls_of(three), 4).patterns.empty());
}

TEST(FoldRedirects, UnrelatedNewUrlsAreNotFolded) {
    const std::vector<Redirect> redirects{{"/a/x/", "/posts/one/", "a.md"},
                                          {"/b/y/", "/posts/two/", "b.md"}};
    const FoldedRedirects folded = fold_redirects(redirects, new_urls_of(redirects));
    EXPECT_TRUE(folded.patterns.empty());
    EXPECT_EQ(folded.exact.size(), 2u);
}

}  // namespace
}  // namespace folio
