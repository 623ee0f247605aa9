#include <gtest/gtest.h>

#include "formats/html/table_of_contents.hpp"
#include "tests/formats/html/html_test_support.hpp"

namespace folio::html {
namespace {

using testing::contains;
using testing::entry;
using testing::text;

struct Fixture {
    SitePlan plan;
    SiteOptions options;
    Article article;
};

std::string words(std::size_t count) {
    std::string out;
    for (std::size_t i = 0; i < count; ++i) out += "word ";
    return out;
}

// An English article (entry 1) between two others, the newer sharing both its tags.
Fixture article_with(std::vector<std::string> tags = {"epub", "rss"}) {
    Fixture f;
    SiteEntry self = entry("feeds", "2025-11-03", tags);
    self.title = "Feeds";
    self.updated = parse_date("2025-12-01T10:00:00+01:00");
    f.plan = plan_site({entry("older", "2025-01-01", {"rss"}), self,
                        entry("newer", "2026-01-01", {"epub", "rss"}),
                        entry("other", "2026-02-01", {"hugo"})});
    f.options.title = "Blog";
    f.options.language = "en";
    f.options.author = "Site Author";
    f.article.meta.title = "Feeds";
    f.article.meta.date = parse_date("2025-11-03");
    f.article.source.path = "posts/feeds.md";
    f.article.body.push_back(Block{Paragraph{text(words(450))}, {}});
    return f;
}

std::string page(Fixture& f, std::size_t entry = 1) {
    Diagnostics d;
    const ArticlePage written = write_article_page(f.article, f.plan, entry, f.options,
                                                   testing::locator(), testing::MemoryResources{},
                                                   d);
    return written.files.at(0).bytes;
}

TEST(ArticlePageMeta, ShowsReadingTimeAndTheArticlesAuthor) {
    Fixture f = article_with();
    f.article.meta.authors = {"Ada", "Grace"};
    const std::string html = page(f);
    EXPECT_TRUE(contains(html, "<span class=\"reading-time\">3 min read</span>"));  // 450 words
    EXPECT_TRUE(contains(html, "<span class=\"author\">By Ada, Grace</span>"));
    EXPECT_TRUE(contains(html, "<meta name=\"author\" content=\"Ada, Grace\">"));
}

// Raw HTML's scripts and styles are code, not words: an embed's 2,000 words of JavaScript and
// CSS made a 3-minute article "13 min read".
TEST(ArticlePageMeta, ReadingTimeLeavesOutTheCodeOfScriptsAndStyles) {
    Fixture f = article_with();
    f.article.body.push_back(Block{HtmlBlock{"<SCRIPT type=\"module\">" + words(1000) +
                                             "</script >\n<style>" + words(1000) +
                                             "</Style>\n<p>Caption.</p>\n"},
                                   {}});
    const std::string html = page(f);
    EXPECT_TRUE(contains(html, "<span class=\"reading-time\">3 min read</span>"));
    // The words after a script still count, and a script's start is not taken for `<s>`.
    f.article.body.push_back(Block{HtmlBlock{"<scripted>" + words(1000) + "</scripted>\n"}, {}});
    EXPECT_TRUE(contains(page(f), "<span class=\"reading-time\">7 min read</span>"));
}

// The copy button's words were a table of its own in the script; they are the labels of the
// page's language now, as the rest of the page's words.
TEST(ArticlePageMeta, TheCopyButtonSpeaksThePagesLanguage) {
    Fixture f = article_with();
    f.plan.entries[1].language = "nl";
    f.article.body.push_back(Block{CodeBlock{"sh", "ls\n"}, {}});
    EXPECT_TRUE(contains(page(f), "<script data-copy=\"Kopiëren\" data-copied=\"Gekopieerd\" "
                                  "data-failed=\"Kopiëren mislukt\">"));
}

TEST(ArticlePageMeta, FallsBackToTheSitesAuthorAndTheSmallCard) {
    Fixture f = article_with();
    const std::string html = page(f);
    EXPECT_TRUE(contains(html, "<span class=\"author\">By Site Author</span>"));
    EXPECT_TRUE(contains(html, "<meta name=\"twitter:card\" content=\"summary\">"));
    EXPECT_FALSE(contains(html, "og:url"));  // no base URL
    EXPECT_FALSE(contains(html, "mainEntityOfPage"));
}

TEST(ArticlePageMeta, WritesOpenGraphTwitterAndBlogPostingWithABaseUrl) {
    Fixture f = article_with();
    f.options.base_url = "https://example.org/";
    f.article.meta.description = "For search engines.";
    f.article.meta.cover = Cover{"https://img.example/x.jpg", "Alt", "", {}};
    const std::string html = page(f);
    for (const char* expected : {
             "<meta name=\"description\" content=\"For search engines.\">",
             "<meta property=\"og:url\" content=\"https://example.org/posts/feeds/\">",
             "<meta property=\"article:published_time\" content=\"2025-11-03\">",
             "<meta property=\"article:modified_time\" content=\"2025-12-01T10:00:00+01:00\">",
             "<meta property=\"article:tag\" content=\"epub\">",
             "<meta property=\"article:tag\" content=\"rss\">",
             "<meta name=\"twitter:card\" content=\"summary_large_image\">",
             "<meta name=\"twitter:image\" content=\"https://img.example/x.jpg\">",
             "<script type=\"application/ld+json\">",
             "\"@type\": \"BlogPosting\"",
             "\"headline\": \"Feeds\"",
             "\"name\": \"Site Author\"",
             "\"image\": \"https://img.example/x.jpg\"",
             "\"datePublished\": \"2025-11-03\"",
             "\"dateModified\": \"2025-12-01T10:00:00+01:00\"",
             "\"@id\": \"https://example.org/posts/feeds/\"",
         })
        EXPECT_TRUE(contains(html, expected)) << expected;
}

TEST(ArticlePageMeta, KeepsScriptEndsInValuesOutOfTheJsonLd) {
    Fixture f = article_with();
    f.article.meta.title = "A </script><script>alert(1)</script> <!-- title";
    const std::string html = page(f);
    const std::size_t script = html.find("<script type=\"application/ld+json\">");
    ASSERT_NE(script, std::string::npos);
    const std::size_t end = html.find("</script>", script);
    const std::string json = html.substr(script, end - script);
    EXPECT_TRUE(contains(json, "\\u003c/script\\u003e\\u003cscript\\u003ealert(1)"));
    EXPECT_FALSE(contains(json.substr(1), "<"));
    EXPECT_EQ(html.find("<script>"), std::string::npos);
}

TEST(ArticlePageMeta, ListsRelatedPostsByTagsShared) {
    Fixture f = article_with();
    const std::string html = page(f);
    const std::size_t related = html.find("<nav class=\"related\"");
    ASSERT_NE(related, std::string::npos);
    const std::size_t newer = html.find("href=\"../../posts/newer/index.html\">Title of newer", related);
    const std::size_t older = html.find("href=\"../../posts/older/index.html\">Title of older", related);
    EXPECT_LT(newer, older);  // two tags shared before one
    EXPECT_FALSE(contains(html.substr(related), "posts/other/"));
    f.options.related = 0;
    EXPECT_FALSE(contains(page(f), "class=\"related\""));
}

Fixture article_with_headings() {
    Fixture f = article_with();
    f.article.body.clear();
    f.article.body.push_back(Block{Heading{2, text("First part"), false}, {}});
    f.article.body.push_back(Block{Heading{4, text("Deep"), false}, {}});
    Inlines linked = text("See ");
    Link link;
    link.url = "https://x.example/";
    link.children = text("x & y");
    linked.push_back(Inline{link});
    f.article.body.push_back(Block{Heading{2, linked, false}, {}});
    f.article.body.push_back(Block{Heading{5, text("Too deep"), false}, {}});
    return f;
}

TEST(ArticlePageMeta, TableOfContentsWhenFrontMatterOrTheSiteAsks) {
    Fixture f = article_with_headings();
    EXPECT_FALSE(contains(page(f), "class=\"toc\""));
    f.plan.entries[1].toc = TocChoice::shown;
    std::string html = page(f);
    EXPECT_TRUE(contains(html,
                         "<details class=\"toc\"><summary>Contents</summary>\n"
                         "<nav aria-label=\"Contents\">\n"
                         "<ul><li><a href=\"#first-part\">First part</a><ul><li><ul><li>"
                         "<a href=\"#deep\">Deep</a></li></ul></li></ul></li>\n"
                         "<li><a href=\"#see-x--y\">See x &amp; y</a></li></ul>\n"
                         "</nav></details>"))
        << html;
    EXPECT_TRUE(contains(html, "<h2 id=\"first-part\">"));
    EXPECT_FALSE(contains(html, "#too-deep"));
    f.plan.entries[1].toc = TocChoice::open;
    EXPECT_TRUE(contains(page(f), "<details class=\"toc\" open>"));
    f.options.toc = true;
    f.plan.entries[1].toc = TocChoice::hidden;
    EXPECT_FALSE(contains(page(f), "class=\"toc\""));
    f.plan.entries[1].toc = TocChoice::site_default;
    EXPECT_TRUE(contains(page(f), "<details class=\"toc\">"));
}

TEST(TocChoice, ReadsTocShowTocAndTocOpenInAnyCase) {
    const auto choice = [](std::vector<std::pair<std::string, bool>> keys) {
        Map extra;
        for (auto& [key, flag] : keys) extra.emplace_back(key, Value(bool(flag)));
        return toc_choice(extra);
    };
    EXPECT_EQ(choice({}), TocChoice::site_default);
    EXPECT_EQ(choice({{"ShowToc", true}}), TocChoice::shown);
    EXPECT_EQ(choice({{"toc", true}, {"TocOpen", true}}), TocChoice::open);
    EXPECT_EQ(choice({{"showtoc", false}, {"TocOpen", true}}), TocChoice::hidden);
    EXPECT_EQ(choice({{"TocOpen", true}}), TocChoice::site_default_open);
    Map text_value;
    text_value.emplace_back("toc", Value(std::string("yes")));
    EXPECT_EQ(toc_choice(text_value), TocChoice::site_default);
}

}  // namespace
}  // namespace folio::html
