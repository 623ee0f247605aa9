#include <gtest/gtest.h>

#include "tests/render/ast_builders.hpp"
#include "src/render/html_body.hpp"

namespace folio {
namespace {

using namespace folio::test;

TEST(HtmlFootnotes, WritesGithubsReferenceAndSectionWithXhtmlAttributes) {
    const Blocks body = {paragraph({text("a"), footnote_ref("note")})};
    const std::vector<Footnote> notes = {footnote("note", {paragraph({text("text")})})};
    EXPECT_EQ(render_html(body, notes),
              "<p>a<sup class=\"footnote-ref\"><a href=\"#fn-note\" id=\"fnref-note\" data-footnote-ref=\"\">1</a></sup></p>\n"
              "<section class=\"footnotes\" data-footnotes=\"\">\n<ol>\n"
              "<li id=\"fn-note\">\n"
              "<p>text <a href=\"#fnref-note\" class=\"footnote-backref\" data-footnote-backref=\"\" "
              "aria-label=\"Back to reference 1\">↩</a></p>\n"
              "</li>\n</ol>\n</section>\n");
}

TEST(HtmlFootnotes, NumbersNotesByFirstReferenceAndLeavesOutUnreferencedOnes) {
    const Blocks body = {paragraph({footnote_ref("b"), footnote_ref("a")})};
    const std::vector<Footnote> notes = {footnote("a", {paragraph({text("A")})}),
                                         footnote("unused", {paragraph({text("U")})}),
                                         footnote("b", {paragraph({text("B")})})};
    EXPECT_EQ(render_html(body, notes),
              "<p><sup class=\"footnote-ref\"><a href=\"#fn-b\" id=\"fnref-b\" data-footnote-ref=\"\">1</a></sup>"
              "<sup class=\"footnote-ref\"><a href=\"#fn-a\" id=\"fnref-a\" data-footnote-ref=\"\">2</a></sup></p>\n"
              "<section class=\"footnotes\" data-footnotes=\"\">\n<ol>\n"
              "<li id=\"fn-b\">\n<p>B <a href=\"#fnref-b\" class=\"footnote-backref\" data-footnote-backref=\"\" "
              "aria-label=\"Back to reference 1\">↩</a></p>\n</li>\n"
              "<li id=\"fn-a\">\n<p>A <a href=\"#fnref-a\" class=\"footnote-backref\" data-footnote-backref=\"\" "
              "aria-label=\"Back to reference 2\">↩</a></p>\n</li>\n"
              "</ol>\n</section>\n");
}

TEST(HtmlFootnotes, GivesRepeatedReferencesDistinctIdsAndOneBackrefEach) {
    const Blocks body = {paragraph({footnote_ref("x"), footnote_ref("x")})};
    const std::vector<Footnote> notes = {footnote("x", {paragraph({text("X")})})};
    EXPECT_EQ(render_html(body, notes),
              "<p><sup class=\"footnote-ref\"><a href=\"#fn-x\" id=\"fnref-x\" data-footnote-ref=\"\">1</a></sup>"
              "<sup class=\"footnote-ref\"><a href=\"#fn-x\" id=\"fnref-x-2\" data-footnote-ref=\"\">1</a></sup></p>\n"
              "<section class=\"footnotes\" data-footnotes=\"\">\n<ol>\n"
              "<li id=\"fn-x\">\n<p>X <a href=\"#fnref-x\" class=\"footnote-backref\" data-footnote-backref=\"\" "
              "aria-label=\"Back to reference 1\">↩</a> "
              "<a href=\"#fnref-x-2\" class=\"footnote-backref\" data-footnote-backref=\"\" "
              "aria-label=\"Back to reference 1-2\">↩<sup class=\"footnote-ref\">2</sup></a></p>\n</li>\n"
              "</ol>\n</section>\n");
}

TEST(HtmlFootnotes, PutsBackrefsOnTheirOwnLineWhenTheNoteDoesNotEndInAParagraph) {
    const Blocks body = {paragraph({footnote_ref("c")})};
    const std::vector<Footnote> notes = {footnote("c", {paragraph({text("p")}), code_block("", "x\n")})};
    EXPECT_EQ(render_html(body, notes),
              "<p><sup class=\"footnote-ref\"><a href=\"#fn-c\" id=\"fnref-c\" data-footnote-ref=\"\">1</a></sup></p>\n"
              "<section class=\"footnotes\" data-footnotes=\"\">\n<ol>\n"
              "<li id=\"fn-c\">\n<p>p</p>\n<pre><code>x\n</code></pre>\n"
              "<a href=\"#fnref-c\" class=\"footnote-backref\" data-footnote-backref=\"\" "
              "aria-label=\"Back to reference 1\">↩</a>\n</li>\n"
              "</ol>\n</section>\n");
}

TEST(HtmlFootnotes, WritesBackrefsOfAnEmptyNote) {
    const std::vector<Footnote> notes = {footnote("e", {})};
    EXPECT_EQ(render_html({paragraph({footnote_ref("e")})}, notes),
              "<p><sup class=\"footnote-ref\"><a href=\"#fn-e\" id=\"fnref-e\" data-footnote-ref=\"\">1</a></sup></p>\n"
              "<section class=\"footnotes\" data-footnotes=\"\">\n<ol>\n<li id=\"fn-e\">\n"
              "<a href=\"#fnref-e\" class=\"footnote-backref\" data-footnote-backref=\"\" "
              "aria-label=\"Back to reference 1\">↩</a>\n</li>\n</ol>\n</section>\n");
}

TEST(HtmlFootnotes, NumbersNotesReferencedOnlyFromOtherNotesAfterTheBodysNotes) {
    const Blocks body = {paragraph({footnote_ref("a"), footnote_ref("b")})};
    const std::vector<Footnote> notes = {footnote("a", {paragraph({text("A"), footnote_ref("c")})}),
                                         footnote("b", {paragraph({text("B")})}),
                                         footnote("c", {paragraph({text("C")})})};
    const std::string html = render_html(body, notes);
    const auto a = html.find("<li id=\"fn-a\">");
    const auto b = html.find("<li id=\"fn-b\">");
    const auto c = html.find("<li id=\"fn-c\">");
    ASSERT_NE(c, std::string::npos);
    EXPECT_LT(a, b);
    EXPECT_LT(b, c);
    EXPECT_NE(html.find("<p>A<sup class=\"footnote-ref\"><a href=\"#fn-c\" id=\"fnref-c\" data-footnote-ref=\"\">3</a></sup> "),
              std::string::npos);
}

TEST(HtmlFootnotes, MatchesLabelsIgnoringCaseAndRunsOfWhitespace) {
    const std::vector<Footnote> notes = {footnote("My  Note", {paragraph({text("n")})})};
    const std::string html = render_html({paragraph({footnote_ref("my note")})}, notes);
    EXPECT_NE(html.find("<a href=\"#fn-My--Note\" id=\"fnref-My--Note\" data-footnote-ref=\"\">1</a>"),
              std::string::npos)
        << html;
}

TEST(HtmlFootnotes, MakesLabelsSafeForIdsAndKeepsThemUnique) {
    const std::vector<Footnote> notes = {footnote("a b", {paragraph({text("1")})}),
                                         footnote("a-b", {paragraph({text("2")})}),
                                         footnote("\"<é>\"", {paragraph({text("3")})})};
    const std::string html =
        render_html({paragraph({footnote_ref("a b"), footnote_ref("a-b"), footnote_ref("\"<é>\"")})}, notes);
    EXPECT_NE(html.find("<a href=\"#fn-a-b\" id=\"fnref-a-b\""), std::string::npos) << html;
    EXPECT_NE(html.find("<a href=\"#fn-a-b-1\" id=\"fnref-a-b-1\""), std::string::npos) << html;
    EXPECT_NE(html.find("<a href=\"#fn---%C3%A9--\" id=\"fnref---é--\""), std::string::npos) << html;
    EXPECT_NE(html.find("<li id=\"fn---é--\">"), std::string::npos) << html;
}

TEST(HtmlFootnotes, UsesTheFirstDefinitionOfALabel) {
    const std::vector<Footnote> notes = {footnote("d", {paragraph({text("first")})}),
                                         footnote("d", {paragraph({text("second")})})};
    const std::string html = render_html({paragraph({footnote_ref("d")})}, notes);
    EXPECT_NE(html.find("<p>first "), std::string::npos);
    EXPECT_EQ(html.find("second"), std::string::npos);
}

TEST(HtmlFootnotes, WritesNoSectionWhenNothingIsReferenced) {
    const std::vector<Footnote> notes = {footnote("n", {paragraph({text("n")})})};
    EXPECT_EQ(render_html({paragraph({text("p")})}, notes), "<p>p</p>\n");
}

}  // namespace
}  // namespace folio
