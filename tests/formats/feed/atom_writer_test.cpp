#include <gtest/gtest.h>

#include "tests/syndication/feed_test_support.hpp"

namespace folio {
namespace {

TEST(AtomWriter, WritesTheWholeSampleFeed) {
    test::expect_golden("sample.atom", feed::write_atom(test::sample_feed()));
}

// Issue 22.
TEST(AtomWriter, NamesItsStylesheetItsHubAndAnAuthorsAddress) {
    Feed feed = test::sample_feed();
    feed.stylesheet = true;
    feed.hub = "https://hub.example/";
    feed.items.front().authors = {{"Ann", "ann@example.org"}};
    const std::string atom = feed::write_atom(feed);
    EXPECT_EQ(atom.substr(0, atom.find("<feed")),
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
              "<?xml-stylesheet type=\"text/xsl\" href=\"feed.xsl\"?>\n");
    EXPECT_NE(atom.find("<link rel=\"hub\" href=\"https://hub.example/\" />"), std::string::npos)
        << atom;
    EXPECT_NE(atom.find("<author>\n      <name>Ann</name>\n      <email>ann@example.org</email>"),
              std::string::npos)
        << atom;
}

TEST(AtomWriter, CarriesHtmlContentAsEscapedTextWithoutCdata) {
    const std::string atom = feed::write_atom(test::sample_feed());
    EXPECT_EQ(atom.find("CDATA"), std::string::npos);
    EXPECT_NE(
        atom.find(
            "<content type=\"html\">&lt;p&gt;&lt;img src=\"https://cdn.example/x.webp\" alt=\"\" "
            "/&gt;&lt;/p&gt;\n&lt;p&gt;Text &amp;amp; &lt;b&gt;bold&lt;/b&gt; ]]&amp;gt;"),
        std::string::npos)
        << atom;
}

TEST(AtomWriter, HasTheFeedAndEntryElementsRfc4287Requires) {
    const std::string atom = feed::write_atom(test::sample_feed());
    for (const char* needle :
         {"<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\">",
          "<id>https://example.org/</id>", "<author>\n    <name>Ann Author</name>",
          "<link rel=\"self\" href=\"https://example.org/feed.xml\" type=\"application/atom+xml\" "
          "/>",
          "<link rel=\"alternate\" href=\"https://example.org/\" type=\"text/html\" />",
          "<id>https://example.org/posts/plain/</id>",
          "<link rel=\"alternate\" href=\"https://example.org/posts/plain/\" type=\"text/html\" />",
          "<published>2025-11-03T00:00:00+01:00</published>",
          "<published>2026-02-27T20:25:44.255Z</published>", "<category term=\"one\" />",
          "<summary type=\"text\">A short summary.</summary>"}) {
        EXPECT_NE(atom.find(needle), std::string::npos) << needle;
    }
}

TEST(AtomWriter, KeepsAGuidThatIsAnIriAsTheEntryIdAndOnlyThen) {
    Feed feed = test::sample_feed();
    feed.items.front().id = "tag:example.org,2019:42";
    EXPECT_NE(feed::write_atom(feed).find("<id>tag:example.org,2019:42</id>"), std::string::npos);
    feed.items.front().id = "42";
    const std::string atom = feed::write_atom(feed);
    EXPECT_EQ(atom.find("<id>42</id>"), std::string::npos);
    EXPECT_NE(atom.find("<id>" + feed.items.front().url + "</id>"), std::string::npos) << atom;
}

}  // namespace
}  // namespace folio
