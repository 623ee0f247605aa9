#include <gtest/gtest.h>

#include "src/text/language_tag.hpp"
#include "tests/syndication/feed_test_support.hpp"

namespace folio {
namespace {

TEST(FeedItems, DescribeAnItemByItsSummary) {
    const Article article = test::dated_post("x", "X", "2025-01-01", "First paragraph.\n",
                                             "summary: \"The  summary.\"\n");
    EXPECT_EQ(test::item_for(article, test::site_options()).summary, "The summary.");
}

TEST(FeedItems, DescribeAStyleAItemByItsExcerpt) {
    const Article article = test::dated_post("x", "X", "2025-01-01", "First paragraph.\n",
                                             "excerpt: \"The excerpt.\"\ncategory: \"Notes\"\n");
    EXPECT_EQ(test::item_for(article, test::site_options()).summary, "The excerpt.");
}

TEST(FeedItems, OtherwiseDescribeAnItemByItsFirstParagraphAsText) {
    const Article article = test::dated_post(
        "x", "X", "2025-01-01",
        "# X\n\n![only an image](a.png)\n\nA *first* <mark>real</mark>\nparagraph with `code` and "
        "[a link](b/).[^n]\n\nSecond.\n\n[^n]: Note.\n");
    EXPECT_EQ(test::item_for(article, test::site_options()).summary, "only an image");
    const Article text_first = test::dated_post("y", "Y", "2025-01-01",
                                                "A *first* <mark>real</mark>\nparagraph with "
                                                "`code` and [a link](b/).[^n]\n\n[^n]: Note.\n");
    EXPECT_EQ(test::item_for(text_first, test::site_options()).summary,
              "A first real paragraph with code and a link.");
}

TEST(FeedItems, LeaveOutTheHeadingThatRepeatsTheTitle) {
    const Article article = test::dated_post("x", "Footnotes That Travel", "2025-01-01",
                                             "# Footnotes that  travel\n\nBody.\n");
    EXPECT_EQ(test::item_for(article, test::site_options()).content_html, "<p>Body.</p>\n");
    const Article other =
        test::dated_post("y", "Title", "2025-01-01", "# Another heading\n\nBody.\n");
    EXPECT_EQ(test::item_for(other, test::site_options()).content_html,
              "<h1 id=\"y-another-heading\">Another heading</h1>\n<p>Body.</p>\n");
}

// Issue 18: raw HTML images kept their site-relative URLs, broken in every feed reader.
TEST(FeedItems, MakeTheImagesOfRawHtmlAbsoluteLikeMarkdownImages) {
    const Article article = test::dated_post(
        "x", "X", "2025-01-01",
        "<p align=\"center\"><img src=\"/images/x.png\" srcset=\"/images/x2.png 2x\"></p>\n\n"
        "Inline <img src='y.png' alt=\"y\"> image.\n");
    const std::string html = test::item_for(article, test::site_options()).content_html;
    EXPECT_NE(html.find("<img src=\"https://example.org/images/x.png\" "
                        "srcset=\"https://example.org/images/x2.png 2x\">"),
              std::string::npos)
        << html;
    EXPECT_NE(html.find("<img src=\"https://example.org/posts/x/y.png\" alt=\"y\">"),
              std::string::npos)
        << html;
}

TEST(FeedItems, CarryNoContentInSummaryMode) {
    FeedOptions options = test::site_options();
    options.content = ContentMode::summary;
    const Article article = test::dated_post("x", "X", "2025-01-01", "Body.\n");
    const FeedItem item = test::item_for(article, options);
    EXPECT_EQ(item.content_html, "");
    EXPECT_EQ(item.summary, "Body.");
}

TEST(FeedItems, MergeTagsAndCategoriesWithoutRepeats) {
    const Article article = test::dated_post("x", "X", "2025-01-01", "Body.\n",
                                             "tags: [a, b, a]\ncategories: [b, c]\n");
    EXPECT_EQ(test::item_for(article, test::site_options()).categories,
              (std::vector<std::string>{"a", "b", "c"}));
}

TEST(FeedItems, TakeTheUpdatedDateWhenThereIsOne) {
    const Article article =
        test::dated_post("x", "X", "2025-01-01", "Body.\n", "lastmod: 2025-02-03\n");
    const FeedItem item = test::item_for(article, test::site_options());
    EXPECT_EQ(format_rfc3339(item.published), "2025-01-01T00:00:00Z");
    EXPECT_EQ(format_rfc3339(item.updated), "2025-02-03T00:00:00Z");
}

TEST(FeedItems, PreferTheArticleLanguageOverTheSiteLanguage) {
    const Article dutch = test::dated_post("x", "X", "2025-01-01", "Body.\n", "language: nl\n");
    EXPECT_EQ(test::item_for(dutch, test::site_options()).language, "nl");
    const Article plain = test::dated_post("y", "Y", "2025-01-01");
    EXPECT_EQ(test::item_for(plain, test::site_options()).language, "en");
}

TEST(FeedItems, WrapTheContentOfARightToLeftItemInItsDirection) {
    const Article persian =
        test::dated_post("x", "X", "2025-01-01", "سلام دنیا.\n", "language: fa\n");
    const FeedItem item = test::item_for(persian, test::site_options());
    EXPECT_EQ(item.language, "fa");
    EXPECT_EQ(item.content_html, "<div lang=\"fa\" dir=\"rtl\"><p>سلام دنیا.</p>\n</div>");
    const Article english = test::dated_post("y", "Y", "2025-01-01", "Hello.\n");
    EXPECT_EQ(test::item_for(english, test::site_options()).content_html, "<p>Hello.</p>\n");
}

TEST(FeedItems, WriteLanguagesAsBcp47TagsAndWarnAboutOthers) {
    EXPECT_EQ(language_tag("nl_NL"), "nl-NL");
    EXPECT_EQ(language_tag("en-GB"), "en-GB");
    EXPECT_EQ(language_tag("zh-Hant-2020"), "zh-Hant-2020");
    for (const char* bad : {"", "1nl", "nl-", "-nl", "nl--x", "Nederlands!", "averyverylongtag"}) {
        EXPECT_EQ(language_tag(bad), "") << bad;
    }
    const Article article =
        test::dated_post("x", "X", "2025-01-01", "Body.\n", "language: \"Dutch (NL)\"\n");
    Diagnostics diagnostics;
    const FeedItem item =
        make_feed_item(test::source_for(article), test::site_options(), diagnostics);
    EXPECT_EQ(item.language, "en");
    ASSERT_EQ(diagnostics.items().size(), 1U);
    EXPECT_EQ(format_diagnostic(diagnostics.items().front()),
              "x.md: warning: language 'Dutch (NL)' is not a language tag like nl or en-GB; the "
              "feed gives this item the site's language instead [feed.language]\n");
}

// Issue 22: items named no author unless their front matter did.
TEST(FeedItems, NameTheFeedsAuthorForAnItemWhoseArticleNamesNone) {
    const Article anonymous = test::dated_post("x", "X", "2025-01-01");
    EXPECT_EQ(test::item_for(anonymous, test::site_options()).authors,
              (std::vector<FeedAuthor>{{"Ann Author", ""}}));
    const Article own = test::dated_post("y", "Y", "2025-01-01", "Body.\n", "author: Bo\n");
    EXPECT_EQ(test::item_for(own, test::site_options()).authors,
              (std::vector<FeedAuthor>{{"Bo", ""}}));
    FeedOptions no_author = test::site_options();
    no_author.author.clear();
    EXPECT_TRUE(test::item_for(anonymous, no_author).authors.empty());
}

// The writers print the parts; the item holds the author already taken apart.
TEST(FeedItems, HoldEachAuthorAsNameAndAddress) {
    const Article article = test::dated_post("x", "X", "2025-01-01", "Body.\n",
                                             "authors: [\"Bo <bo@example.org>\", Cy]\n");
    EXPECT_EQ(test::item_for(article, test::site_options()).authors,
              (std::vector<FeedAuthor>{{"Bo", "bo@example.org"}, {"Cy", ""}}));
    FeedOptions site = test::site_options();
    site.author = "ann@example.org (Ann Author)";
    EXPECT_EQ(test::build({}, site, 0).author, (FeedAuthor{"Ann Author", "ann@example.org"}));
}

// Issue 22: the cover was only an enclosure, which most readers do not show.
TEST(FeedItems, PutTheCoverAtTheTopOfTheContentWithItsAlt) {
    Article article = test::dated_post("x", "X", "2025-01-01", "Body.\n");
    article.meta.cover = Cover{"cover & more.png", "A \"plate\"", "", {}};
    EXPECT_EQ(test::item_for(article, test::site_options()).content_html,
              "<p><img src=\"https://example.org/posts/x/cover%20&amp;%20more.png\" "
              "alt=\"A &quot;plate&quot;\" /></p>\n<p>Body.</p>\n");
    FeedOptions summary = test::site_options();
    summary.content = ContentMode::summary;
    EXPECT_EQ(test::item_for(article, summary).content_html, "");
}

TEST(FeedItems, LeaveTheCoverOutOfTheContentWhenTheBodyShowsItAlready) {
    Article article = test::dated_post("x", "X", "2025-01-01", "![A plate](/img/c.png)\n\nBody.\n");
    article.meta.cover = Cover{"/img/c.png", "A plate", "", {}};
    EXPECT_EQ(test::item_for(article, test::site_options()).content_html,
              "<p><img src=\"https://example.org/img/c.png\" alt=\"A plate\" /></p>\n"
              "<p>Body.</p>\n");
}

}  // namespace
}  // namespace folio

