#include <gtest/gtest.h>

#include "tests/render/ast_builders.hpp"
#include "src/render/html_body.hpp"

namespace folio {
namespace {

using namespace folio::test;

HtmlOptions with_heading_ids(std::string prefix = {}) {
    HtmlOptions options;
    options.heading_ids = true;
    options.id_prefix = std::move(prefix);
    return options;
}

TEST(HtmlHeadingIds, AreLeftOutByDefault) {
    EXPECT_EQ(render_html({heading(2, {text("Hello World")})}, {}), "<h2>Hello World</h2>\n");
}

TEST(HtmlHeadingIds, AreMadeFromTheTextLikeGithub) {
    EXPECT_EQ(render_html({heading(2, {text("Wat is "), emphasis({text("AI")}), text(" & Technologie?")})}, {},
                          with_heading_ids()),
              "<h2 id=\"wat-is-ai--technologie\">Wat is <em>AI</em> &amp; Technologie?</h2>\n");
}

TEST(HtmlHeadingIds, KeepHyphensUnderscoresDigitsAndAccentedLettersLowercased) {
    EXPECT_EQ(render_html({heading(1, {text("Über_die 2 Brücken-Bau — “ΑΘΉΝΑ”")})}, {}, with_heading_ids()),
              "<h1 id=\"über_die-2-brücken-bau--αθήνα\">Über_die 2 Brücken-Bau — “ΑΘΉΝΑ”</h1>\n");
}

TEST(HtmlHeadingIds, NumberRepeatedHeadingsFromOne) {
    EXPECT_EQ(render_html({heading(2, {text("Foo")}), heading(2, {text("Foo")}), heading(3, {text("foo")})}, {},
                          with_heading_ids()),
              "<h2 id=\"foo\">Foo</h2>\n<h2 id=\"foo-1\">Foo</h2>\n<h3 id=\"foo-2\">foo</h3>\n");
}

TEST(HtmlHeadingIds, SkipNumbersTakenByALiteralHeading) {
    EXPECT_EQ(render_html({heading(2, {text("Foo 1")}), heading(2, {text("Foo")}), heading(2, {text("Foo")})}, {},
                          with_heading_ids()),
              "<h2 id=\"foo-1\">Foo 1</h2>\n<h2 id=\"foo\">Foo</h2>\n<h2 id=\"foo-2\">Foo</h2>\n");
}

TEST(HtmlHeadingIds, FallBackToHeadingWhenNothingIsLeftOfTheText) {
    EXPECT_EQ(render_html({heading(2, {text("?!")}), heading(2, {text("🎉")})}, {}, with_heading_ids()),
              "<h2 id=\"heading\">?!</h2>\n<h2 id=\"heading-1\">🎉</h2>\n");
}

TEST(HtmlIdPrefix, PrefixesHeadingIdsFootnoteIdsAndTheirFragments) {
    const Blocks body = {heading(1, {text("Intro")}), paragraph({text("x"), footnote_ref("1")})};
    const std::vector<Footnote> notes = {footnote("1", {paragraph({text("n")})})};
    EXPECT_EQ(render_html(body, notes, with_heading_ids("post-a-")),
              "<h1 id=\"post-a-intro\">Intro</h1>\n"
              "<p>x<sup class=\"footnote-ref\"><a href=\"#post-a-fn-1\" id=\"post-a-fnref-1\" data-footnote-ref=\"\">1</a></sup></p>\n"
              "<section class=\"footnotes\" data-footnotes=\"\">\n<ol>\n"
              "<li id=\"post-a-fn-1\">\n<p>n <a href=\"#post-a-fnref-1\" class=\"footnote-backref\" data-footnote-backref=\"\" "
              "aria-label=\"Back to reference 1\">↩</a></p>\n</li>\n</ol>\n</section>\n");
}

TEST(HtmlCellAlignment, WritesTheAlignmentInTheFormAsked) {
    Table table;
    table.alignments = {Alignment::left, Alignment::none, Alignment::right};
    table.header = {{text("a")}, {text("b")}, {text("c")}};
    const Blocks body = {Block{table, {}}};
    const auto head = [&](HtmlOptions::CellAlignment form) {
        HtmlOptions options;
        options.cell_alignment = form;
        const std::string html = render_html(body, {}, options);
        const std::size_t row = html.find("<tr>\n") + 5;
        return html.substr(row, html.find("</tr>") - row);
    };
    EXPECT_EQ(head(HtmlOptions::CellAlignment::attribute),
              "<th align=\"left\">a</th>\n<th>b</th>\n<th align=\"right\">c</th>\n");
    EXPECT_EQ(head(HtmlOptions::CellAlignment::style),
              "<th style=\"text-align: left\">a</th>\n<th>b</th>\n"
              "<th style=\"text-align: right\">c</th>\n");
    EXPECT_EQ(head(HtmlOptions::CellAlignment::css_class),
              "<th class=\"align-left\">a</th>\n<th>b</th>\n<th class=\"align-right\">c</th>\n");
}

TEST(HtmlIdPrefix, PrefixesLinksToFragmentsOfTheSameDocumentOnly) {
    HtmlOptions options;
    options.id_prefix = "p-";
    EXPECT_EQ(render_html({paragraph({link("#intro", {text("a")}), link("other.html#intro", {text("b")}),
                                      link("#", {text("c")})})},
                          {}, options),
              "<p><a href=\"#p-intro\">a</a><a href=\"other.html#intro\">b</a><a href=\"#\">c</a></p>\n");
}

TEST(HtmlRewriteUrl, RewritesLinkAndImageUrlsBeforeEscaping) {
    HtmlOptions options;
    options.rewrite_url = [](std::string_view url, bool is_image) {
        return std::string(is_image ? "images/" : "https://blog.example/") + std::string(url);
    };
    EXPECT_EQ(render_html({paragraph({link("a b", {text("l")}), image("c&d.png", {text("i")})})}, {}, options),
              "<p><a href=\"https://blog.example/a%20b\">l</a><img src=\"images/c&amp;d.png\" alt=\"i\" /></p>\n");
}

TEST(HtmlRewriteUrl, IsNotAppliedToTheRenderersOwnFootnoteLinks) {
    HtmlOptions options;
    int calls = 0;
    options.rewrite_url = [&calls](std::string_view url, bool) {
        ++calls;
        return std::string(url);
    };
    const std::vector<Footnote> notes = {footnote("n", {paragraph({text("n")})})};
    render_html({paragraph({footnote_ref("n"), link("/x", {text("x")})})}, notes, options);
    EXPECT_EQ(calls, 1);
}

TEST(HtmlRewriteUrl, PrefixesAFragmentTheHookReturns) {
    HtmlOptions options;
    options.id_prefix = "ch2-";
    options.rewrite_url = [](std::string_view, bool) { return std::string("#top"); };
    EXPECT_EQ(render_html({paragraph({link("/x", {text("x")})})}, {}, options),
              "<p><a href=\"#ch2-top\">x</a></p>\n");
}

}  // namespace
}  // namespace folio
