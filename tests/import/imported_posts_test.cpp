#include "src/import/imported_posts.hpp"

#include <gtest/gtest.h>

#include <filesystem>

#include "formats/registry.hpp"
#include "src/pipeline/load_articles.hpp"
#include "tests/support/temp_dir.hpp"

namespace folio {
namespace {

constexpr std::string_view kExport =
    "<?xml version=\"1.0\"?>\n<rss xmlns:wp=\"http://wordpress.org/export/1.2/\">\n<channel>\n"
    "<item><title>Hello</title><link>https://old.test/2020/hello/</link><wp:post_id>1</wp:post_id>"
    "<wp:post_type>post</wp:post_type><wp:status>publish</wp:status><wp:post_name>hello</wp:post_name>"
    "<content:encoded><![CDATA[One\n\nTwo]]></content:encoded></item>\n"
    "<item><title>About</title><wp:post_id>2</wp:post_id><wp:post_type>page</wp:post_type>"
    "<wp:status>publish</wp:status><wp:post_name>about</wp:post_name></item>\n"
    "</channel>\n</rss>\n";

TEST(ImportedPosts, AnExportBecomesOneArticlePerPostInEveryPass) {
    testing::TempDir dir;
    const std::string path = dir.write("blog.xml", kExport);
    const std::string markdown = dir.write("note.md", "# Note\n");
    LoadOptions options = builtin_load_options();
    options.threads = 1;
    std::vector<Article> articles;
    for_each_article({markdown, path}, options, [&](ArticleSlot& slot) {
        EXPECT_FALSE(slot.diagnostics.has_errors());
        ASSERT_TRUE(slot.article);
        articles.push_back(std::move(*slot.article));
    });
    ASSERT_EQ(articles.size(), 3u);
    EXPECT_EQ(articles[1].source.path, path + "/posts/hello.html");
    EXPECT_EQ(articles[1].slug, "hello");
    EXPECT_EQ(articles[1].source.old_url, "/2020/hello/");
    EXPECT_TRUE(articles[1].meta.url.empty());
    EXPECT_FALSE(articles[1].body.empty());
    EXPECT_EQ(articles[2].source.path, path + "/pages/about.html");
    // A second pass reads the bodies from memory: the export is no folder on disk.
    LoadOptions bodies = options;
    for (Article& article : articles) article.body.clear();
    std::size_t with_body = 0;
    for_each_body(articles, bodies, [&](ArticleSlot& slot) {
        EXPECT_FALSE(slot.diagnostics.has_errors());
        if (slot.article && !slot.article->body.empty()) ++with_body;
    });
    EXPECT_EQ(with_body, 2u);  // the note and the post; the page is empty
}

// `folio serve` reads an export again when it is saved: what was read of it before goes.
TEST(ImportedPosts, AForgottenExportIsReadAgain) {
    testing::TempDir dir;
    const std::string path = dir.write("blog.xml", kExport);
    ImportedPosts imported;
    ASSERT_TRUE(imported.expand(path, builtin_formats(), kDefaultMaxExportSize));
    std::string changed(kExport);
    changed.replace(changed.find("<wp:post_name>about"), 19, "<wp:post_name>contact");
    dir.write("blog.xml", changed);
    EXPECT_FALSE(imported.forget(dir.path().string()));  // no export
    ASSERT_TRUE(imported.forget(path));
    EXPECT_EQ(imported.find(path + "/pages/about.html"), nullptr);
    EXPECT_EQ(imported.expand(path, builtin_formats(), kDefaultMaxExportSize),
              (std::vector<std::string>{path + "/posts/hello.html", path + "/pages/contact.html"}));
    EXPECT_EQ(imported.find(path + "/pages/about.html"), nullptr);
    ASSERT_NE(imported.find(path + "/pages/contact.html"), nullptr);
}

TEST(ImportedPosts, AnXmlFileThatIsNoExportIsLeftAlone) {
    testing::TempDir dir;
    const std::string path = dir.write("feed.xml", "<rss><channel><title>x</title></channel></rss>");
    ImportedPosts imported;
    EXPECT_FALSE(imported.expand(path, builtin_formats(), kDefaultMaxExportSize));
}

}  // namespace
}  // namespace folio

