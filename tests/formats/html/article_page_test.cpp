#include <gtest/gtest.h>

#include "formats/html/body_markup.hpp"
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

Fixture dutch_article() {
    Fixture f;
    SiteEntry self = entry("koffie", "2025-11-03", {"schrijven"}, {"Column & Co"});
    self.title = "Koffie en code";
    self.language = "nl";
    self.summary = "Waarom ik in een café schrijf.";
    f.plan = plan_site({entry("older", "2025-01-01"), self, entry("newer", "2026-01-01")});
    f.plan.unpublished.insert("/posts/draft/");
    f.options.title = "Blog";
    f.options.language = "nl";
    f.article.meta.title = "Koffie en code";
    f.article.meta.date = parse_date("2025-11-03");
    f.article.source.path = "posts/koffie.md";
    f.article.body.push_back(Block{Heading{1, text("Koffie en code"), false}, {}});
    f.article.body.push_back(Block{Paragraph{text("Body.")}, {}});
    return f;
}

std::string page_html(const ArticlePage& page) {
    return page.files.at(0).bytes;
}

TEST(ArticlePage, ShowsTitleDateInTheArticlesLanguageTermsAndNeighbours) {
    Fixture f = dutch_article();
    Diagnostics d;
    const ArticlePage page =
        write_article_page(f.article, f.plan, 1, f.options, {}, testing::MemoryResources{}, d);
    const std::string html = page_html(page);
    EXPECT_EQ(page.files[0].path, "posts/koffie/index.html");
    EXPECT_TRUE(contains(html, "<html lang=\"nl\">"));
    EXPECT_TRUE(contains(html, "<h1>Koffie en code</h1>"));
    EXPECT_TRUE(contains(html, "<time datetime=\"2025-11-03\">3 november 2025</time>"));
    EXPECT_TRUE(contains(html, "href=\"../../tags/schrijven/index.html\""));
    EXPECT_TRUE(contains(html, ">Column &amp; Co</a>"));
    EXPECT_TRUE(contains(html, "<a rel=\"prev\" href=\"../../posts/older/index.html\">"));
    EXPECT_TRUE(contains(html, "<a rel=\"next\" href=\"../../posts/newer/index.html\">"));
    EXPECT_TRUE(
        contains(html, "<meta name=\"description\" content=\"Waarom ik in een café schrijf.\">"));
    EXPECT_TRUE(contains(html, "<link rel=\"stylesheet\" href=\"../../style.css\">"));
    // The body's H1 repeats the title: only the page's own heading is left.
    EXPECT_EQ(html.find("Koffie en code</h1>"), html.rfind("Koffie en code</h1>"));
    // No base URL: no canonical link, no feeds.
    EXPECT_FALSE(contains(html, "canonical"));
    EXPECT_FALSE(contains(html, "application/rss+xml"));
    EXPECT_TRUE(d.items().empty());
    // The heading is back in the article, for a feed item made from it afterwards.
    EXPECT_EQ(f.article.body.size(), 2u);
}

TEST(ArticlePage, LinksCanonicalOpenGraphAndFeedsWithABaseUrl) {
    Fixture f = dutch_article();
    f.options.base_url = "https://example.org/blog/";
    f.options.feeds = true;
    f.article.meta.cover = Cover{"https://img.example/x.jpg", "Alt", "Foto: eigen", {}};
    Diagnostics d;
    const std::string html = page_html(write_article_page(
        f.article, f.plan, 1, f.options, testing::locator(), testing::MemoryResources{}, d));
    EXPECT_TRUE(
        contains(html, "<link rel=\"canonical\" href=\"https://example.org/blog/posts/koffie/\">"));
    EXPECT_TRUE(
        contains(html, "<meta property=\"og:image\" content=\"https://img.example/x.jpg\">"));
    EXPECT_TRUE(contains(html, "<meta property=\"og:type\" content=\"article\">"));
    EXPECT_TRUE(
        contains(html, "type=\"application/atom+xml\" title=\"Atom\" href=\"../../atom.xml\""));
    EXPECT_TRUE(
        contains(html,
                 "<figure class=\"cover\"><img src=\"https://img.example/x.jpg\" alt=\"Alt\">"
                 "<figcaption>Foto: eigen</figcaption></figure>"));
}

