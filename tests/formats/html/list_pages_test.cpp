#include <gtest/gtest.h>

#include "tests/formats/html/html_test_support.hpp"

namespace folio::html {
namespace {

using testing::contains;
using testing::entry;

std::vector<SiteEntry> many(std::size_t count, std::vector<std::string> tags = {}) {
    std::vector<SiteEntry> entries;
    for (std::size_t i = 0; i < count; ++i) {
        char date[16];
        std::snprintf(date, sizeof date, "2025-01-%02zu", i % 28 + 1);
        entries.push_back(entry("a" + std::to_string(i), date, tags));
    }
    return entries;
}

const OutputFile& file(const std::vector<OutputFile>& files, const std::string& path) {
    for (const OutputFile& f : files) {
        if (f.path == path) return f;
    }
    throw std::runtime_error("no file " + path);
}

TEST(ListPages, PaginatesTheIndexAndEachTagWithLinksBothWays) {
    SiteOptions options;
    options.title = "Blog";
    options.language = "en";
    const SitePlan plan = plan_site(many(45, {"x"}));
    const std::vector<OutputFile> files = write_list_pages(plan, options);
    std::vector<std::string> paths;
    for (const OutputFile& f : files) paths.push_back(f.path);
    EXPECT_EQ(paths,
              (std::vector<std::string>{"index.html", "page/2/index.html", "page/3/index.html",
                                        "tags/index.html", "tags/x/index.html",
                                        "tags/x/page/2/index.html", "tags/x/page/3/index.html",
                                        "archive/index.html"}));
    const std::string& second = file(files, "page/2/index.html").bytes;
    EXPECT_TRUE(contains(second, "<a rel=\"prev\" href=\"../../index.html\">"));
    EXPECT_TRUE(contains(second, "<a rel=\"next\" href=\"../../page/3/index.html\">"));
    EXPECT_TRUE(contains(second, "Page 2 of 3"));
    const std::string& last = file(files, "tags/x/page/3/index.html").bytes;
    EXPECT_EQ(std::count(last.begin(), last.end(), '\n') > 0, true);
    std::size_t items = 0;
    for (std::size_t at = last.find("<li><article"); at != std::string::npos;
         at = last.find("<li><article", at + 1))
        ++items;
    EXPECT_EQ(items, 5u);
    EXPECT_TRUE(
        contains(file(files, "tags/index.html").bytes,
                 "<a href=\"../tags/x/index.html\">x</a> <span class=\"count\">(45)</span>"));
}

TEST(ListPages, MarksEntriesInAnotherLanguage) {
    SiteOptions options;
    options.title = "Blog";
    options.language = "nl";
    SiteEntry english = entry("e", "2025-12-21");
    const SitePlan plan = plan_site({english});
    const std::vector<OutputFile> files = write_list_pages(plan, options);
    const std::string& index = files.at(0).bytes;
    EXPECT_TRUE(contains(index, "<html lang=\"nl\">"));
    EXPECT_TRUE(contains(index, "<article class=\"entry\" lang=\"en\">"));
    EXPECT_TRUE(contains(index, "21 December 2025"));
}

TEST(ListPages, SetsTheDirectionOfEntriesWrittenTheOtherWay) {
    SiteOptions options;
    options.title = "Blog";
    options.language = "nl";
    SiteEntry persian = entry("p", "2025-12-21");
    persian.language = "fa";
    const std::vector<OutputFile> files = write_list_pages(plan_site({persian}), options);
    EXPECT_TRUE(contains(files.at(0).bytes, "<article class=\"entry\" lang=\"fa\" dir=\"rtl\">"));

    // On a right-to-left site a left-to-right entry says so.
    options.language = "ar";
    SiteEntry english = entry("e", "2025-12-21");
    const std::vector<OutputFile> arabic = write_list_pages(plan_site({english}), options);
    EXPECT_TRUE(contains(arabic.at(0).bytes, "<html lang=\"ar\" dir=\"rtl\">"));
    EXPECT_TRUE(contains(arabic.at(0).bytes, "<article class=\"entry\" lang=\"en\" dir=\"ltr\">"));
}

TEST(NotFoundPage, LinksAbsolutelyWithABaseUrlAndRelativelyWithout) {
    SiteOptions options;
    options.title = "Blog";
    options.language = "en";
    const SitePlan plan = plan_site({});
    EXPECT_TRUE(contains(write_not_found_page(plan, options).bytes, "href=\"style.css\""));
    options.base_url = "https://example.org/blog/";
    const OutputFile page = write_not_found_page(plan, options);
    EXPECT_EQ(page.path, "404.html");
    EXPECT_TRUE(contains(page.bytes, "href=\"https://example.org/blog/style.css\""));
    EXPECT_TRUE(contains(page.bytes, "href=\"https://example.org/blog/index.html\""));
}

TEST(Sitemap, ListsEveryPageUnderTheBaseUrl) {
    SiteOptions options;
    options.title = "Blog";
    options.language = "en";
    options.base_url = "https://example.org/";
    SiteEntry dated = entry("x y", "2025-12-21T10:00:00+01:00", {"t"});
    const SitePlan plan = plan_site({dated, entry("undated", "")});
    const std::string xml = write_sitemap(plan, options, write_list_pages(plan, options)).bytes;
    EXPECT_TRUE(contains(xml, "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"));
    EXPECT_TRUE(contains(xml, "<loc>https://example.org/</loc>"));
    EXPECT_TRUE(contains(xml, "<loc>https://example.org/posts/x%20y/</loc>"));
    EXPECT_TRUE(contains(xml, "<lastmod>2025-12-21T10:00:00+01:00</lastmod>"));
    EXPECT_TRUE(contains(xml, "<loc>https://example.org/tags/t/</loc>"));
}

// A shown draft (folio serve, --drafts) is not for crawlers: nor is a tag or category page that
// lists drafts only, which would name a post not yet published.
TEST(Sitemap, LeavesOutTermPagesOfDraftsOnly) {
    SiteOptions options;
    options.title = "Blog";
    options.language = "en";
    options.base_url = "https://example.org/";
    SiteEntry draft = entry("secret", "2025-12-22", {"launch", "t"});
    draft.draft = true;
    draft.categories = {"plans"};
    const SitePlan plan = plan_site({entry("x", "2025-12-21", {"t"}), draft});
    const std::string xml = write_sitemap(plan, options, write_list_pages(plan, options)).bytes;
    EXPECT_TRUE(contains(xml, "<loc>https://example.org/tags/t/</loc>")) << xml;
    EXPECT_FALSE(contains(xml, "tags/launch/")) << xml;
    EXPECT_FALSE(contains(xml, "categories/plans/")) << xml;
    EXPECT_FALSE(contains(xml, "posts/secret/")) << xml;
}

TEST(Stylesheet, ScrollsWideTablesAndCodeAndFollowsTheDarkModeSetting) {
    const OutputFile css = write_stylesheet();
    EXPECT_EQ(css.path, "style.css");
    EXPECT_TRUE(contains(css.bytes, "prefers-color-scheme: dark"));
    EXPECT_TRUE(contains(css.bytes, "table { display: block; max-width: 100%; overflow-x: auto;"));
    EXPECT_TRUE(contains(css.bytes, "overflow-x: auto"));
}

TEST(ListPages, NumberThePagesAndNameTheSitesAuthor) {
    SiteOptions options;
    options.title = "Blog";
    options.language = "en";
    options.author = "Ada";
    options.page_size = 1;
    const SitePlan plan = plan_site(many(11, {"x"}));
    const std::vector<OutputFile> files = write_list_pages(plan, options);
    const std::string& sixth = file(files, "page/6/index.html").bytes;
    EXPECT_TRUE(contains(sixth,
                         "<nav class=\"pages\" aria-label=\"Pages\"><a rel=\"prev\" "
                         "href=\"../../page/5/index.html\">← Newer</a><ol>"
                         "<li><a href=\"../../index.html\" aria-label=\"Page 1 of 11\">1</a></li>"
                         "<li aria-hidden=\"true\">…</li>"
                         "<li><a href=\"../../page/4/index.html\" aria-label=\"Page 4 of 11\">4</a></li>"
                         "<li><a href=\"../../page/5/index.html\" aria-label=\"Page 5 of 11\">5</a></li>"
                         "<li><a href=\"../../page/6/index.html\" aria-current=\"page\" "
                         "aria-label=\"Page 6 of 11\">6</a></li>"
                         "<li><a href=\"../../page/7/index.html\" aria-label=\"Page 7 of 11\">7</a></li>"
                         "<li><a href=\"../../page/8/index.html\" aria-label=\"Page 8 of 11\">8</a></li>"
                         "<li aria-hidden=\"true\">…</li>"
                         "<li><a href=\"../../page/11/index.html\" aria-label=\"Page 11 of 11\">11</a></li>"
                         "</ol><a rel=\"next\" href=\"../../page/7/index.html\">Older →</a></nav>"))
        << sixth;
    for (const OutputFile& page : files) {
        if (page.path.ends_with(".html")) {
            EXPECT_TRUE(contains(page.bytes, "<meta name=\"author\" content=\"Ada\">")) << page.path;
        }
    }
    EXPECT_TRUE(contains(file(files, "index.html").bytes, "\"@type\": \"WebSite\""));
    SiteOptions described = options;
    described.description = "Notes on <feeds>";
    const std::string home = write_list_pages(plan, described).front().bytes;
    EXPECT_TRUE(contains(home, "<meta name=\"description\" content=\"Notes on &lt;feeds&gt;\">"));
    EXPECT_TRUE(contains(home, "\"description\": \"Notes on \\u003cfeeds\\u003e\""));
    EXPECT_FALSE(contains(sixth, "\"@type\": \"WebSite\""));
}

}  // namespace
}  // namespace folio::html
