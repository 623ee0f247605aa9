#include "src/syndication/feed_author.hpp"

#include <gtest/gtest.h>

namespace folio {
namespace {

TEST(FeedAuthor, SplitsANameWithItsAddressInAngleBrackets) {
    const FeedAuthor author = parse_feed_author(" Ann Author <ann@example.org> ");
    EXPECT_EQ(author.name, "Ann Author");
    EXPECT_EQ(author.email, "ann@example.org");
}

TEST(FeedAuthor, SplitsRssOwnSpellingOfAnAddressWithTheNameInParentheses) {
    const FeedAuthor author = parse_feed_author("ann@example.org (Ann Author)");
    EXPECT_EQ(author.name, "Ann Author");
    EXPECT_EQ(author.email, "ann@example.org");
}

TEST(FeedAuthor, TakesABareAddressAsBothNameAndAddress) {
    const FeedAuthor author = parse_feed_author("ann@example.org");
    EXPECT_EQ(author.name, "ann@example.org");
    EXPECT_EQ(author.email, "ann@example.org");
}

TEST(FeedAuthor, KeepsAnythingElseAsANameWithoutAnAddress) {
    for (const char* text : {"Ann Author", "Ann (the author)", "@ann on Mastodon",
                             "Ann <not an address>", "a@b@c"}) {
        const FeedAuthor author = parse_feed_author(text);
        EXPECT_EQ(author.name, text);
        EXPECT_EQ(author.email, "") << text;
    }
}

}  // namespace
}  // namespace folio
