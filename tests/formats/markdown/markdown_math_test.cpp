#include <gtest/gtest.h>

#include "formats/markdown/markdown_writer.hpp"
#include "src/math/tex_to_mathml.hpp"
#include "src/render/html_body.hpp"
#include "tests/formats/markdown/read_helpers.hpp"

namespace folio::test {
namespace {

Inline math(std::string tex, bool display = false) { return Inline{Math{std::move(tex), display, {}}}; }

inline Inlines first_paragraph(const Read& r) {
    EXPECT_FALSE(r.body.blocks.empty());
    return r.body.blocks.empty() ? Inlines{} : as<Paragraph>(r.body.blocks[0]).children;
}

TEST(MarkdownMath, ReadsInlineAndDisplayMath) {
    const Read r = read_markdown("Euler: $e^{i\\pi} + 1 = 0$, and\n\n$$\\sum_{k=1}^n k = \\frac{n(n+1)}{2}$$\n");
    EXPECT_EQ(first_paragraph(r), (Inlines{text("Euler: "), math("e^{i\\pi} + 1 = 0"), text(", and")}));
    EXPECT_EQ(as<Paragraph>(r.body.blocks[1]).children,
              Inlines{math("\\sum_{k=1}^n k = \\frac{n(n+1)}{2}", true)});
    EXPECT_TRUE(r.diagnostics.items().empty());
}

// Found by the HTML reader's round trip: a `#` heading whose text starts with math was read
// as underlined (its first text, the TeX, has a `$` before it, which was no inline opener).
TEST(MarkdownMath, AHashHeadingStartingWithMathIsNotUnderlined) {
    for (const char* heading : {"### $y^2$ x\n", "## $y$\n", "# $$a$$ b\n"}) {
        SCOPED_TRACE(heading);
        const Read r = read_markdown(heading);
        ASSERT_EQ(r.body.blocks.size(), 1u);
        EXPECT_FALSE(as<Heading>(r.body.blocks[0]).setext);
    }
}

TEST(MarkdownMath, KeepsBackslashesUnderscoresAndStarsOfTheTex) {
    // As Markdown, `\\` would be one backslash and `*a*` emphasis. md4c drops the line end
    // after the opening `$$` and the indentation of the lines.
    const Read r = read_markdown("$$\n\\begin{aligned} a_1 &= b*c*d \\\\\n x_1 &= 2\n\\end{aligned}\n$$\n");
    EXPECT_EQ(first_paragraph(r),
              Inlines{math("\\begin{aligned} a_1 &= b*c*d \\\\ x_1 &= 2 \\end{aligned} ", true)});
}

TEST(MarkdownMath, LeavesDollarAmountsAsText) {
    EXPECT_EQ(first_paragraph(read_markdown("It costs $5 and $10 a month.\n")),
              Inlines{text("It costs $5 and $10 a month.")});
    EXPECT_EQ(first_paragraph(read_markdown("From $5 to$10.\n")),
              Inlines{text("From $5 to$10.")});
    EXPECT_EQ(first_paragraph(read_markdown("Price: $ 5 $.\n")), Inlines{text("Price: $ 5 $.")});
    EXPECT_EQ(first_paragraph(read_markdown("An escaped \\$x$ is text.\n")),
              Inlines{text("An escaped $x$ is text.")});
    EXPECT_EQ(first_paragraph(read_markdown("`$x$` is code.\n")),
              (Inlines{Inline{Code{"$x$"}}, text(" is code.")}));
}

TEST(MarkdownMath, RecordsWhereTheTexStarts) {
    const Read r = read_markdown("Title\n\nSo $x$.\n");
    ASSERT_EQ(r.body.blocks.size(), 2u);
    const Inlines& second = as<Paragraph>(r.body.blocks[1]).children;
    ASSERT_EQ(second.size(), 3u);
    const auto& at = std::get<Math>(second[1].node).at;
    EXPECT_EQ(at.line, 3u);
    EXPECT_EQ(at.column, 5u);
}

TEST(MarkdownMath, WarnsAboutAnUnknownCommandWhereItIsWritten) {
    const Read r = read_markdown("Text.\n\nSo $a + \\foo{b}$ here.\n");
    ASSERT_EQ(r.diagnostics.items().size(), 1u);
    EXPECT_EQ(format_diagnostic(r.diagnostics.items()[0]),
              "a.md:3:9: warning: unknown TeX command '\\foo'; shown as TeX [markdown.math]\n"
              "    So $a + \\foo{b}$ here.\n"
              "            ^\n");
}

TEST(MarkdownMath, FoldsAMacroUsedAgainAndAgainIntoOneWarning) {
    const Read r = read_markdown("$\\RR^n$ and $\\RR$,\n\n$$f: \\RR \\to \\foo$$\n");
    ASSERT_EQ(r.diagnostics.items().size(), 2u);
    EXPECT_EQ(r.diagnostics.items()[0].message,
              "unknown TeX command '\\RR'; shown as TeX (2 more in this article)");
    EXPECT_EQ(r.diagnostics.items()[0].line, 1u);
    EXPECT_EQ(r.diagnostics.items()[0].column, 2u);
    EXPECT_EQ(r.diagnostics.items()[1].message, "unknown TeX command '\\foo'; shown as TeX");
}

TEST(MarkdownMath, RendersMathMlWithTheTexAsAnnotation) {
    const Read r = read_markdown("So $x^2$.\n");
    EXPECT_EQ(render_html(r.body.blocks, r.body.footnotes),
              "<p>So <math xmlns=\"http://www.w3.org/1998/Math/MathML\"><semantics><mrow>"
              "<msup><mi>x</mi><mn>2</mn></msup></mrow>"
              "<annotation encoding=\"application/x-tex\">x^2</annotation></semantics></math>.</p>\n");
}

TEST(MarkdownMath, WritesMathBackSoItReadsTheSame) {
    const Read r = read_markdown(
        "A $a_1 * b_2$ and $5 and $10.\n\n$$\n\\begin{pmatrix} 1 & 2 \\\\ 3 & 4 \\end{pmatrix}\n$$\n");
    const std::string written = write_markdown_body(r.body.blocks, r.body.footnotes);
    EXPECT_EQ(written,
              "A $a_1 * b_2$ and \\$5 and \\$10.\n\n"
              "$$\\begin{pmatrix} 1 & 2 \\\\ 3 & 4 \\end{pmatrix} $$\n");
    const Read again = read_markdown(written);
    EXPECT_EQ(again.body.blocks, r.body.blocks);
}

}  // namespace
}  // namespace folio::test

