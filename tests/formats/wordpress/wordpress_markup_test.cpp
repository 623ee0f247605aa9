#include "formats/wordpress/wordpress_markup.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace folio {
namespace {

std::string resolve(std::string_view content, std::vector<std::string>* unknown = nullptr,
                    const WordPressAttachments& attachments = {}) {
    return resolve_wordpress_markup(content, "7", attachments,
                                    [&](std::size_t, std::string_view name) {
                                        if (unknown) unknown->emplace_back(name);
                                    });
}

TEST(WordPressMarkup, CaptionBecomesAFigureWithItsCaption) {
    EXPECT_EQ(resolve("[caption id=\"a\" width=\"300\"]<img src=\"x.jpg\" /> The sun[/caption]"),
              "<figure><img src=\"x.jpg\" /><figcaption>The sun</figcaption></figure>\n");
}

TEST(WordPressMarkup, SourcecodeKeepsItsTextAndLanguage) {
    EXPECT_EQ(resolve("[sourcecode lang=\"python\"]\nif a < b:\n\n    pass\n[/sourcecode]"),
              "<pre><code class=\"language-python\">if a &lt; b:\n\n    pass\n</code></pre>\n");
}

TEST(WordPressMarkup, GalleryBecomesFiguresOfItsAttachments) {
    WordPressAttachments media;
    media["5"] = {"https://x.test/wp-content/uploads/a.jpg", "a", "Cap A", "Alt A", "7"};
    media["6"] = {"https://x.test/wp-content/uploads/b.jpg", "b", "", "Alt B", "9"};
    const std::string expected =
        "<figure class=\"wp-block-gallery\"><figure><img src=\"https://x.test/wp-content/uploads/"
        "a.jpg\" alt=\"Alt A\" /><figcaption>Cap A</figcaption></figure><figure><img "
        "src=\"https://x.test/wp-content/uploads/b.jpg\" alt=\"Alt B\" /></figure></figure>\n";
    EXPECT_EQ(resolve("[gallery ids=\"5, 6\"]", nullptr, media), expected);
    // Without ids: the post's own attachments (parent 7).
    EXPECT_NE(resolve("[gallery]", nullptr, media).find("a.jpg"), std::string::npos);
    EXPECT_EQ(resolve("[gallery]", nullptr, media).find("b.jpg"), std::string::npos);
}

TEST(WordPressMarkup, UnknownShortcodeIsKeptAndReported) {
    std::vector<std::string> unknown;
    EXPECT_EQ(resolve("Write to us: [contact-form id=\"3\"]", &unknown),
              "<p>Write to us: [contact-form id=\"3\"]</p>\n");
    EXPECT_EQ(unknown, std::vector<std::string>{"contact-form"});
}

TEST(WordPressMarkup, BracketedProseAndMarkdownLinksAreNoShortcodes) {
    std::vector<std::string> unknown;
    resolve("[Update 2020] see [the docs](https://x.test/) and [note]", &unknown);
    EXPECT_EQ(unknown, std::vector<std::string>{"note"});
}

TEST(WordPressMarkup, BlockCommentsGoAndTheirHtmlStays) {
    const std::string html = resolve(
        "<!-- wp:paragraph -->\n<p>Hi</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:more -->\n"
        "<!--more-->\n<!-- /wp:more -->\n<!-- wp:separator /-->");
    EXPECT_EQ(html, "\n<p>Hi</p>\n\n\n\n<!--more-->\n\n");
}

TEST(WordPressMarkup, EmbedBlockUrlBecomesALink) {
    const std::string html = resolve(
        "<!-- wp:embed {\"url\":\"https:\\/\\/youtu.be\\/x\"} -->\n<figure><div>\nhttps://youtu.be/x\n"
        "</div></figure>\n<!-- /wp:embed -->");
    EXPECT_NE(html.find("<a href=\"https://youtu.be/x\">https://youtu.be/x</a>"), std::string::npos);
}

TEST(WordPressMarkup, EveryEmbedBlockGetsItsLink) {
    const std::string html = resolve(
        "<!-- wp:embed {\"url\":\"https://a.test/1\"} -->\n<figure><div>\nhttps://a.test/1\n</div></figure>\n"
        "<!-- /wp:embed -->\n<!-- wp:embed {\"url\":\"https://b.test/2\"} -->\n<figure><div>\nhttps://b.test/2\n"
        "</div></figure>\n<!-- /wp:embed -->\n<!-- wp:paragraph --><p>cut");
    EXPECT_NE(html.find("<a href=\"https://a.test/1\">"), std::string::npos);
    EXPECT_NE(html.find("<a href=\"https://b.test/2\">"), std::string::npos);
    EXPECT_NE(html.find("<p>cut"), std::string::npos);
}

TEST(WordPressMarkup, UnclosedBlockCommentIsKept) {
    EXPECT_EQ(resolve("<p>a</p>\n<!-- wp:paragraph"), "<p>a</p>\n<!-- wp:paragraph");
}

TEST(WordPressMarkup, EscapedShortcodeIsText) {
    std::vector<std::string> unknown;
    EXPECT_EQ(resolve("Type [[gallery]] to make one.", &unknown),
              "<p>Type [gallery] to make one.</p>\n");
}

TEST(WordPressMarkup, AudioAndEmbedShortcodes) {
    EXPECT_EQ(resolve("[audio mp3=\"https://x.test/a.mp3\"][/audio]"),
              "<audio controls=\"\" src=\"https://x.test/a.mp3\"><a href=\"https://x.test/a.mp3\">"
              "https://x.test/a.mp3</a></audio>\n");
    EXPECT_EQ(resolve("[embed]https://vimeo.com/1[/embed]"),
              "<p><a href=\"https://vimeo.com/1\">https://vimeo.com/1</a></p>\n");
}

}  // namespace
}  // namespace folio
