#include "src/render/html_block_lines.hpp"

#include <gtest/gtest.h>

namespace folio {
namespace {

TEST(HtmlWithoutBlankLines, LeavesABlockWithoutBlankLinesAlone) {
    EXPECT_EQ(html_without_blank_lines("<div>\n<p>a</p>\n</div>\n"), "<div>\n<p>a</p>\n</div>\n");
}

TEST(HtmlWithoutBlankLines, DropsBlankLinesThatShowNothing) {
    EXPECT_EQ(html_without_blank_lines("<div>\n<p>a</p>\n\n  \t\n<p>b</p>\n</div>\n"),
              "<div>\n<p>a</p>\n<p>b</p>\n</div>\n");
}

TEST(HtmlWithoutBlankLines, KeepsWhatAPreShowsAsReferences) {
    // In the <pre> the two line ends and the blanks between them still show.
    EXPECT_EQ(html_without_blank_lines("<div><pre>a\n  \nb</pre></div>\n"),
              "<div><pre>a\n  &#10;b</pre></div>\n");
    EXPECT_EQ(html_without_blank_lines("<DIV><TEXTAREA>a\n\nb</TEXTAREA></DIV>"),
              "<DIV><TEXTAREA>a\n&#10;b</TEXTAREA></DIV>");
}

TEST(HtmlWithoutBlankLines, LeavesCodeBesideAPreAsItIs) {
    const char* html = "<div><pre>a\n\nb</pre><script>x()\n\ny()</script></div>\n";
    EXPECT_EQ(html_without_blank_lines(html), html);
}

}  // namespace
}  // namespace folio
