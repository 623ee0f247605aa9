#include <gtest/gtest.h>

#include "tests/syndication/feed_test_support.hpp"

namespace folio {
namespace {

constexpr std::string_view kPage = "https://example.org/blog/posts/x/";
constexpr std::string_view kSite = "https://example.org/blog/";

TEST(FeedUrls, MakesEveryLinkAndImageInTheContentAbsolute) {
    const Article article =
        test::dated_post("x", "X", "2025-01-01",
                         "![a](img/a.png) [b](../b/) [c](/c/) [d](#d) [e](mailto:e@example.org) "
                         "[f](https://f.example/)\n");
    FeedOptions options = test::site_options();
    options.base_url = std::string(kSite);
    const FeedItem item = test::item_for(article, options);
    EXPECT_EQ(item.url, kPage);
    EXPECT_EQ(item.content_html,
              "<p><img src=\"https://example.org/blog/posts/x/img/a.png\" alt=\"a\" /> "
              "<a href=\"https://example.org/blog/posts/b/\">b</a> "
              "<a href=\"https://example.org/blog/c/\">c</a> "
              "<a href=\"#x-d\">d</a> <a href=\"mailto:e@example.org\">e</a> "
              "<a href=\"https://f.example/\">f</a></p>\n");
}

TEST(FeedUrls, FollowsThePermalinkPattern) {
    const Article article = test::dated_post("my-post", "X", "2025-03-04", "![a](a.png)\n");
    Diagnostics diagnostics;
    const FeedItem item =
        make_feed_item(test::source_for(article, std::nullopt, "/:year/:month/:slug.html"),
                             test::site_options(), diagnostics);
    EXPECT_EQ(item.url, "https://example.org/2025/03/my-post.html");
    EXPECT_EQ(item.content_html,
              "<p><img src=\"https://example.org/2025/03/a.png\" alt=\"a\" /></p>\n");
}

TEST(FeedUrls, CoverImagesBecomeAbsoluteAndEncoded) {
    const Article article = test::dated_post("x", "X", "2025-01-01", "Body.\n",
                                             "featuredImage: \"/blog/images/Why It's Late.png\"\n");
    Diagnostics diagnostics;
    const FeedItem item =
        make_feed_item(test::source_for(article, 77), test::site_options(), diagnostics);
    ASSERT_TRUE(item.image);
    EXPECT_EQ(item.image->url, "https://example.org/blog/images/Why%20It's%20Late.png");
    EXPECT_EQ(item.image->media_type, "image/png");
    EXPECT_EQ(item.image->length, 77U);
}

}  // namespace
}  // namespace folio
