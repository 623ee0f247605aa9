#include <gtest/gtest.h>

#include "tests/syndication/feed_test_support.hpp"

namespace folio {
namespace {

FeedItem item_with(std::string title, std::string content_html) {
    FeedItem item;
    item.title = std::move(title);
    item.url = "https://example.org/posts/x/";
    item.published = *parse_date("2025-01-02T03:04:05Z");
    item.updated = item.published;
    item.content_html = std::move(content_html);
    return item;
}

Feed feed_of(FeedItem item) {
    Feed feed;
    feed.title = "T";
    feed.home_url = "https://example.org/";
    feed.feed_url = "https://example.org/feed.xml";
    feed.updated = item.published;
    feed.items.push_back(std::move(item));
    return feed;
}

// Issue 22: a browser shows the feed as a page through its stylesheet; WebSub readers find the
// hub.
TEST(RssWriter, NamesItsStylesheetAndItsHubWhenGiven) {
    Feed feed = feed_of(item_with("x", "<p>x</p>"));
    const std::string plain = feed::write_rss(feed);
    EXPECT_EQ(plain.find("xml-stylesheet"), std::string::npos);
    EXPECT_EQ(plain.find("rel=\"hub\""), std::string::npos);
    feed.stylesheet = true;
    feed.hub = "https://hub.example/?a=1&b=2";
    const std::string rss = feed::write_rss(feed);
    EXPECT_EQ(rss.substr(0, rss.find("<rss")),
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
              "<?xml-stylesheet type=\"text/xsl\" href=\"feed.xsl\"?>\n");
    EXPECT_NE(rss.find("<atom:link href=\"https://hub.example/?a=1&amp;b=2\" rel=\"hub\" />"),
              std::string::npos)
        << rss;
}

// RSS's own <author> is an e-mail address; a plain name goes to Dublin Core.
TEST(RssWriter, WritesAnAuthorWithAnAddressAsRssAuthorAndANameAsDcCreator) {
    FeedItem item = item_with("x", "<p>x</p>");
    item.authors = {{"Ann", "ann@example.org"}, {"Bo", ""}};
    const std::string rss = feed::write_rss(feed_of(item));
    EXPECT_NE(rss.find("<author>ann@example.org (Ann)</author>\n      <dc:creator>Bo</dc:creator>"),
              std::string::npos)
        << rss;
}

TEST(RssWriter, WritesTheWholeSampleFeed) {
    test::expect_golden("sample.rss", feed::write_rss(test::sample_feed()));
}

TEST(RssWriter, SplitsTheCdataSectionAroundEveryCdataEnd) {
    const std::string rss = feed::write_rss(feed_of(item_with("x", "<p>a]]>b]]>c</p>")));
    EXPECT_NE(rss.find("<content:encoded><![CDATA[<p>a]]]]><![CDATA[>b]]]]><![CDATA[>c</p>]]>"
                       "</content:encoded>"),
              std::string::npos)
        << rss;
}

TEST(RssWriter, RemovesCharactersXmlCannotHold) {
    // NUL, SOH, VT, U+FFFE, U+FFFF and a lone surrogate (which becomes U+FFFD); tab stays.
    const std::string title = std::string("a\0b", 3) + "\x01" + "c\x0B" + "d\td\xEF\xBF\xBE" +
                              "\xEF\xBF\xBF" + "e\xED\xA0\x80" + "f";
    const std::string rss = feed::write_rss(feed_of(item_with(title, "<p>\x02ok\x1F</p>")));
    EXPECT_EQ(test::element_text(rss, "title"), "T");
    const std::size_t item = rss.find("<item>");
    ASSERT_NE(item, std::string::npos);
    // Each byte of the surrogate is one invalid sequence, so each becomes one U+FFFD.
    EXPECT_EQ(test::element_text(rss.substr(item), "title"),
              "abcd\td"
              "e\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"
              "f");
    EXPECT_NE(rss.find("<![CDATA[<p>ok</p>]]>"), std::string::npos);
}

TEST(RssWriter, DeclaresEveryNamespaceItUsesOnTheRoot) {
    const std::string rss = feed::write_rss(test::sample_feed());
    EXPECT_NE(rss.find("<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\" "
                       "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" "
                       "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
                       "xmlns:media=\"http://search.yahoo.com/mrss/\">"),
              std::string::npos);
    EXPECT_NE(rss.find("<atom:link href=\"https://example.org/feed.xml\" rel=\"self\" "
                       "type=\"application/rss+xml\" />"),
              std::string::npos);
}

TEST(RssWriter, UsesAnEnclosureOnlyWhenTheImageSizeIsKnown) {
    FeedItem known = item_with("x", "<p>x</p>");
    known.image = FeedImage{"https://example.org/a.png", "image/png", 1234};
    EXPECT_NE(feed::write_rss(feed_of(known))
                  .find("<enclosure url=\"https://example.org/a.png\" length=\"1234\" "
                        "type=\"image/png\" />"),
              std::string::npos);
    FeedItem remote = item_with("x", "<p>x</p>");
    remote.image = FeedImage{"https://cdn.example/a.jpg?w=1&h=2", "image/jpeg", std::nullopt};
    const std::string rss = feed::write_rss(feed_of(remote));
    EXPECT_EQ(rss.find("<enclosure"), std::string::npos);
    EXPECT_NE(rss.find("<media:content url=\"https://cdn.example/a.jpg?w=1&amp;h=2\" "
                       "type=\"image/jpeg\" medium=\"image\" />"),
              std::string::npos);
}

TEST(RssWriter, LeavesContentOutInSummaryMode) {
    FeedItem item = item_with("x", "");
    item.summary = "Only this.";
    const std::string rss = feed::write_rss(feed_of(item));
    EXPECT_EQ(rss.find("content:encoded>"), std::string::npos);
    EXPECT_EQ(test::element_text(rss.substr(rss.find("<item>")), "description"), "Only this.");
}

TEST(RssWriter, GivesTheSameBytesForTheSameFeed) {
    EXPECT_EQ(feed::write_rss(test::sample_feed()), feed::write_rss(test::sample_feed()));
}

TEST(FeedFormats, ParseTheFormatNames) {
    EXPECT_EQ(feed::parse_feed_format("rss"), feed::FeedFormat::rss);
    EXPECT_EQ(feed::parse_feed_format("atom"), feed::FeedFormat::atom);
    EXPECT_EQ(feed::parse_feed_format("json"), feed::FeedFormat::json);
    EXPECT_EQ(feed::parse_feed_format("RSS"), std::nullopt);
}

// A migrated blog keeps its items' GUIDs, so readers do not show every post again as new.
TEST(RssWriter, WritesAnItemsOwnGuidAsNoPermalink) {
    FeedItem item = item_with("x", "");
    item.id = "tag:example.org,2019:42";
    const std::string rss = feed::write_rss(feed_of(item));
    EXPECT_NE(rss.find("<guid isPermaLink=\"false\">tag:example.org,2019:42</guid>"),
              std::string::npos)
        << rss;
    EXPECT_NE(rss.find("<link>https://example.org/posts/x/</link>"), std::string::npos);
}

}  // namespace
}  // namespace folio
