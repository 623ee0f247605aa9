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

// Issue 23: each place a script or a dangerous URL hides, one at a time.
TEST(HtmlToXhtml, DropsVbscriptAndDataHtmlUrlsAndEntityTricks) {
    std::vector<std::string> dropped;
    EXPECT_EQ(convert("<a href=\"vbscript:msgbox(1)\">a</a><a href=\"data:text/html,x\">b</a>"
                      "<a href=\"jav&#x09;ascript:go()\">c</a><a href=\"https://e.org/\">d</a>",
                      &dropped),
              "<a>a</a><a>b</a><a>c</a><a href=\"https://e.org/\">d</a>");
    EXPECT_EQ(dropped, (std::vector<std::string>{"vbscript: URL", "data:text/html: URL",
                                                 "javascript: URL"}));
}

TEST(HtmlToXhtml, DropsDangerousSrcsetCandidatesAndPosters) {
    EXPECT_EQ(convert("<img src=\"a.png\" srcset=\"javascript:x 1x, b.png 2x\" alt=\"\">"),
              "<img src=\"a.png\" srcset=\"b.png 2x\" alt=\"\"/>");
    EXPECT_EQ(convert("<img src=\"a.png\" srcset=\"data:text/html,x 2x\" alt=\"\">"),
              "<img src=\"a.png\" alt=\"\"/>");
    EXPECT_EQ(convert("<img src=\"javascript:x\" alt=\"a\">"), "<img alt=\"a\"/>");
}

TEST(HtmlToXhtml, DropsStylesThatLoadOrRunCode) {
    std::vector<std::string> dropped;
    EXPECT_EQ(convert("<p style=\"background:url(javascript:go())\">a</p>"
                      "<p style=\"width:expression(go())\">b</p><p style=\"color:red\">c</p>",
                      &dropped),
              "<p>a</p><p>b</p><p style=\"color:red\">c</p>");
    EXPECT_EQ(dropped, (std::vector<std::string>{"style that loads or runs code"}));
}

TEST(HtmlToXhtml, CleansSvgOfScriptsEventsAnimationsAndDangerousLinks) {
    std::vector<std::string> dropped;
    const std::string out = convert(
        "<svg onload=\"go()\"><script>go()</script><a xlink:href=\"javascript:go()\">"
        "<circle r=\"5\"/></a><a href=\"javascript:go()\"><text>t</text></a>"
        "<animate attributeName=\"href\" to=\"javascript:go()\"/>"
        "<set attributeName=\"href\" to=\"javascript:go()\"/>"
        "<foreignObject><iframe src=\"x\"></iframe></foreignObject></svg>",
        &dropped);
    EXPECT_EQ(out.find("script"), std::string::npos) << out;
    EXPECT_EQ(out.find("onload"), std::string::npos) << out;
    EXPECT_EQ(out.find("animate"), std::string::npos) << out;
    EXPECT_EQ(out.find("<set"), std::string::npos) << out;
    EXPECT_EQ(out.find("foreignObject"), std::string::npos) << out;
    EXPECT_NE(out.find("<circle r=\"5\"/>"), std::string::npos) << out;
}

TEST(HtmlToXhtml, KeepsMathMlWellFormedWhenItHasXlinkHref) {
    std::vector<std::string> dropped;
    const std::string out =
        convert("<math><mi xlink:href=\"javascript:go()\">x</mi><mi xlink:href=\"https://e.org/\">y</mi>"
                "<mi href=\"javascript:go()\">z</mi></math>",
                &dropped);
    EXPECT_EQ(out, "<math xmlns=\"http://www.w3.org/1998/Math/MathML\"><mi>x</mi><mi>y</mi><mi>z</mi></math>");
    EXPECT_EQ(dropped, (std::vector<std::string>{"xlink:href attribute on <mi>", "javascript: URL"}));
}

TEST(HtmlToXhtml, KeepsOnlyAttributesOnTheAllowList) {
    std::vector<std::string> dropped;
    EXPECT_EQ(convert("<p id=\"a\" class=\"b\" aria-label=\"c\" data-x=\"d\" formaction=\"e\" "
                      "srcdoc=\"f\">t</p>",
                      &dropped),
              "<p id=\"a\" class=\"b\" aria-label=\"c\" data-x=\"d\">t</p>");
    EXPECT_EQ(dropped, (std::vector<std::string>{"'formaction' attribute", "'srcdoc' attribute"}));
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