namespace folio {
namespace {

TEST(ImportedPosts, DangerousUrlsOfAnExportAreTakenOut) {
    testing::TempDir dir;
    const std::string path = dir.write(
        "blog.xml",
        "<rss xmlns:wp=\"http://wordpress.org/export/1.2/\">\n<channel>\n<item><title>X</title>"
        "<wp:post_id>1</wp:post_id><wp:post_type>post</wp:post_type><wp:status>publish</wp:status>"
        "<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>2</wp:meta_value>"
        "</wp:postmeta></item>\n<item><wp:post_id>2</wp:post_id><wp:post_type>attachment"
        "</wp:post_type><wp:attachment_url>javascript:alert(1)</wp:attachment_url></item>\n"
        "</channel>\n</rss>\n");
    LoadOptions options = builtin_load_options();
    options.threads = 1;
    std::size_t read = 0;
    for_each_article({path}, options, [&](ArticleSlot& slot) {
        ASSERT_TRUE(slot.article);
        ++read;
        EXPECT_TRUE(!slot.article->meta.cover || slot.article->meta.cover->source.empty());
    });
    EXPECT_EQ(read, 1u);
}

}  // namespace
}  // namespace folio

namespace folio {
namespace {

// Every post's HTML kept for the run was half the export's size again: it is made again from
// the export when the body is read.
TEST(ImportedPosts, KeepsNoPostsHtmlOnceTheExportIsRead) {
    testing::TempDir dir;
    const std::string path = dir.write("blog.xml", kExport);
    LoadOptions options = builtin_load_options();
    options.threads = 1;
    std::vector<std::string> bodies;
    for_each_article({path}, options, [&](ArticleSlot& slot) {
        EXPECT_FALSE(slot.diagnostics.has_errors());
        ASSERT_TRUE(slot.article);
        bodies.push_back(slot.article->body.empty() ? "" : "body");
    });
    EXPECT_EQ(bodies, (std::vector<std::string>{"body", ""}));
    const ImportedPosts::Entry* hello = options.imported->find(path + "/posts/hello.html");
    ASSERT_NE(hello, nullptr);
    ASSERT_TRUE(hello->post);
    EXPECT_TRUE(hello->post->html.empty());
}

// `folio serve` and the second pass of `epub` and `html` read the export again: a file saved in
// between is an error at the post, never a body made of other bytes. The other posts convert.
TEST(ImportedPosts, AnExportChangedBetweenThePassesIsAnErrorAtThePost) {
    for (const bool same_size_and_time : {false, true}) {
        testing::TempDir dir;
        const std::string path = dir.write("blog.xml", kExport);
        const std::filesystem::file_time_type read_at = std::filesystem::last_write_time(path);
        LoadOptions options = builtin_load_options();
        options.threads = 1;
        options.read.body = false;
        std::vector<Article> articles;
        for_each_article({path}, options, [&](ArticleSlot& slot) {
            ASSERT_TRUE(slot.article);
            articles.push_back(std::move(*slot.article));
        });
        ASSERT_EQ(articles.size(), 2u);
        std::string changed(kExport);
        changed.replace(changed.find("One\n\nTwo"), 8,
                        same_size_and_time ? "Uno\n\nDos" : "Eins\n\nZwei");
        dir.write("blog.xml", changed);
        // A copy that keeps the time (`cp -p`) of a file of the same size: only the bytes tell.
        if (same_size_and_time) std::filesystem::last_write_time(path, read_at);
        std::vector<std::string> printed;
        std::vector<Article> after;
        for_each_body(articles, options, [&](ArticleSlot& slot) {
            for (const Diagnostic& d : slot.diagnostics.items())
                printed.push_back(format_diagnostic(d));
            ASSERT_TRUE(slot.article);
            EXPECT_TRUE(slot.article->body.empty()) << slot.path;
            after.push_back(std::move(*slot.article));
        });
        ASSERT_EQ(after.size(), 2u);
        EXPECT_EQ(after[0].meta.title, "Hello");
        EXPECT_EQ(printed, (std::vector<std::string>{
                               path + ":4:1: error: the export was changed on disk since it was "
                                      "read: this post's body is not read again; run folio again "
                                      "[import.changed]\n"}));
        Diagnostics again;
        EXPECT_FALSE(read_body_again(after[0], options, again));
        EXPECT_TRUE(after[0].body.empty());
        EXPECT_TRUE(again.has_errors());
    }
}

}  // namespace
}  // namespace folio
