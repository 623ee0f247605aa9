#include "src/verify/site_path.hpp"
#include "src/web/url.hpp"

#include <gtest/gtest.h>

namespace folio::verify {
namespace {

SiteAddress site(const char* url) { return *SiteAddress::from_url(url); }

TEST(SitePath, ResolvesRelativeReferencesAgainstThePage) {
    const SiteAddress root = site("https://example.org/");
    EXPECT_EQ(site_target("../b/", "/posts/a/", root)->path, "/posts/b/");
    EXPECT_EQ(site_target("img.png", "/posts/a/", root)->path, "/posts/a/img.png");
    EXPECT_EQ(site_target("img.png", "/posts/a.html", root)->path, "/posts/img.png");
    EXPECT_EQ(site_target("../../../x", "/a/", root)->path, "/x");
    EXPECT_EQ(site_target("/c/./d/../e", "/a/", root)->path, "/c/e");
}

TEST(SitePath, SplitsOffTheFragmentAndTheQuery) {
    const SiteAddress root = site("https://example.org/");
    const std::optional<SiteTarget> target = site_target("/a/?x=1#Caf%C3%A9", "/", root);
    ASSERT_TRUE(target);
    EXPECT_EQ(target->path, "/a/");
    EXPECT_TRUE(target->has_fragment);
    EXPECT_EQ(target->fragment, "Café");
    const std::optional<SiteTarget> same_page = site_target("#top", "/posts/a/", root);
    EXPECT_EQ(same_page->path, "/posts/a/");
    EXPECT_EQ(same_page->fragment, "top");
}

TEST(SitePath, DecodesPercentEscapesButKeepsInvalidOnes) {
    EXPECT_EQ(percent_decode("/caf%C3%A9/a%20b/%zz/%4"), "/café/a b/%zz/%4");
    EXPECT_EQ(site_target("/a%2Bb+c", "/", site("https://example.org/"))->path, "/a+b+c");
}

TEST(SitePath, KeepsAbsoluteUrlsOfTheSitesOwnHostOnly) {
    const SiteAddress root = site("https://Example.org/");
    EXPECT_EQ(site_target("https://example.org/a/", "/", root)->path, "/a/");
    EXPECT_EQ(site_target("http://EXAMPLE.ORG:8080/a", "/", root)->path, "/a");
    EXPECT_EQ(site_target("//example.org/b", "/", root)->path, "/b");
    EXPECT_FALSE(site_target("https://other.example/a/", "/", root));
    EXPECT_FALSE(site_target("mailto:a@example.org", "/", root));
    EXPECT_FALSE(site_target("data:image/png;base64,AAAA", "/", root));
    // With no base URL, no absolute URL is the site's.
    EXPECT_FALSE(site_target("https://example.org/a/", "/", SiteAddress{}));
}

TEST(SitePath, TakesTheBasePathOff) {
    const SiteAddress blog = site("https://example.org/blog/");
    EXPECT_EQ(blog.path, "/blog/");
    EXPECT_EQ(site_target("/blog/posts/a/", "/", blog)->path, "/posts/a/");
    EXPECT_EQ(site_target("https://example.org/blog", "/", blog)->path, "/");
    EXPECT_EQ(site_target("../b/", "/posts/a/", blog)->path, "/posts/b/");
    // Outside the base path is not this site.
    EXPECT_FALSE(site_target("/other/", "/", blog));
}

TEST(SitePath, ReducesOldUrlsToPathsWhateverTheirHost) {
    const SiteAddress root = site("https://new.example/");
    EXPECT_EQ(*old_url_path("https://old.example/2019/05/a.html?x#y", root), "/2019/05/a.html");
    EXPECT_EQ(*old_url_path("2019/a/", root), "/2019/a/");
    EXPECT_EQ(*old_url_path("/caf%C3%A9/", root), "/café/");
    EXPECT_EQ(*old_url_path("https://old.example/blog/a/", site("https://new.example/blog/")), "/a/");
    EXPECT_FALSE(old_url_path("ftp://old.example/a", root));
}

TEST(SitePath, RefusesABaseUrlThatIsNotHttp) {
    EXPECT_FALSE(SiteAddress::from_url("example.org/blog"));
    EXPECT_FALSE(SiteAddress::from_url("ftp://example.org/"));
    EXPECT_EQ(SiteAddress::from_url("")->path, "/");
}

}  // namespace
}  // namespace folio::verify
