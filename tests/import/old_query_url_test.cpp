#include "src/import/old_query_url.hpp"

#include <gtest/gtest.h>

namespace folio {
namespace {

Article post(std::string guid, std::string id, std::string old_url = "/2020/01/hello/") {
    Article article;
    article.meta.guid = std::move(guid);
    if (!id.empty()) article.meta.extra.emplace_back("wordpress_id", Value(std::move(id)));
    article.source.old_url = std::move(old_url);
    return article;
}

TEST(OldQueryUrl, IsTheGuidsQueryOrTheWordPressId) {
    EXPECT_EQ(old_query_url(post("https://old.example.com/?p=12", "12")), "/?p=12");
    EXPECT_EQ(old_query_url(post("http://old.example.com/blog/?page_id=7", "7")),
              "/blog/?page_id=7");
    // A guid that is no such address (moved sites, imported posts): the id.
    EXPECT_EQ(old_query_url(post("https://old.example.com/2020/01/hello/", "12")), "/?p=12");
    EXPECT_EQ(old_query_url(post("urn:uuid:1234", "12")), "/?p=12");
    // The old URL is that address already (a draft's link), or no WordPress post.
    EXPECT_EQ(old_query_url(post("https://old.example.com/?p=12", "12", "/?p=12")), "");
    EXPECT_EQ(old_query_url(post("6c2f2d1e-ghost-uuid", "")), "");
}

TEST(OldQueryUrl, IsTheOneTheExportGave) {
    Article article = post("http://old.example.com/?p=12", "12");
    article.source.old_query_url = "/blog/?p=12";
    EXPECT_EQ(old_query_url(article), "/blog/?p=12");
}

TEST(WordPressQueryUrl, IsAtTheHomesPathWithTheGuidsQuery) {
    EXPECT_EQ(
        wordpress_query_url("https://example.com/blog/", "http://old.example.com/?p=12", "12"),
        "/blog/?p=12");
    EXPECT_EQ(
        wordpress_query_url("https://example.com", "http://old.example.com/wp/?page_id=7", "7"),
        "/?page_id=7");
    EXPECT_EQ(wordpress_query_url("https://example.com/blog", "urn:uuid:1234", "9"), "/blog/?p=9");
    EXPECT_EQ(wordpress_query_url("https://example.com/", "urn:uuid:1234", ""), "");
}

}  // namespace
}  // namespace folio
