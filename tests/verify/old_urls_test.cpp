#include "src/verify/old_urls.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace folio::verify {
namespace {

namespace fs = std::filesystem;

fs::path fresh_folder(const char* name) {
    const fs::path folder = fs::path(testing::TempDir()) / "old_urls_test" / name;
    fs::remove_all(folder);
    fs::create_directories(folder);
    return folder;
}

void write(const fs::path& path, std::string_view text) {
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << text;
}

std::vector<std::string> urls_of(const std::vector<OldUrl>& urls) {
    std::vector<std::string> out;
    for (const OldUrl& url : urls) out.push_back(url.url);
    return out;
}

TEST(OldUrls, ReadsASitemapWithLines) {
    const fs::path folder = fresh_folder("sitemap");
    write(folder / "sitemap.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
          "  <url><loc>https://old.example/</loc></url>\n"
          "  <url>\n    <loc> https://old.example/2019/05/a.html </loc><lastmod>2019-05-01</lastmod>\n  </url>\n"
          "</urlset>\n");
    Diagnostics diagnostics;
    const std::vector<OldUrl> urls = read_old_urls((folder / "sitemap.xml").string(), diagnostics);
    EXPECT_TRUE(diagnostics.items().empty());
    EXPECT_EQ(urls_of(urls), (std::vector<std::string>{"https://old.example/", "https://old.example/2019/05/a.html"}));
    EXPECT_EQ(urls[1].line, 5U);
}

TEST(OldUrls, FollowsASitemapIndexToFilesNextToIt) {
    const fs::path folder = fresh_folder("index");
    write(folder / "sitemap.xml",
          "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
          "<sitemap><loc>https://old.example/en/sitemap.xml</loc></sitemap>\n"
          "<sitemap><loc>https://old.example/sitemap-posts.xml</loc></sitemap>\n"
          "<sitemap><loc>https://old.example/missing.xml</loc></sitemap>\n"
          "</sitemapindex>\n");
    write(folder / "en/sitemap.xml", "<urlset><url><loc>https://old.example/en/</loc></url></urlset>");
    write(folder / "sitemap-posts.xml", "<urlset><url><loc>https://old.example/p/</loc></url></urlset>");
    Diagnostics diagnostics;
    const std::vector<OldUrl> urls = read_old_urls((folder / "sitemap.xml").string(), diagnostics);
    EXPECT_EQ(urls_of(urls), (std::vector<std::string>{"https://old.example/en/", "https://old.example/p/"}));
    ASSERT_EQ(diagnostics.items().size(), 1U);
    EXPECT_EQ(diagnostics.items()[0].line, 4U);
    EXPECT_EQ(diagnostics.items()[0].message,
              "the sitemap 'https://old.example/missing.xml' is not next to the index (sitemaps are never fetched)");
}

TEST(OldUrls, StopsAtASitemapIndexThatNamesItself) {
    const fs::path folder = fresh_folder("self");
    write(folder / "sitemap.xml", "<sitemapindex><sitemap><loc>/sitemap.xml</loc></sitemap></sitemapindex>");
    Diagnostics diagnostics;
    EXPECT_TRUE(read_old_urls((folder / "sitemap.xml").string(), diagnostics).empty());
    ASSERT_EQ(diagnostics.items().size(), 1U);
    EXPECT_EQ(diagnostics.items()[0].message, "sitemap indexes nested too deep");
}

TEST(OldUrls, ReadsAListWithComments) {
    const fs::path folder = fresh_folder("list");
    write(folder / "old.txt", "# old blog\n/a/\n\n  https://old.example/b.html  \r\n# end\n");
    Diagnostics diagnostics;
    const std::vector<OldUrl> urls = read_old_urls((folder / "old.txt").string(), diagnostics);
    EXPECT_EQ(urls_of(urls), (std::vector<std::string>{"/a/", "https://old.example/b.html"}));
    EXPECT_EQ(urls[1].line, 4U);
}

TEST(OldUrls, ReadsOldAndNewUrlsFromACsv) {
    const fs::path folder = fresh_folder("csv");
    write(folder / "redirects.csv",
          "old,new\n/a/,/posts/a/\n\"https://old.example/b,c.html\", \"/posts/b/\"\n/only-old/\nnot a url,/x/\n");
    Diagnostics diagnostics;
    const std::vector<OldUrl> urls = read_old_urls((folder / "redirects.csv").string(), diagnostics);
    ASSERT_EQ(urls.size(), 3U);
    EXPECT_EQ(urls[0].url, "/a/");
    EXPECT_EQ(urls[0].expected, "/posts/a/");
    EXPECT_EQ(urls[0].line, 2U);
    EXPECT_EQ(urls[1].url, "https://old.example/b,c.html");
    EXPECT_EQ(urls[1].expected, "/posts/b/");
    EXPECT_EQ(urls[2].expected, "");
    ASSERT_EQ(diagnostics.items().size(), 1U);
    EXPECT_EQ(diagnostics.items()[0].message, "not a URL or path: 'not a url'");
    EXPECT_EQ(diagnostics.items()[0].line, 5U);
}

TEST(OldUrls, TakesEveryPageOfABuiltOldSite) {
    const fs::path folder = fresh_folder("site");
    write(folder / "index.html", "");
    write(folder / "404.html", "");
    write(folder / "2019/05/a.html", "");
    write(folder / "about/index.html", "");
    write(folder / "style.css", "");
    Diagnostics diagnostics;
    const std::vector<OldUrl> urls = read_old_urls(folder.string(), diagnostics);
    EXPECT_EQ(urls_of(urls), (std::vector<std::string>{"/2019/05/a.html", "/about/", "/"}));
}

TEST(OldUrls, ReportsWhatItCannotRead) {
    const fs::path folder = fresh_folder("bad");
    write(folder / "sitemap.xml", "<urlset><url>\n<loc>x</lo></url></urlset>\n");
    Diagnostics diagnostics;
    EXPECT_TRUE(read_old_urls((folder / "sitemap.xml").string(), diagnostics).empty());
    EXPECT_TRUE(read_old_urls((folder / "absent.txt").string(), diagnostics).empty());
    ASSERT_EQ(diagnostics.items().size(), 2U);
    EXPECT_EQ(diagnostics.items()[0].code, "verify.old-urls");
    EXPECT_EQ(diagnostics.items()[0].line, 2U);
    EXPECT_EQ(format_diagnostic(diagnostics.items()[1]),
              (folder / "absent.txt").string() + ": error: cannot read the old site's URLs [verify.old-urls]\n");
}

}  // namespace
}  // namespace folio::verify
