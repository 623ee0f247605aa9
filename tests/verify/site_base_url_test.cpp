#include "src/verify/site_base_url.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace folio::verify {
namespace {

namespace fs = std::filesystem;

fs::path site_with_sitemap(const char* name, std::string_view sitemap) {
    const fs::path folder = fs::path(testing::TempDir()) / "site_base_url_test" / name;
    fs::remove_all(folder);
    fs::create_directories(folder);
    std::ofstream(folder / "sitemap.xml", std::ios::binary) << sitemap;
    return folder;
}

TEST(SiteBaseUrl, TakesTheHostAndTheFolderEveryUrlIsIn) {
    EXPECT_EQ(base_url_from_sitemap(site_with_sitemap("root", R"(<urlset>
  <url><loc>https://example.org/posts/a/</loc></url>
  <url><loc>https://example.org/</loc></url>
  <url><loc>https://example.org/about.html</loc></url>
</urlset>)").string()),
              "https://example.org/");
    EXPECT_EQ(base_url_from_sitemap(site_with_sitemap("blog", R"(<urlset>
  <url><loc>https://example.org/blog/posts/a/</loc></url>
  <url><loc>https://example.org/blog/posts/b/</loc></url>
  <url><loc>https://example.org/blog/</loc></url>
</urlset>)").string()),
              "https://example.org/blog/");
    // Without the home page listed, the folder all URLs share.
    EXPECT_EQ(base_url_from_sitemap(site_with_sitemap("shared", R"(<urlset>
  <url><loc>https://example.org/blog/a/</loc></url>
  <url><loc>https://example.org/blog/ab/</loc></url>
</urlset>)").string()),
              "https://example.org/blog/");
}

TEST(SiteBaseUrl, InfersNothingFromMixedHostsOrNoSitemap) {
    EXPECT_EQ(base_url_from_sitemap(site_with_sitemap("mixed", R"(<urlset>
  <url><loc>https://example.org/a/</loc></url><url><loc>https://example.net/b/</loc></url>
</urlset>)").string()),
              "");
    EXPECT_EQ(base_url_from_sitemap(site_with_sitemap("relative", "<urlset><url><loc>/a/</loc></url></urlset>").string()),
              "");
    EXPECT_EQ(base_url_from_sitemap("/nonexistent/site"), "");
}

}  // namespace
}  // namespace folio::verify