TEST(ArticlePage, CopiesLocalImagesNextToThePageAndDropsAMissingCover) {
    Fixture f = dutch_article();
    f.article.meta.cover = Cover{"/img/missing.png", "", "", {}};
    f.article.body.push_back(
        Block{Paragraph{{Inline{Image{"/img/Photo One.PNG", "", text("p"), {}, {}, {}}}}}, {}});
    testing::MemoryResources resources;
    resources.files["static/img/Photo One.PNG"] = "png-bytes";
    Diagnostics d;
    const ArticlePage page = write_article_page(f.article, f.plan, 1, f.options,
                                                testing::locator("static"), resources, d);
    ASSERT_EQ(page.files.size(), 2u);
    EXPECT_EQ(page.files[1].path, "posts/koffie/photo-one.png");
    EXPECT_EQ(page.files[1].bytes, "png-bytes");
    EXPECT_TRUE(contains(page_html(page), "<img src=\"photo-one.png\" alt=\"p\" />"));
    EXPECT_FALSE(contains(page_html(page), "missing.png"));
    ASSERT_EQ(d.items().size(), 1u);
    EXPECT_EQ(d.items()[0].code, "html.image.missing");
    EXPECT_TRUE(contains(d.items()[0].message, "the page is written without it"));
}

TEST(ArticlePage, PointsSiteLinksAtPagesAndUnlinksDrafts) {
    Fixture f = dutch_article();
    f.article.body.push_back(
        Block{Paragraph{{Inline{Link{"/posts/newer#part", "", text("newer"), false, {}, {}, {}}},
                         Inline{Link{"/posts/draft", "", text("draft"), false, {7, 3}, {}, {}}},
                         Inline{Link{"/elsewhere/", "", text("else"), false, {}, {}, {}}}}},
              {}});
    Diagnostics d;
    const std::string html = page_html(
        write_article_page(f.article, f.plan, 1, f.options, {}, testing::MemoryResources{}, d));
    EXPECT_TRUE(contains(html, "<a href=\"../../posts/newer/index.html#part\">newer</a>"));
    EXPECT_TRUE(contains(html, "</a>draft<a href=\"/elsewhere/\">else</a>"));
    ASSERT_EQ(d.items().size(), 1u);
    EXPECT_EQ(d.items()[0].code, "html.link.unpublished");
    EXPECT_EQ(d.items()[0].line, 7u);
}

TEST(ArticlePage, PointsLinksToAnotherArticlesFileAtItsPage) {
    Fixture f = dutch_article();
    SiteEntry newer = entry("newer", "2026-01-01");
    newer.source_name = "2026-01-01-newer";
    f.plan = plan_site({entry("older", "2025-01-01"), f.plan.entries[1], newer});
    // As `[a]({{< ref "posts/2026-01-01-newer.md#part" >}})` and `{% post_url ... %}` read.
    f.article.body.push_back(Block{
        Paragraph{{Inline{Link{"posts/2026-01-01-newer.md#part", "", text("a"), false, {}, {}, {}}},
                   Inline{Link{"unknown.md", "", text("b"), false, {}, {}, {}}}}},
        {}});
    Diagnostics d;
    const std::string html = page_html(
        write_article_page(f.article, f.plan, 1, f.options, {}, testing::MemoryResources{}, d));
    EXPECT_TRUE(contains(html, "<a href=\"../../posts/newer/index.html#part\">a</a>")) << html;
    EXPECT_TRUE(contains(html, "<a href=\"unknown.md\">b</a>"));
}

TEST(Html5Body, TitlesTheFootnotes) {
    EXPECT_EQ(html5_body("<section class=\"footnotes\" data-footnotes=\"\">\n<ol>", "Voetnoten"),
              "<section class=\"footnotes\" data-footnotes=\"\">\n"
              "<h2 class=\"visually-hidden\">Voetnoten</h2>\n<ol>");
}

}  // namespace
}  // namespace folio::html

namespace folio::html {
namespace {

// Issue 23: the site trusts its author's raw HTML unless told not to.
TEST(ArticlePage, KeepsTheAuthorsRawHtmlUnlessSanitizeHoldsItToTheAllowList) {
    Fixture f = dutch_article();
    f.article.body.push_back(
        Block{HtmlBlock{"<div onclick=\"track()\">Embed<script src=\"w.js\"></script></div>\n"}, {}});
    Diagnostics kept_diagnostics;
    const std::string kept = page_html(write_article_page(f.article, f.plan, 1, f.options, {},
                                                          testing::MemoryResources{},
                                                          kept_diagnostics));
    EXPECT_TRUE(contains(kept, "<div onclick=\"track()\">Embed<script src=\"w.js\"></script></div>"));
    EXPECT_TRUE(kept_diagnostics.items().empty());

    f.options.sanitize = true;
    Diagnostics d;
    const std::string clean = page_html(
        write_article_page(f.article, f.plan, 1, f.options, {}, testing::MemoryResources{}, d));
    EXPECT_TRUE(contains(clean, "<div>Embed</div>")) << clean;
    EXPECT_FALSE(contains(clean, "w.js"));
    ASSERT_EQ(d.items().size(), 1u);
    EXPECT_EQ(format_diagnostic(d.items()[0]),
              "posts/koffie.md: warning: raw HTML --sanitize does not keep: onclick attribute, "
              "<script> element [html.raw.removed]\n");
}

}  // namespace
}  // namespace folio::html
