#include <gtest/gtest.h>

#include "tests/render/ast_builders.hpp"
#include "src/render/html_body.hpp"

namespace folio {
namespace {

using namespace folio::test;

std::string render(Inlines inlines) { return render_html({paragraph(std::move(inlines))}, {}); }

TEST(HtmlInlines, EscapesText) {
    EXPECT_EQ(render({text("a < b & \"c\" > d")}), "<p>a &lt; b &amp; &quot;c&quot; &gt; d</p>\n");
}

TEST(HtmlInlines, WritesSoftBreaksAsNewlinesAndHardBreaksSelfClosed) {
    EXPECT_EQ(render({text("a"), soft_break(), text("b"), hard_break(), text("c")}),
              "<p>a\nb<br />\nc</p>\n");
}

TEST(HtmlInlines, WritesEscapedCodeSpans) {
    EXPECT_EQ(render({code("<T>&")}), "<p><code>&lt;T&gt;&amp;</code></p>\n");
}

TEST(HtmlInlines, WritesEmphasisStrongAndStrikethrough) {
    EXPECT_EQ(render({emphasis({text("a")}), strong({text("b"), emphasis({text("c")})}), strikethrough({text("d")})}),
              "<p><em>a</em><strong>b<em>c</em></strong><del>d</del></p>\n");
}

TEST(HtmlInlines, WritesRawHtmlVerbatim) {
    EXPECT_EQ(render({raw_html("<span a=\"&amp;\">"), text("x"), raw_html("</span>")}),
              "<p><span a=\"&amp;\">x</span></p>\n");
}

TEST(HtmlInlines, WritesLinksWithEscapedUrlAndTitle) {
    EXPECT_EQ(render({link("/a b?x=1&y='2'", {text("t")}, "say \"hi\" & <go>")}),
              "<p><a href=\"/a%20b?x=1&amp;y=&#x27;2&#x27;\" title=\"say &quot;hi&quot; &amp; &lt;go&gt;\">t</a></p>\n");
}

TEST(HtmlInlines, WritesLinksWithoutTitleOrUrl) {
    EXPECT_EQ(render({link("", {text("t")})}), "<p><a href=\"\">t</a></p>\n");
}

TEST(HtmlInlines, WritesImagesWithPlainTextAltSelfClosed) {
    EXPECT_EQ(render({image("a.png", {text("a "), emphasis({text("b")}), code("<c>")}, "T")}),
              "<p><img src=\"a.png\" alt=\"a b&lt;c&gt;\" title=\"T\" /></p>\n");
}

TEST(HtmlInlines, WritesImagesWithEmptyAltAndNoTitle) {
    EXPECT_EQ(render({image("ä.png", {})}), "<p><img src=\"%C3%A4.png\" alt=\"\" /></p>\n");
}

TEST(HtmlInlines, WritesAReferenceToAnUndefinedFootnoteAsItsSource) {
    EXPECT_EQ(render({text("a"), footnote_ref("<x>")}), "<p>a[^&lt;x&gt;]</p>\n");
}

}  // namespace
}  // namespace folio