namespace folio {
namespace {

TEST(FeedItems, DescribeAnItemByItsDescriptionWhenThereIsNoSummary) {
    const Article article = test::dated_post("x", "X", "2025-01-01", "First paragraph.\n",
                                             "description: \"For  search engines.\"\n");
    EXPECT_EQ(test::item_for(article, test::site_options()).summary, "For search engines.");
}

TEST(FeedItems, DescribeAnItemByTheTextBeforeTheMoreDivider) {
    const Article article = test::dated_post("x", "X", "2025-01-01",
                                             "First paragraph.\n\nSecond one.\n\n<!--more-->\n\n"
                                             "After the divider.\n");
    EXPECT_EQ(test::item_for(article, test::site_options()).summary,
              "First paragraph. Second one.");
    const Article inline_divider = test::dated_post("y", "Y", "2025-01-01",
                                                    "Lead <!--more-->\n\nRest.\n");
    EXPECT_EQ(test::item_for(inline_divider, test::site_options()).summary, "Lead");
}

TEST(FeedItems, UseTheArticlesOwnGuidAsTheirId) {
    const Article article = test::dated_post("x", "X", "2025-01-01", "Body.\n",
                                             "guid: \"tag:example.org,2019:42\"\n");
    const FeedItem item = test::item_for(article, test::site_options());
    EXPECT_EQ(item.id, "tag:example.org,2019:42");
    EXPECT_EQ(item.url, "https://example.org/posts/x/");
    const Article plain = test::dated_post("y", "Y", "2025-01-01", "Body.\n");
    EXPECT_EQ(test::item_for(plain, test::site_options()).id, "https://example.org/posts/y/");
}

}  // namespace
}  // namespace folio

