#include <gtest/gtest.h>

#include "tests/formats/feed/feed_test_support.hpp"

namespace folio {
namespace {

using feed::absolute_url;

constexpr std::string_view kPage = "https://example.org/blog/posts/x/";
constexpr std::string_view kSite = "https://example.org/blog/";

TEST(FeedUrls, ResolvesRelativeReferencesAgainstThePermalink) {
    EXPECT_EQ(absolute_url("img/a.png", kPage, kSite),
              "https://example.org/blog/posts/x/img/a.png");
    EXPECT_EQ(absolute_url("./a/./b/../c.png#top", kPage, kSite),
              "https://example.org/blog/posts/x/a/c.png#top");
    EXPECT_EQ(absolute_url("../other/", kPage, kSite), "https://example.org/blog/posts/other/");
    EXPECT_EQ(absolute_url("../../../../../x", kPage, kSite), "https://example.org/x");
    EXPECT_EQ(absolute_url("?page=2", kPage, kSite), "https://example.org/blog/posts/x/?page=2");
    EXPECT_EQ(absolute_url("..", kPage, kSite), "https://example.org/blog/posts/");
}

TEST(FeedUrls, JoinsSiteAbsolutePathsToTheBaseUrl) {
    EXPECT_EQ(absolute_url("/images/a.png", kPage, kSite), "https://example.org/blog/images/a.png");
    EXPECT_EQ(absolute_url("/", kPage, "https://example.org"), "https://example.org/");
    EXPECT_EQ(absolute_url("/a?b=1#c", kPage, "https://example.org/"),
              "https://example.org/a?b=1#c");
}

TEST(FeedUrls, KeepsFragmentsSchemesAndTakesTheSchemeForNetworkPaths) {
    EXPECT_EQ(absolute_url("#notes", kPage, kSite), "#notes");
    EXPECT_EQ(absolute_url("mailto:ann@example.org", kPage, kSite), "mailto:ann@example.org");
    EXPECT_EQ(absolute_url("https://other.example/x", kPage, kSite), "https://other.example/x");
    EXPECT_EQ(absolute_url("//cdn.example/x.png", kPage, kSite), "https://cdn.example/x.png");
    EXPECT_EQ(absolute_url("", kPage, kSite), "");
}

TEST(FeedUrls, MakesEveryLinkAndImageInTheContentAbsolute) {
    const Article article =
        test::dated_post("x", "X", "2025-01-01",
                         "![a](img/a.png) [b](../b/) [c](/c/) [d](#d) [e](mailto:e@example.org) "
                         "[f](https://f.example/)\n");
    feed::FeedOptions options = test::site_options();
    options.base_url = std::string(kSite);
    const feed::FeedItem item = test::item_for(article, options);
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
    const feed::FeedItem item =
        feed::make_feed_item(test::source_for(article, std::nullopt, "/:year/:month/:slug.html"),
                             test::site_options(), diagnostics);
    EXPECT_EQ(item.url, "https://example.org/2025/03/my-post.html");
    EXPECT_EQ(item.content_html,
              "<p><img src=\"https://example.org/2025/03/a.png\" alt=\"a\" /></p>\n");
}

TEST(FeedUrls, CoverImagesBecomeAbsoluteAndEncoded) {
    const Article article = test::dated_post("x", "X", "2025-01-01", "Body.\n",
                                             "featuredImage: \"/blog/images/Why It's Late.png\"\n");
    Diagnostics diagnostics;
    const feed::FeedItem item =
        feed::make_feed_item(test::source_for(article, 77), test::site_options(), diagnostics);
    ASSERT_TRUE(item.image);
    EXPECT_EQ(item.image->url, "https://example.org/blog/images/Why%20It's%20Late.png");
    EXPECT_EQ(item.image->media_type, "image/png");
    EXPECT_EQ(item.image->length, 77U);
}

TEST(FeedUrls, EncodesWhatAUrlCannotHoldAndKeepsExistingEscapes) {
    EXPECT_EQ(feed::encode_url("https://example.org/a b/caf%C3%A9/é?q=\"x\"&p=100%"),
              "https://example.org/a%20b/caf%C3%A9/%C3%A9?q=%22x%22&p=100%25");
}

TEST(FeedUrls, RefusesABaseUrlThatIsNotAbsolute) {
    EXPECT_EQ(feed::base_url_problem(""),
              "a base URL is required (--base-url or base_url in folio.toml)");
    EXPECT_EQ(feed::base_url_problem("example.org"),
              "base URL 'example.org' must be absolute, starting with https:// or http:// (like "
              "https://example.org/)");
    EXPECT_EQ(feed::base_url_problem("/blog/"),
              "base URL '/blog/' must be absolute, starting with https:// or http:// (like "
              "https://example.org/)");
    EXPECT_EQ(feed::base_url_problem("ftp://example.org/"),
              "base URL 'ftp://example.org/' must be absolute, starting with https:// or http:// "
              "(like https://example.org/)");
    EXPECT_EQ(feed::base_url_problem("https:///x"),
              "base URL 'https:///x' has no host (like https://example.org/)");
    EXPECT_EQ(feed::base_url_problem("https://example.org/?a=1"),
              "base URL 'https://example.org/?a=1' must not contain a query, a fragment or spaces");
    EXPECT_EQ(feed::base_url_problem("HTTPS://example.org/blog"), "");
}

TEST(FeedUrls, TakesTheImageMediaTypeFromTheExtension) {
    EXPECT_EQ(feed::image_media_type("x.PNG?v=2"), "image/png");
    EXPECT_EQ(feed::image_media_type("https://cdn.example/a.jpeg#x"), "image/jpeg");
    EXPECT_EQ(feed::image_media_type("a.webp"), "image/webp");
    EXPECT_EQ(feed::image_media_type("a.svg"), "image/svg+xml");
    EXPECT_EQ(feed::image_media_type("photo"), "");
    EXPECT_EQ(feed::image_media_type("dir.v2/photo"), "");
}

}  // namespace
}  // namespace folio
