#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "tests/syndication/feed_test_support.hpp"

namespace folio {
namespace {

TEST(JsonFeedWriter, WritesTheWholeSampleFeed) {
    test::expect_golden("sample.json", feed::write_json_feed(test::sample_feed()));
}

TEST(JsonFeedWriter, HasTheShapeOfJsonFeedOnePointOne) {
    const nlohmann::json feed = nlohmann::json::parse(feed::write_json_feed(test::sample_feed()));
    EXPECT_EQ(feed["version"], "https://jsonfeed.org/version/1.1");
    EXPECT_EQ(feed["title"], "Example");
    EXPECT_EQ(feed["home_page_url"], "https://example.org/");
    EXPECT_EQ(feed["feed_url"], "https://example.org/feed.xml");
    EXPECT_EQ(feed["authors"], nlohmann::json::parse(R"([{"name": "Ann Author"}])"));
    ASSERT_EQ(feed["items"].size(), 2U);
    const nlohmann::json& first = feed["items"][0];
    EXPECT_EQ(first["id"], "https://example.org/posts/hostile/");
    EXPECT_EQ(first["url"], first["id"]);
    EXPECT_EQ(first["title"], "Fish & <Chips> \"quoted\" ]]>  \xF0\x9F\x98\x80");
    EXPECT_EQ(first["date_published"], "2026-02-27T20:25:44.255Z");
    EXPECT_EQ(first["image"], "https://cdn.example/x.webp");
    EXPECT_TRUE(first["content_html"].is_string());
    const nlohmann::json& second = feed["items"][1];
    EXPECT_EQ(second["date_published"], "2025-11-03T00:00:00+01:00");
    EXPECT_EQ(second["summary"], "A short summary.");
    EXPECT_EQ(second["tags"], nlohmann::json::parse(R"(["one", "two", "Notes"])"));
}

// Issue 22: the hub is announced; the stylesheet is for XML feeds and changes nothing here.
TEST(JsonFeedWriter, NamesTheHubAndIgnoresTheStylesheet) {
    Feed feed = test::sample_feed();
    const std::string before = feed::write_json_feed(feed);
    feed.stylesheet = true;
    EXPECT_EQ(feed::write_json_feed(feed), before);
    feed.hub = "https://hub.example/";
    const std::string json = feed::write_json_feed(feed);
    EXPECT_NE(json.find("\"hubs\": [\n    {\n      \"type\": \"WebSub\",\n      \"url\": "
                        "\"https://hub.example/\"\n    }\n  ]"),
              std::string::npos)
        << json;
}

TEST(JsonFeedWriter, UsesContentTextInSummaryMode) {
    FeedItem item;
    item.title = "x";
    item.url = "https://example.org/x/";
    item.summary = "Just the summary\x01.";
    Feed feed;
    feed.items.push_back(item);
    const nlohmann::json json = nlohmann::json::parse(feed::write_json_feed(feed));
    EXPECT_EQ(json["items"][0]["content_text"], "Just the summary.");
    EXPECT_FALSE(json["items"][0].contains("content_html"));
}

}  // namespace
}  // namespace folio