namespace folio {
namespace {

// Issue 23: a feed reader shows the item inside its own page.
TEST(FeedItems, CarryRawHtmlOnlyAsTheAllowListKeepsItAndSaySo) {
    const Article article = test::dated_post(
        "x", "X", "2025-01-01",
        "<div onclick=\"steal()\">Hi<script>steal()</script></div>\n\n"
        "<img src=\"a.png\" srcset=\"javascript:x 2x\" alt=\"A\">\n");
    Diagnostics diagnostics;
    const FeedItem item =
        make_feed_item(test::source_for(article), test::site_options(), diagnostics);
    EXPECT_EQ(item.content_html.find("script"), std::string::npos) << item.content_html;
    EXPECT_EQ(item.content_html.find("onclick"), std::string::npos) << item.content_html;
    EXPECT_NE(item.content_html.find("<div>Hi</div>"), std::string::npos) << item.content_html;
    ASSERT_EQ(diagnostics.items().size(), 1U);
    EXPECT_EQ(diagnostics.items().front().code, "feed.html.removed");
}

TEST(FeedItems, GiveNoImageForADangerousCover) {
    Article article = test::dated_post("x", "X", "2025-01-01", "Body.\n");
    article.meta.cover = Cover{"javascript:alert(1)", "", "", {}};
    EXPECT_FALSE(test::item_for(article, test::site_options()).image);
}

}  // namespace
}  // namespace folio
