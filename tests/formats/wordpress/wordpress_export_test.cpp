#include "formats/wordpress/wordpress_export.hpp"

#include <gtest/gtest.h>

#include <span>
#include <string>
#include <vector>

namespace folio {
namespace {

std::string wxr(std::string_view items) {
    return std::string(
               "<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n"
               "<rss version=\"2.0\" xmlns:wp=\"http://wordpress.org/export/1.2/\">\n"
               "<channel>\n<language>nl</language>\n"
               "<wp:author><wp:author_login>ann</wp:author_login>"
               "<wp:author_display_name>Ann Smit</wp:author_display_name></wp:author>\n") +
           std::string(items) + "</channel>\n</rss>\n";
}

std::string item(std::string_view id, std::string_view fields) {
    return "<item><title>Post " + std::string(id) + "</title><wp:post_id>" + std::string(id) +
           "</wp:post_id><wp:post_type>post</wp:post_type><dc:creator>ann</dc:creator>" +
           std::string(fields) + "</item>\n";
}

struct Read {
    std::vector<ExportedPost> posts;
    Diagnostics diagnostics;
};

Read read(const std::string& text) {
    Read out;
    const SourceText file("blog.xml", text);
    read_wordpress_export(file, out.diagnostics, [&](ExportedPost&& post) {
        if (!post.attachment) out.posts.push_back(std::move(post));
    });
    return out;
}

TEST(WordPressExport, RecognisesWxrByItsNamespace) {
    EXPECT_TRUE(recognises_wordpress_export(wxr("")));
    EXPECT_FALSE(recognises_wordpress_export("<rss version=\"2.0\"><channel><title>x</title>"));
}

TEST(WordPressExport, DateIsTheLocalTimeWithTheOffsetFromGmt) {
    const Read r = read(wxr(item("1", "<wp:status>publish</wp:status>"
                                      "<wp:post_date>2020-01-02 01:30:00</wp:post_date>"
                                      "<wp:post_date_gmt>2020-01-01 20:00:00</wp:post_date_gmt>")));
    ASSERT_EQ(r.posts.size(), 1u);
    ASSERT_TRUE(r.posts[0].meta.date);
    EXPECT_EQ(format_rfc3339(*r.posts[0].meta.date), "2020-01-02T01:30:00+05:30");
    EXPECT_FALSE(r.posts[0].meta.draft);
    EXPECT_EQ(r.posts[0].meta.authors, std::vector<std::string>{"Ann Smit"});
    EXPECT_EQ(r.posts[0].meta.language, "nl");
}

TEST(WordPressExport, QueryAddressIsAtTheBlogsHomeAsItIsNow) {
    // The blog moved from old.example.com/ to example.com/blog/: the guid keeps the old place.
    std::string text = wxr(item("12",
                                "<wp:status>publish</wp:status>"
                                "<guid isPermaLink=\"false\">http://old.example.com/?p=12</guid>"
                                "<link>https://example.com/blog/2020/01/hello/</link>") +
                           item("7", "<wp:status>publish</wp:status><guid>urn:x</guid>"));
    text.replace(text.find("<language>"), 0, "<link>https://example.com/blog/</link>\n");
    const Read r = read(text);
    ASSERT_EQ(r.posts.size(), 2u);
    EXPECT_EQ(r.posts[0].old_query_url, "/blog/?p=12");
    EXPECT_EQ(r.posts[1].old_query_url, "/blog/?p=7");
}

TEST(WordPressExport, NeverPublishedDraftHasNoDateAndASlugFromItsTitle) {
    const Read r = read(wxr(item("2", "<wp:status>draft</wp:status>"
                                      "<wp:post_date>2021-05-06 08:00:00</wp:post_date>"
                                      "<wp:post_date_gmt>0000-00-00 00:00:00</wp:post_date_gmt>"
                                      "<wp:post_name></wp:post_name>")));
    ASSERT_EQ(r.posts.size(), 1u);
    EXPECT_FALSE(r.posts[0].meta.date);
    EXPECT_TRUE(r.posts[0].meta.draft);
    EXPECT_EQ(r.posts[0].meta.slug, "post-2");
    const Value* status = find(r.posts[0].meta.extra, "status");
    ASSERT_NE(status, nullptr);
    EXPECT_EQ(std::get<std::string>(status->data), "draft");
}

TEST(WordPressExport, TrashedPostsAreLeftOutWithANote) {
    const Read r = read(wxr(item("1", "<wp:status>trash</wp:status>") +
                            item("2", "<wp:status>publish</wp:status>")));
    ASSERT_EQ(r.posts.size(), 1u);
    EXPECT_EQ(r.posts[0].meta.title, "Post 2");
    ASSERT_EQ(r.diagnostics.items().size(), 1u);
    EXPECT_EQ(r.diagnostics.items()[0].severity, Severity::note);
    EXPECT_EQ(r.diagnostics.items()[0].code, "wordpress.trash");
    EXPECT_EQ(r.diagnostics.items()[0].line, 6u);
}

TEST(WordPressExport, PercentEncodedSlugIsDecoded) {
    const Read r = read(wxr(item("3", "<wp:post_name>caf%c3%a9-cr%c3%a8me</wp:post_name>")));
    ASSERT_EQ(r.posts.size(), 1u);
    EXPECT_EQ(r.posts[0].meta.slug, "cafe-creme");
}

TEST(WordPressExport, DamagedItemIsReportedAndTheOthersRead) {
    const std::string text = wxr(item("1", "") + item("2", "<wp:post_name>a</wp:post_nam>") + item("3", ""));
    const Read r = read(text);
    ASSERT_EQ(r.posts.size(), 2u);
    EXPECT_EQ(r.posts[0].meta.title, "Post 1");
    EXPECT_EQ(r.posts[1].meta.title, "Post 3");
    ASSERT_EQ(r.diagnostics.items().size(), 1u);
    const Diagnostic& d = r.diagnostics.items()[0];
    EXPECT_EQ(d.code, "wordpress.xml");
    EXPECT_EQ(d.severity, Severity::error);
    EXPECT_EQ(d.line, 7u);
}

TEST(WordPressExport, TruncatedExportKeepsTheItemsBeforeTheCut) {
    std::string text = wxr(item("1", "") + item("2", "<content:encoded><![CDATA[<p>x</p>]]></content:encoded>"));
    text.resize(text.find("<p>x"));
    const Read r = read(text);
    ASSERT_EQ(r.posts.size(), 1u);
    ASSERT_EQ(r.diagnostics.items().size(), 1u);
    EXPECT_EQ(r.diagnostics.items()[0].code, "wordpress.truncated");
    EXPECT_EQ(r.diagnostics.items()[0].line, 7u);
    EXPECT_EQ(r.diagnostics.items()[0].column, 1u);
}

TEST(WordPressExport, DamagedChannelHeaderIsAWarningAndTheItemsAreRead) {
    const std::string text =
        "<rss xmlns:wp=\"http://wordpress.org/export/1.2/\">\n<channel>\n<wp:author>\n" +
        item("1", "") + "</channel></rss>\n";
    const Read r = read(text);
    ASSERT_EQ(r.posts.size(), 1u);
    EXPECT_EQ(r.posts[0].meta.authors, std::vector<std::string>{"ann"});  // no display name known
    ASSERT_EQ(r.diagnostics.items().size(), 1u);
    EXPECT_EQ(r.diagnostics.items()[0].severity, Severity::warning);
    EXPECT_EQ(r.diagnostics.items()[0].line, 4u);  // where the header ends, not past it
}

TEST(WordPressExport, ItemTextInsideContentIsNoItem) {
    const Read r = read(wxr(item("1", "<content:encoded><![CDATA[An RSS <item> holds </item> text]]></content:encoded>")));
    ASSERT_EQ(r.posts.size(), 1u);
    EXPECT_TRUE(r.diagnostics.items().empty());
    EXPECT_NE(r.posts[0].html.find("An RSS <item> holds </item> text"), std::string::npos);
}

TEST(WordPressExport, FeaturedImageComesFromALaterAttachment) {
    const Read r = read(wxr(
        item("1", "<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>9"
                  "</wp:meta_value></wp:postmeta><wp:postmeta><wp:meta_key>_edit_lock</wp:meta_key>"
                  "<wp:meta_value>1</wp:meta_value></wp:postmeta>") +
        "<item><wp:post_id>9</wp:post_id><wp:post_type>attachment</wp:post_type>"
        "<wp:attachment_url>https://x.test/wp-content/uploads/a.jpg</wp:attachment_url></item>\n"));
    ASSERT_EQ(r.posts.size(), 1u);
    ASSERT_TRUE(r.posts[0].meta.cover);
    EXPECT_EQ(r.posts[0].meta.cover->source, "https://x.test/wp-content/uploads/a.jpg");
    EXPECT_EQ(find(r.posts[0].meta.extra, "post_meta"), nullptr);  // `_edit_lock` is left out
}

}  // namespace
}  // namespace folio

