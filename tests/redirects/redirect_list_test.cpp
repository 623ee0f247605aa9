#include "src/redirects/redirect_list.hpp"

#include <gtest/gtest.h>

namespace folio {
namespace {

TEST(RedirectsFrom, SkipsArticlesWhoseUrlDidNotChange) {
    const std::vector<ArticleUrls> urls{{"/a/", "/a/", "a.md"}, {"/2020/b/", "/posts/b/", "b.md"}};
    Diagnostics diagnostics;
    const auto redirects = redirects_from(urls, diagnostics);
    ASSERT_EQ(redirects.size(), 1u);
    EXPECT_EQ(redirects[0], (Redirect{"/2020/b/", "/posts/b/", "b.md"}));
    EXPECT_TRUE(diagnostics.items().empty());
}

TEST(RedirectsFrom, AFinalSlashAloneIsNoRedirect) {
    // Next.js's /posts/a to Hugo's /posts/a/: a Netlify rule between them would loop.
    const std::vector<ArticleUrls> urls{{"/posts/a", "/posts/a/", "a.md"},
                                        {"/posts/b/", "/posts/b", "b.md"},
                                        {"/posts/c", "/posts/cd/", "c.md"}};
    Diagnostics diagnostics;
    const auto redirects = redirects_from(urls, diagnostics);
    ASSERT_EQ(redirects.size(), 1u);
    EXPECT_EQ(redirects[0], (Redirect{"/posts/c", "/posts/cd/", "c.md"}));
}

TEST(RedirectsFrom, EncodedAndDecodedFormsAreOneUrl) {
    const std::vector<ArticleUrls> urls{{"/caf%C3%A9/", "/café/", "a.md"}};
    Diagnostics diagnostics;
    EXPECT_TRUE(redirects_from(urls, diagnostics).empty());
}

TEST(RedirectsFrom, TwoArticlesWithOneOldUrlIsAWarningAndTheFirstKeepsIt) {
    const std::vector<ArticleUrls> urls{{"/same/", "/posts/a/", "a.md"},
                                        {"/same/", "/posts/b/", "b.md"}};
    Diagnostics diagnostics;
    const auto redirects = redirects_from(urls, diagnostics);
    ASSERT_EQ(redirects.size(), 1u);
    EXPECT_EQ(redirects[0].to, "/posts/a/");
    ASSERT_EQ(diagnostics.items().size(), 1u);
    EXPECT_EQ(diagnostics.items()[0].code, "redirects.collision");
    EXPECT_EQ(diagnostics.items()[0].path, "b.md");
    EXPECT_EQ(diagnostics.items()[0].severity, Severity::warning);
}

TEST(RedirectsFrom, AnOldUrlThatIsAnotherArticlesNewUrlIsNotRedirected) {
    const std::vector<ArticleUrls> urls{{"/posts/b/", "/posts/a/", "a.md"},
                                        {"/2020/b/", "/posts/b/", "b.md"}};
    Diagnostics diagnostics;
    const auto redirects = redirects_from(urls, diagnostics);
    ASSERT_EQ(redirects.size(), 1u);
    EXPECT_EQ(redirects[0].from, "/2020/b/");
    ASSERT_EQ(diagnostics.items().size(), 1u);
    EXPECT_EQ(diagnostics.items()[0].code, "redirects.shadows-page");
    EXPECT_EQ(diagnostics.items()[0].path, "a.md");
}

TEST(PathInSite, TakesTheBasePathOffAndDecodes) {
    EXPECT_EQ(path_in_site("/blog/caf%C3%A9/", "/blog"), "/café/");
    EXPECT_EQ(path_in_site("/blog/", "/blog"), "/");
    EXPECT_EQ(path_in_site("/x/", ""), "/x/");
    EXPECT_EQ(path_in_site("/blogger/x/", "/blog"), std::nullopt);
    EXPECT_EQ(path_in_site("/other/x/", "/blog"), std::nullopt);
}

}  // namespace
}  // namespace folio
