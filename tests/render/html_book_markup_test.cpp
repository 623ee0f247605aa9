#include <gtest/gtest.h>

#include "tests/render/ast_builders.hpp"
#include "src/render/html_body.hpp"

// The EPUB's markup from the shared renderer: notes that reading systems pop up, headings as an
// outline below the chapter's title, tables, task lists and captioned images for e-readers.

namespace folio {
namespace {

using namespace folio::test;

HtmlOptions book(HtmlOptions::Notes notes = HtmlOptions::Notes::footnotes) {
    HtmlOptions options;
    options.id_prefix = "c1-";
    options.notes = notes;
    options.ebook_markup = true;
    return options;
}

TEST(HtmlBookNotes, AreAsidesReferencedByALinkHoldingOnlyTheNumber) {
    EXPECT_EQ(render_html({paragraph({text("Hi"), footnote_ref("a")})},
                          {footnote("a", {paragraph({text("Note.")})})}, book()),
              "<p>Hi<a epub:type=\"noteref\" role=\"doc-noteref\" class=\"noteref\" "
              "href=\"#c1-fn-a\" id=\"c1-fnref-a\">1</a></p>\n"
              "<div class=\"footnotes\">\n"
              "<aside class=\"footnote\" epub:type=\"footnote\" role=\"doc-footnote\" id=\"c1-fn-a\">\n"
              "<p><span class=\"note-number\">1.</span> Note. <a href=\"#c1-fnref-a\" "
              "class=\"footnote-backref\" role=\"doc-backlink\" aria-label=\"Back to reference 1\">"
              "\u21A9</a></p>\n"
              "</aside>\n</div>\n");
}

TEST(HtmlBookNotes, GiveANoteThatOpensWithNoParagraphItsNumberAndBackLinkAnyway) {
    HtmlOptions options = book();
    options.back_label = "Terug naar verwijzing";
    EXPECT_EQ(render_html({paragraph({footnote_ref("x")})},
                          {footnote("x", {code_block("", "code\n")})}, options),
              "<p><a epub:type=\"noteref\" role=\"doc-noteref\" class=\"noteref\" "
              "href=\"#c1-fn-x\" id=\"c1-fnref-x\">1</a></p>\n"
              "<div class=\"footnotes\">\n"
              "<aside class=\"footnote\" epub:type=\"footnote\" role=\"doc-footnote\" id=\"c1-fn-x\">\n"
              "<p><span class=\"note-number\">1.</span></p>\n"
              "<pre><code>code\n</code></pre>\n"
              "<p><a href=\"#c1-fnref-x\" class=\"footnote-backref\" role=\"doc-backlink\" "
              "aria-label=\"Terug naar verwijzing 1\">\u21A9</a></p>\n"
              "</aside>\n</div>\n");
}

TEST(HtmlBookNotes, AsEndnotesAreOneSectionWithAHeadingBelowThePageTitle) {
    HtmlOptions options = book(HtmlOptions::Notes::endnotes);
    options.outline_below = 1;
    options.notes_heading = "Noten";
    EXPECT_EQ(render_html({paragraph({footnote_ref("a"), footnote_ref("a")})},
                          {footnote("a", {paragraph({text("N")})})}, options),
              "<p><a epub:type=\"noteref\" role=\"doc-noteref\" class=\"noteref\" "
              "href=\"#c1-fn-a\" id=\"c1-fnref-a\">1</a><a epub:type=\"noteref\" "
              "role=\"doc-noteref\" class=\"noteref\" href=\"#c1-fn-a\" id=\"c1-fnref-a-2\">1</a></p>\n"
              "<section class=\"footnotes\" epub:type=\"endnotes\" role=\"doc-endnotes\">\n"
              "<h2 class=\"notes-heading\">Noten</h2>\n<ol>\n"
              "<li epub:type=\"endnote\" id=\"c1-fn-a\">\n"
              "<p>N <a href=\"#c1-fnref-a\" class=\"footnote-backref\" role=\"doc-backlink\" "
              "aria-label=\"Back to reference 1\">\u21A9</a> <a href=\"#c1-fnref-a-2\" "
              "class=\"footnote-backref\" role=\"doc-backlink\" aria-label=\"Back to reference 1-2\">"
              "\u21A9<sup class=\"footnote-ref\">2</sup></a></p>\n"
              "</li>\n</ol>\n</section>\n");
}

TEST(HtmlBookOutline, MakesHeadingsAnOutlineBelowThePageTitleWithoutSkippingALevel) {
    HtmlOptions options;
    options.outline_below = 1;
    EXPECT_EQ(render_html({heading(1, {text("A")}), heading(3, {text("B")}), heading(5, {text("C")}),
                           heading(3, {text("D")}), heading(1, {text("E")}), heading(4, {text("F")})},
                          {}, options),
              "<h2>A</h2>\n<h3>B</h3>\n<h4>C</h4>\n<h3>D</h3>\n<h2>E</h2>\n<h3>F</h3>\n");
}

TEST(HtmlBookOutline, ReportsTheLevelAsWrittenToTheHeadingHook) {
    HtmlOptions options;
    options.outline_below = 1;
    options.heading_ids = true;
    std::vector<int> levels;
    options.on_heading = [&levels](int level, std::string_view, std::string_view) {
        levels.push_back(level);
    };
    render_html({heading(3, {text("A")}), heading(4, {text("B")})}, {}, options);
    EXPECT_EQ(levels, (std::vector<int>{2, 3}));
}

TEST(HtmlBookMarkup, PutsTablesInAScrollingBoxWithHeaderCellsScopedToTheirColumn) {
    EXPECT_EQ(render_html({table({Alignment::none}, {{text("H")}}, {{{text("d")}}})}, {}, book()),
              "<div class=\"table-scroll\" tabindex=\"0\">\n<table>\n<thead>\n<tr>\n"
              "<th scope=\"col\">H</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>d</td>\n</tr>\n"
              "</tbody>\n</table>\n</div>\n");
}

TEST(HtmlBookMarkup, WritesTaskListsAsCheckMarksNotFormControls) {
    EXPECT_EQ(render_html({bullet_list({item({paragraph({text("a")})}, Task::unchecked),
                                        item({paragraph({text("b")})}, Task::checked)})},
                          {}, book()),
              "<ul>\n<li><span class=\"task\">\u2610</span> a</li>\n"
              "<li><span class=\"task done\">\u2611</span> b</li>\n</ul>\n");
}

TEST(HtmlBookMarkup, CaptionsAnImageAloneInItsParagraphWithItsTitle) {
    EXPECT_EQ(render_html({paragraph({image("x.png", {text("Alt")}, "A caption")}),
                           paragraph({image("y.png", {text("Y")})})},
                          {}, book()),
              "<figure><img src=\"x.png\" alt=\"Alt\" title=\"A caption\" />"
              "<figcaption>A caption</figcaption></figure>\n"
              "<p><img src=\"y.png\" alt=\"Y\" /></p>\n");
}

TEST(HtmlBookMarkup, LeavesTheSitesMarkupAsGithubWritesIt) {
    EXPECT_EQ(render_html({bullet_list({item({paragraph({text("a")})}, Task::unchecked)})}, {}),
              "<ul>\n<li><input type=\"checkbox\" disabled=\"\" /> a</li>\n</ul>\n");
}

}  // namespace
}  // namespace folio
