#include "formats/wordpress/wpautop.hpp"

#include <gtest/gtest.h>

namespace folio {
namespace {

TEST(Wpautop, BlankLinesSeparateParagraphsAndSingleBreaksBecomeBr) {
    EXPECT_EQ(wpautop("One\ntwo\n\nThree"), "<p>One<br />\ntwo</p>\n<p>Three</p>\n");
}

TEST(Wpautop, BlockTagsAreNotWrapped) {
    EXPECT_EQ(wpautop("Intro\n<h2>Title</h2>\nText"),
              "<p>Intro</p>\n<h2>Title</h2>\n<p>Text</p>\n");
    EXPECT_EQ(wpautop("<ul>\n<li>a</li>\n<li>b</li>\n</ul>"),
              "<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n");
}

TEST(Wpautop, PreIsLeftExactlyAsWritten) {
    EXPECT_EQ(wpautop("Code:\n\n<pre>a\n\nb\n c</pre>\n\nAfter"),
              "<p>Code:</p>\n<pre>a\n\nb\n c</pre>\n<p>After</p>\n");
}

TEST(Wpautop, BlockquoteGetsItsParagraphInside) {
    EXPECT_EQ(wpautop("<blockquote>Quoted</blockquote>"),
              "<blockquote><p>Quoted</p></blockquote>\n");
}

TEST(Wpautop, DoubleBrIsAParagraphBreak) {
    EXPECT_EQ(wpautop("One<br /><br>Two"), "<p>One</p>\n<p>Two</p>\n");
}

TEST(Wpautop, EmptyTextStaysEmpty) { EXPECT_EQ(wpautop(" \n\n "), ""); }

TEST(Wpautop, InlineTagsStayInTheParagraph) {
    EXPECT_EQ(wpautop("A <strong>b</strong> <a href=\"x\">c</a>"),
              "<p>A <strong>b</strong> <a href=\"x\">c</a></p>\n");
}

}  // namespace
}  // namespace folio
