#include "src/import/post_comments.hpp"

#include <gtest/gtest.h>

namespace folio {
namespace {

TEST(TakeComments, MovesAnImportedPostsCommentsOutOfItsFrontMatter) {
    Article article;
    article.slug = "hello";
    article.meta.title = "Hello";
    Map reply;
    reply.emplace_back("id", Value(std::string("3")));
    reply.emplace_back("parent", Value(std::string("1")));
    reply.emplace_back("content", Value(std::string("Thanks \"you\"")));
    article.meta.extra.emplace_back("status", Value(std::string("publish")));
    article.meta.extra.emplace_back(std::string(kImportedCommentsKey),
                                    Value(ValueList{Value(std::move(reply))}));
    const std::optional<OutputFile> file = take_comments(article);
    ASSERT_TRUE(file);
    EXPECT_EQ(file->path, "_comments/hello.json");
    EXPECT_EQ(file->bytes,
              "{\n  \"post\": \"hello\",\n  \"title\": \"Hello\",\n  \"comments\": [\n    {\n"
              "      \"id\": \"3\",\n      \"parent\": \"1\",\n      \"content\": \"Thanks "
              "\\\"you\\\"\"\n    }\n  ]\n}\n");
    ASSERT_EQ(article.meta.extra.size(), 1u);
    EXPECT_EQ(article.meta.extra[0].first, "status");
}

TEST(TakeComments, LeavesAThemesCommentsSwitchAlone) {
    Article article;
    article.meta.extra.emplace_back("comments", Value(false));
    EXPECT_FALSE(take_comments(article));
    EXPECT_EQ(article.meta.extra.size(), 1u);
}

// A Jekyll or Hugo post whose front matter lists its comments (Staticman-style themes keep
// them so) keeps them: only an export's comments go to _comments/.
TEST(TakeComments, LeavesAMarkdownPostsOwnCommentListAlone) {
    Article article;
    Map comment;
    comment.emplace_back("name", Value(std::string("Ann")));
    article.meta.extra.emplace_back("comments", Value(ValueList{Value(std::move(comment))}));
    EXPECT_FALSE(take_comments(article));
    EXPECT_EQ(article.meta.extra.size(), 1u);
}

}  // namespace
}  // namespace folio
