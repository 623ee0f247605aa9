#include "src/verify/html_page_scan.hpp"

#include <gtest/gtest.h>

namespace folio::verify {
namespace {

TEST(HtmlPageScan, FindsEveryKindOfLinkWithItsPosition) {
    const ScannedPage page = scan_html_page(
        "<!doctype html><html><head>\n"
        "<link rel=\"stylesheet\" href=\"/css/a.css\"><script src=\"/js/a.js\"></script>\n"
        "</head><body>\n"
        "<p>Text <a href=\"/posts/b/#part\">b</a></p>\n"
        "\t<img src=\"a.png\" srcset=\"a.png 1x, a@2x.png 2x\" alt=\"\">\n"
        "<video><source src=\"v.mp4\"></video><a href=\"\">empty</a><a>none</a>\n"
        "</body></html>\n");
    ASSERT_EQ(page.links.size(), 7U);
    EXPECT_EQ(page.links[0].url, "/css/a.css");
    EXPECT_EQ(page.links[0].kind, "link");
    EXPECT_EQ(page.links[0].line, 2U);
    EXPECT_EQ(page.links[0].column, 29U);
    EXPECT_EQ(page.links[1].url, "/js/a.js");
    EXPECT_EQ(page.links[1].kind, "script");
    EXPECT_EQ(page.links[2].url, "/posts/b/#part");
    EXPECT_EQ(page.links[2].line, 4U);
    EXPECT_EQ(page.links[2].column, 17U);
    EXPECT_EQ(page.links[3].url, "a.png");
    EXPECT_EQ(page.links[3].kind, "image");
    EXPECT_EQ(page.links[3].column, 11U);  // a tab is one column
    EXPECT_EQ(page.links[4].url, "a.png");
    EXPECT_EQ(page.links[5].url, "a@2x.png");
    EXPECT_EQ(page.links[6].url, "v.mp4");
    EXPECT_EQ(page.links[6].kind, "source");
}

TEST(HtmlPageScan, DecodesEntitiesInUrls) {
    const ScannedPage page = scan_html_page("<a href=\"/search?a=1&amp;b=2#x&#45;y\">s</a>");
    ASSERT_EQ(page.links.size(), 1U);
    EXPECT_EQ(page.links[0].url, "/search?a=1&b=2#x-y");
}

TEST(HtmlPageScan, CollectsIdsAndAnchorNames) {
    const ScannedPage page = scan_html_page(
        "<h2 id=\"intro\">I</h2><a name=\"old-anchor\"></a><sup id=\"fnref:1\"></sup><p id=\"\">x</p>"
        "<svg><g id=\"in-svg\"></g></svg>");
    EXPECT_EQ(page.ids.size(), 4U);
    EXPECT_TRUE(page.ids.count("intro"));
    EXPECT_TRUE(page.ids.count("old-anchor"));
    EXPECT_TRUE(page.ids.count("fnref:1"));
    EXPECT_TRUE(page.ids.count("in-svg"));
    EXPECT_FALSE(page.refresh_url);
    EXPECT_FALSE(page.base_href);
    EXPECT_EQ(scan_html_page("<base href=\" /a/ \"><base href=\"/b/\">").base_href, "/a/");
}

TEST(HtmlPageScan, ReadsTheTargetOfARedirectPage) {
    // As Hugo writes an alias page.
    const ScannedPage hugo = scan_html_page(
        "<!DOCTYPE html><html lang=\"en-us\"><head><title>https://example.org/posts/a/</title>"
        "<link rel=\"canonical\" href=\"https://example.org/posts/a/\"><meta name=\"robots\" "
        "content=\"noindex\"><meta charset=\"utf-8\"><meta http-equiv=\"refresh\" "
        "content=\"0; url=https://example.org/posts/a/\"></head></html>");
    EXPECT_EQ(hugo.refresh_url, "https://example.org/posts/a/");
    // As jekyll-redirect-from writes one.
    const ScannedPage jekyll = scan_html_page(
        "<!DOCTYPE html><html lang=\"en-US\"><meta charset=\"utf-8\"><title>Redirecting&hellip;</title>"
        "<link rel=\"canonical\" href=\"/new/\"><script>location=\"/new/\"</script>"
        "<meta http-equiv=\"refresh\" content=\"0; url=/new/\"><meta name=\"robots\" content=\"noindex\">"
        "<h1>Redirecting&hellip;</h1><a href=\"/new/\">Click here if you are not redirected.</a></html>");
    EXPECT_EQ(jekyll.refresh_url, "/new/");
}

TEST(HtmlPageScan, ReadsEveryFormOfRefreshContent) {
    EXPECT_EQ(refresh_target("0; url=/a/"), "/a/");
    EXPECT_EQ(refresh_target("0;URL='/b/'"), "/b/");
    EXPECT_EQ(refresh_target("5 ; Url = \"/c/\""), "/c/");
    EXPECT_EQ(refresh_target("0, /d/"), "/d/");
    EXPECT_FALSE(refresh_target("30"));
}

TEST(HtmlPageScan, SplitsSrcsetCandidates) {
    EXPECT_EQ(srcset_urls("a.png 480w, b.png 800w"), (std::vector<std::string>{"a.png", "b.png"}));
    EXPECT_EQ(srcset_urls("a.png, b.png 2x"), (std::vector<std::string>{"a.png", "b.png"}));
    // A comma inside a URL is part of it (the HTML standard's srcset parser).
    EXPECT_EQ(srcset_urls("a.png,b.png 2x, c.png"), (std::vector<std::string>{"a.png,b.png", "c.png"}));
    EXPECT_EQ(srcset_urls("a.png, b.png,"), (std::vector<std::string>{"a.png", "b.png"}));
    EXPECT_EQ(srcset_urls("  only.png  "), (std::vector<std::string>{"only.png"}));
}

TEST(HtmlPageScan, ScansAPageNestedTooDeepForRecursion) {
    std::string html;
    for (int i = 0; i < 10000; ++i) html += "<div>";
    html += "<a href=\"/deep\" id=\"d\">x</a>";
    const ScannedPage page = scan_html_page(html);
    ASSERT_EQ(page.links.size(), 1U);
    EXPECT_TRUE(page.ids.count("d"));
}

}  // namespace
}  // namespace folio::verify
