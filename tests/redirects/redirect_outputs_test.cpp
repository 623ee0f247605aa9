// The forms made from the full list: CSV, redirect pages, front matter values.

#include <gtest/gtest.h>

#include "src/redirects/front_matter_redirects.hpp"
#include "src/redirects/redirect_csv.hpp"
#include "src/redirects/redirect_pages.hpp"
#include "tests/redirects/redirect_test_data.hpp"

namespace folio {
namespace {

TEST(RedirectCsv, OriginsAndQuoting) {
    const std::vector<Redirect> redirects{{"/2019/a,b/", "/posts/a-b/", "a.md"}};
    EXPECT_EQ(write_redirect_csv(redirects, "https://old.example/blog/", "https://new.example/"),
              "old_url,new_url\r\n\"https://old.example/2019/a,b/\",https://new.example/posts/a-b/\r\n");
    EXPECT_EQ(write_redirect_csv(redirects), "old_url,new_url\r\n\"/2019/a,b/\",/posts/a-b/\r\n");
}

TEST(RedirectPages, OnePagePerOldUrlAtItsPath) {
    Diagnostics diagnostics;
    const auto pages = redirect_pages(testing::dated_redirects(), "", "", diagnostics);
    ASSERT_EQ(pages.size(), 3u);
    EXPECT_EQ(pages[0].path, "2019/03/04/first/index.html");
    EXPECT_EQ(pages[2].path, "2021/07/08/café/index.html");
    EXPECT_EQ(pages[0].html,
              "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
              "<title>Moved to /posts/first/</title>\n"
              "<link rel=\"canonical\" href=\"/posts/first/\">\n"
              "<meta name=\"robots\" content=\"noindex\">\n"
              "<meta http-equiv=\"refresh\" content=\"0; url=/posts/first/\">\n"
              "</head>\n<body>\n"
              "<p>This page has moved to <a href=\"/posts/first/\">/posts/first/</a>.</p>\n"
              "</body>\n</html>\n");
    EXPECT_TRUE(diagnostics.items().empty());
}

TEST(RedirectPages, FileUrlsBasePathsAndAbsoluteTargets) {
    const std::vector<Redirect> redirects{{"/blog/2019/a.html", "/blog/posts/a/?x=1&y=2", "a.md"},
                                          {"/blog/b", "/blog/posts/b/", "b.md"}};
    Diagnostics diagnostics;
    const auto pages = redirect_pages(redirects, "/blog", "https://new.example/blog/", diagnostics);
    ASSERT_EQ(pages.size(), 2u);
    EXPECT_EQ(pages[0].path, "2019/a.html");
    EXPECT_NE(pages[0].html.find("href=\"https://new.example/blog/posts/a/?x=1&amp;y=2\""),
              std::string::npos);
    EXPECT_EQ(pages[1].path, "b/index.html");
}

TEST(RedirectPages, OldUrlsOutsideTheSiteOrWithDotSegmentsGetAWarning) {
    const std::vector<Redirect> redirects{{"/elsewhere/a/", "/blog/a/", "a.md"},
                                          {"/blog/x/%2E%2E/y/", "/blog/b/", "b.md"}};
    Diagnostics diagnostics;
    EXPECT_TRUE(redirect_pages(redirects, "/blog", "", diagnostics).empty());
    ASSERT_EQ(diagnostics.items().size(), 2u);
    EXPECT_EQ(diagnostics.items()[0].code, "redirects.outside-site");
    EXPECT_EQ(diagnostics.items()[0].path, "a.md");
    EXPECT_EQ(diagnostics.items()[1].path, "b.md");
}

TEST(FrontMatterRedirects, DecodedPathsInsideTheNewSitePerArticle) {
    std::vector<Redirect> redirects = testing::dated_redirects();
    redirects.push_back({"/2018/01/01/older/", "/posts/first/", "first.md"});
    Diagnostics diagnostics;
    const auto values = front_matter_redirects(redirects, "", diagnostics);
    EXPECT_EQ(values.at("first.md"),
              (std::vector<std::string>{"/2019/03/04/first/", "/2018/01/01/older/"}));
    EXPECT_EQ(values.at("cafe.md"), (std::vector<std::string>{"/2021/07/08/café/"}));
}

TEST(FrontMatterRedirects, TheNewBasePathIsTakenOff) {
    const std::vector<Redirect> redirects{{"/blog/2019/a/", "/blog/posts/a/", "a.md"},
                                          {"/old/b/", "/blog/posts/b/", "b.md"}};
    Diagnostics diagnostics;
    const auto values = front_matter_redirects(redirects, "/blog", diagnostics);
    EXPECT_EQ(values.at("a.md"), (std::vector<std::string>{"/2019/a/"}));
    EXPECT_FALSE(values.contains("b.md"));
    ASSERT_EQ(diagnostics.items().size(), 1u);
    EXPECT_EQ(diagnostics.items()[0].code, "redirects.outside-site");
}

}  // namespace
}  // namespace folio
