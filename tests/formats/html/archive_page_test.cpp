#include <gtest/gtest.h>

#include "tests/formats/html/html_test_support.hpp"

namespace folio::html {
namespace {

using testing::contains;
using testing::entry;

TEST(ArchivePage, GroupsByYearThenMonthNewestFirstUndatedLast) {
    SiteOptions options;
    options.title = "Blog";
    options.language = "nl";
    SiteEntry english = entry("e", "2025-12-21");
    const SitePlan plan = plan_site({entry("a", "2024-03-02"), entry("b", "2025-12-01"),
                                     entry("undated", ""), english, entry("c", "2025-03-09")});
    const std::string html = write_archive_page(plan, options).bytes;
    const auto at = [&html](const std::string& what) { return html.find(what); };
    EXPECT_TRUE(contains(html, "<title>Archief – Blog</title>"));
    EXPECT_LT(at("<h2 id=\"year-2025\">2025</h2>"), at("<h3>december</h3>"));
    EXPECT_LT(at("<h3>december</h3>"), at("posts/e/index.html"));
    EXPECT_LT(at("posts/e/index.html"), at("posts/b/index.html"));
    EXPECT_LT(at("posts/b/index.html"), at("<h3>maart</h3>"));
    EXPECT_LT(at("<h3>maart</h3>"), at("<h2 id=\"year-2024\">2024</h2>"));
    EXPECT_LT(at("<h2 id=\"year-2024\">2024</h2>"), at("posts/undated/index.html"));
    // March again under 2024: a month heading per year.
    EXPECT_LT(at("<h2 id=\"year-2024\">2024</h2>"), html.rfind("<h3>maart</h3>"));
    EXPECT_LT(html.rfind("<h3>maart</h3>"), at("posts/a/index.html"));
    EXPECT_TRUE(contains(html, "<li lang=\"en\"><time datetime=\"2025-12-21\">21 December 2025</time> "
                               "<a href=\"../posts/e/index.html\">Title of e</a></li>"));
}

TEST(Robots, NamesTheSitemapOnlyWhenItsUrlIsKnown) {
    SiteOptions options;
    EXPECT_EQ(write_robots(options).bytes, "User-agent: *\nAllow: /\n");
    options.base_url = "https://example.org/blog/";
    const OutputFile robots = write_robots(options);
    EXPECT_EQ(robots.path, "robots.txt");
    EXPECT_EQ(robots.bytes,
              "User-agent: *\nAllow: /\n\nSitemap: https://example.org/blog/sitemap.xml\n");
}

TEST(PagePaths, KeepsTheArchiveRobotsAndFaviconForTheSite) {
    EXPECT_EQ(page_file_for_permalink("/archive/"), std::nullopt);
    EXPECT_EQ(page_file_for_permalink("/archive/x/"), std::nullopt);
    EXPECT_EQ(page_file_for_permalink("/robots.txt"), std::nullopt);
    EXPECT_EQ(page_file_for_permalink("/favicon.svg"), std::nullopt);
    EXPECT_EQ(page_file_for_permalink("/archives/"), "archives/index.html");
}

}  // namespace
}  // namespace folio::html
