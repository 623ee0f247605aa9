#include <gtest/gtest.h>

#include "formats/epub/xhtml_from_html.hpp"

namespace folio::epub {
namespace {

std::string convert(std::string_view html, std::vector<std::string>* dropped = nullptr) {
    std::vector<std::string> local;
    std::string out = html_to_xhtml(html, dropped != nullptr ? *dropped : local);
    return out;
}

TEST(HtmlToXhtml, ClosesVoidElements) {
    EXPECT_EQ(convert("a<br>b<img src=\"x.png\" alt=\"x\"><hr>"),
              "a<br/>b<img src=\"x.png\" alt=\"x\"/><hr/>");
}

TEST(HtmlToXhtml, DecodesNamedEntitiesThatXmlDoesNotKnow) {
    EXPECT_EQ(convert("<p>a&nbsp;b &eacute; &amp; &lt;</p>"), "<p>a\u00A0b \u00E9 &amp; &lt;</p>");
}

TEST(HtmlToXhtml, LeavesOutCommentsEvenWithDoubleHyphens) {
    EXPECT_EQ(convert("<p>a<!-- x -- y -->b</p>"), "<p>ab</p>");
}

TEST(HtmlToXhtml, ClosesWhatTheAuthorLeftOpen) {
    EXPECT_EQ(convert("<p>one<p>two <em>three"), "<p>one</p><p>two <em>three</em></p>");
}

TEST(HtmlToXhtml, KeepsDetailsAroundAHeading) {
    EXPECT_EQ(
        convert(
            "<details><summary>More</summary>\n<h2 id=\"x\">Inside</h2>\n<p>text</p>\n</details>"),
        "<details><summary>More</summary>\n<h2 id=\"x\">Inside</h2>\n<p>text</p>\n</details>");
}

TEST(HtmlToXhtml, DropsScriptsFormsAndEventAttributesAndSaysSo) {
    std::vector<std::string> dropped;
    EXPECT_EQ(
        convert("<p onclick=\"go()\">hi<script>alert(1)</script></p>"
                "<form action=\"/x\"><input name=\"q\"></form><a href=\"javascript:go()\">x</a>",
                &dropped),
        "<p>hi</p><a>x</a>");
    EXPECT_EQ(dropped, (std::vector<std::string>{"onclick attribute", "<script> element",
                                                 "<form> element", "javascript: URL"}));
}

TEST(HtmlToXhtml, KeepsTaskListCheckboxes) {
    EXPECT_EQ(convert("<li><input type=\"checkbox\" disabled=\"\"> done</li>"),
              "<li><input type=\"checkbox\" disabled=\"\"/> done</li>");
}

TEST(HtmlToXhtml, UnwrapsObsoleteElementsKeepingTheirText) {
    std::vector<std::string> dropped;
    EXPECT_EQ(convert("<center>mid <font color=\"red\">red</font></center>", &dropped), "mid red");
    EXPECT_EQ(dropped, (std::vector<std::string>{"<center> element (its content is kept)",
                                                 "<font> element (its content is kept)"}));
}

TEST(HtmlToXhtml, PutsInlineSvgInItsNamespace) {
    EXPECT_EQ(
        convert("<svg viewBox=\"0 0 1 1\"><circle r=\"1\"/></svg>"),
        "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
        "viewBox=\"0 0 1 1\"><circle r=\"1\"/></svg>");
}

}  // namespace
}  // namespace folio::epub
