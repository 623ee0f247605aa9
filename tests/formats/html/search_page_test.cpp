#include "formats/html/search_page.hpp"

#include <gtest/gtest.h>

#include "formats/html/page_frame.hpp"
#include "tests/formats/html/html_test_support.hpp"

namespace folio::html {
namespace {

using testing::contains;
using testing::entry;

TEST(SearchPage, IsAFormInTheSitesLanguageThatPointsAtTheArchiveWithoutJavaScript) {
    SiteOptions options;
    options.title = "Blog";
    options.language = "nl";
    const SitePlan plan = plan_site({entry("a", "2025-01-01")});
    const OutputFile page = write_search_page(plan, options);
    EXPECT_EQ(page.path, "search/index.html");
    const std::string& html = page.bytes;
    EXPECT_TRUE(contains(html, "<title>Zoeken – Blog</title>")) << html;
    EXPECT_TRUE(contains(html, "role=\"search\" action=\"index.html\" method=\"get\"")) << html;
    EXPECT_TRUE(contains(html, "data-root=\"../\"")) << html;
    EXPECT_TRUE(contains(html, "data-many=\"{n} artikelen gevonden.\"")) << html;
    EXPECT_TRUE(contains(html, "<label for=\"search-query\">Doorzoek de artikelen</label>\n"
                               "<input type=\"search\" id=\"search-query\" name=\"q\""))
        << html;
    EXPECT_TRUE(contains(html, "<a href=\"../archive/index.html\">Archief</a>.</p>")) << html;
    EXPECT_TRUE(contains(html, "<p id=\"search-status\" role=\"status\" aria-live=\"polite\">"))
        << html;
    EXPECT_TRUE(contains(html, "<script src=\"search.js\"></script>")) << html;
    // The index is loaded by the script on first use, not by every visit to the page.
    EXPECT_FALSE(contains(html, "search-index.js")) << html;
}

TEST(SearchPage, IsLinkedFromEveryPagesHeaderUnlessTheSiteHasNoSearch) {
    SiteOptions options;
    options.title = "Blog";
    options.language = "en";
    const SitePlan plan = plan_site({entry("a", "2025-01-01")});
    PageFrame frame;
    frame.file = "posts/a/index.html";
    frame.root = root_prefix(frame.file);
    frame.language = "en";
    EXPECT_TRUE(contains(page_document(frame, plan, options, ""),
                         "<li><a href=\"../../search/index.html\">Search</a></li>"));
    options.search = false;
    EXPECT_FALSE(contains(page_document(frame, plan, options, ""), "search/index.html"));
}

TEST(SearchPage, ScriptLoadsTheIndexFilesBesideItAndBuildsResultsAsText) {
    const OutputFile script = write_search_script();
    EXPECT_EQ(script.path, "search/search.js");
    EXPECT_TRUE(contains(script.bytes, "\"search-index.js\""));
    EXPECT_TRUE(contains(script.bytes, "\"search-words-\" + hex + \".js\""));
    EXPECT_TRUE(contains(script.bytes, "\"search-articles-\" + (Math.floor("));
    // Titles are the authors' text: never parsed as markup.
    EXPECT_FALSE(contains(script.bytes, "innerHTML"));
    EXPECT_TRUE(contains(script.bytes, "history.replaceState"));
}

TEST(PagePaths, KeepsTheSearchFolderForTheSite) {
    EXPECT_EQ(page_file_for_permalink("/search/"), std::nullopt);
    EXPECT_EQ(page_file_for_permalink("/search/x/"), std::nullopt);
    EXPECT_EQ(page_file_for_permalink("/searching/"), "searching/index.html");
}

}  // namespace
}  // namespace folio::html