namespace folio::test {
namespace {

TEST(MarkdownMath, ReadsDoubleDollarsAmongTextAsInlineMathAsKramdownDoes) {
    const Read r = read_markdown("Lorem $$ \\sum_i x_i $$ ipsum, $$a$$2.\n\n1. \\$$ x $$ item\n");
    EXPECT_EQ(first_paragraph(r), (Inlines{text("Lorem "), math(" \\sum_i x_i "),
                                           text(" ipsum, "), math("a"), text("2.")}));
    const std::string written = write_markdown_body(r.body.blocks, r.body.footnotes);
    EXPECT_EQ(written.substr(0, written.find('\n')), "Lorem $$ \\sum_i x_i $$ ipsum, $$a$$2.");
    EXPECT_EQ(read_markdown(written).body.blocks, r.body.blocks);
}

}  // namespace
}  // namespace folio::test

namespace folio::test {
namespace {

TEST(MarkdownMath, LeavesThousandsOfPricesInOneParagraphAsText) {
    std::string prices;
    for (int i = 0; i < 5000; ++i) prices += "$" + std::to_string(i % 10) + " or ";
    const Read r = read_markdown(prices + "\n");
    EXPECT_EQ(first_paragraph(r), Inlines{text(prices.substr(0, prices.size() - 1))});
}

TEST(MarkdownMath, WarnsOnceAboutTexNestedPastTheLimit) {
    const Read r = read_markdown("$" + std::string(5000, '{') + "x" + std::string(5000, '}') + "$\n");
    ASSERT_EQ(r.diagnostics.items().size(), 1u);
    EXPECT_EQ(r.diagnostics.items()[0].column, 2u + static_cast<unsigned>(kMaxMathDepth));
}

}  // namespace
}  // namespace folio::test