namespace folio {
namespace {

// The importer drops each post's HTML and makes it again from the body's bytes when the body is
// read: what `html_again` makes must be what the reader handed on, galleries (which need the
// attachments), shortcodes, block comments and double-encoded text included.
TEST(WordPressExport, MakesEachPostsHtmlAgainFromItsBodysBytes) {
    const std::string text =
        wxr("<item><title>Photo</title><wp:post_id>7</wp:post_id><wp:post_parent>1</wp:post_parent>"
            "<wp:post_type>attachment</wp:post_type>"
            "<wp:attachment_url>https://old.test/a.jpg</wp:attachment_url></item>\n" +
            item("1",
                 "<content:encoded><![CDATA[First\n\n[gallery ids=\"7\"]\n\n[unknown x]\n\n"
                 "CafÃ© au lait]]></content:encoded>") +
            item("2",
                 "<content:encoded><![CDATA[<!-- wp:paragraph -->\n<p>Block</p>\n"
                 "<!-- /wp:paragraph -->]]></content:encoded>") +
            item("3", "<content:encoded>Escaped &amp; not one CDATA</content:encoded>"));
    const Read r = read(text);
    ASSERT_EQ(r.posts.size(), 3u);
    for (const ExportedPost& post : std::span(r.posts).first(2)) {
        ASSERT_NE(post.body_size, 0u) << post.id;
        ASSERT_TRUE(post.html_again);
        EXPECT_EQ((*post.html_again)(
                      std::string_view(text).substr(post.body_offset, post.body_size), post.id),
                  post.html);
    }
    EXPECT_NE(r.posts[0].html.find("https://old.test/a.jpg"), std::string::npos);
    EXPECT_NE(r.posts[0].html.find("Café"), std::string::npos);
    // Text with entities is no byte range of the file: its HTML can only be kept.
    EXPECT_EQ(r.posts[2].body_size, 0u);
}

}  // namespace
}  // namespace folio
