#include <gtest/gtest.h>

#include "tests/render/ast_builders.hpp"
#include "src/render/html_body.hpp"

namespace folio {
namespace {

using namespace folio::test;

std::string render(const Blocks& blocks) { return render_html(blocks, {}); }

TEST(HtmlBlocks, RendersNothingForAnEmptyBody) { EXPECT_EQ(render({}), ""); }

TEST(HtmlBlocks, WritesParagraphsOnePerLine) {
    EXPECT_EQ(render({paragraph({text("one")}), paragraph({text("two")})}), "<p>one</p>\n<p>two</p>\n");
}

TEST(HtmlBlocks, WritesHeadingsOfEveryLevel) {
    EXPECT_EQ(render({heading(1, {text("a")}), heading(6, {text("f")})}), "<h1>a</h1>\n<h6>f</h6>\n");
}

TEST(HtmlBlocks, ClampsHeadingLevelsOutsideOneToSix) {
    EXPECT_EQ(render({heading(0, {text("a")}), heading(9, {text("b")})}), "<h1>a</h1>\n<h6>b</h6>\n");
}

TEST(HtmlBlocks, WritesBlockQuotesWithTheirChildrenOnTheirOwnLines) {
    EXPECT_EQ(render({block_quote({paragraph({text("q")})})}), "<blockquote>\n<p>q</p>\n</blockquote>\n");
}

TEST(HtmlBlocks, WritesAnEmptyBlockQuote) {
    EXPECT_EQ(render({block_quote({})}), "<blockquote>\n</blockquote>\n");
}

TEST(HtmlBlocks, WritesTightBulletListsWithoutParagraphs) {
    EXPECT_EQ(render({bullet_list({item({paragraph({text("a")})}), item({paragraph({text("b")})})})}),
              "<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n");
}

TEST(HtmlBlocks, WritesLooseListsWithParagraphs) {
    EXPECT_EQ(render({bullet_list({item({paragraph({text("a")})}), item({paragraph({text("b")})})}, false)}),
              "<ul>\n<li>\n<p>a</p>\n</li>\n<li>\n<p>b</p>\n</li>\n</ul>\n");
}

TEST(HtmlBlocks, WritesOrderedListsStartingAtOneWithoutStart) {
    EXPECT_EQ(render({ordered_list(1, {item({paragraph({text("a")})})})}), "<ol>\n<li>a</li>\n</ol>\n");
}

TEST(HtmlBlocks, WritesTheStartOfOrderedListsThatDoNotStartAtOne) {
    EXPECT_EQ(render({ordered_list(7, {item({paragraph({text("a")})})})}),
              "<ol start=\"7\">\n<li>a</li>\n</ol>\n");
    EXPECT_EQ(render({ordered_list(0, {item({})})}), "<ol start=\"0\">\n<li></li>\n</ol>\n");
}

TEST(HtmlBlocks, PutsANestedListOnItsOwnLineInsideATightItem) {
    const Block inner = bullet_list({item({paragraph({text("b")})})});
    EXPECT_EQ(render({bullet_list({item({paragraph({text("a")}), inner})})}),
              "<ul>\n<li>a\n<ul>\n<li>b</li>\n</ul>\n</li>\n</ul>\n");
}

TEST(HtmlBlocks, KeepsParagraphsInABlockQuoteInsideATightItem) {
    EXPECT_EQ(render({bullet_list({item({block_quote({paragraph({text("q")})})})})}),
              "<ul>\n<li>\n<blockquote>\n<p>q</p>\n</blockquote>\n</li>\n</ul>\n");
}

TEST(HtmlBlocks, WritesTaskItemsAsCmarkGfmDoes) {
    EXPECT_EQ(render({bullet_list({item({paragraph({text("foo")})}, Task::unchecked),
                                   item({paragraph({text("bar")})}, Task::checked)})}),
              "<ul>\n"
              "<li><input type=\"checkbox\" disabled=\"\" /> foo</li>\n"
              "<li><input type=\"checkbox\" checked=\"\" disabled=\"\" /> bar</li>\n"
              "</ul>\n");
}

TEST(HtmlBlocks, WritesCodeBlocksEscapedWithTheFirstWordOfTheInfoAsLanguage) {
    EXPECT_EQ(render({code_block("cpp title=\"x\"", "a < b && c\n")}),
              "<pre><code class=\"language-cpp\">a &lt; b &amp;&amp; c\n</code></pre>\n");
}

TEST(HtmlBlocks, WritesCodeBlocksWithoutInfoWithoutClass) {
    EXPECT_EQ(render({code_block("", "x\n"), code_block("   ", "")}),
              "<pre><code>x\n</code></pre>\n<pre><code></code></pre>\n");
}

TEST(HtmlBlocks, EscapesTheLanguageAttribute) {
    EXPECT_EQ(render({code_block("a\"<b", "")}), "<pre><code class=\"language-a&quot;&lt;b\"></code></pre>\n");
}

TEST(HtmlBlocks, WritesHtmlBlocksVerbatimEndingWithANewline) {
    EXPECT_EQ(render({html_block("<div>\n*x*\n</div>"), paragraph({text("p")})}),
              "<div>\n*x*\n</div>\n<p>p</p>\n");
    EXPECT_EQ(render({html_block("<!-- c -->\n")}), "<!-- c -->\n");
}

TEST(HtmlBlocks, WritesThematicBreaksSelfClosed) {
    EXPECT_EQ(render({thematic_break()}), "<hr />\n");
}

TEST(HtmlBlocks, WritesTablesWithAlignmentsHeaderAndBody) {
    const Block t = table({Alignment::none, Alignment::left, Alignment::center, Alignment::right},
                          {{text("a")}, {text("b")}, {text("c")}, {text("d")}},
                          {{{text("1")}, {text("2")}, {emphasis({text("3")})}, {}}});
    EXPECT_EQ(render({t}),
              "<table>\n<thead>\n<tr>\n"
              "<th>a</th>\n<th align=\"left\">b</th>\n<th align=\"center\">c</th>\n<th align=\"right\">d</th>\n"
              "</tr>\n</thead>\n<tbody>\n<tr>\n"
              "<td>1</td>\n<td align=\"left\">2</td>\n<td align=\"center\"><em>3</em></td>\n<td align=\"right\"></td>\n"
              "</tr>\n</tbody>\n</table>\n");
}

TEST(HtmlBlocks, LeavesOutTheTableBodyWhenThereAreNoBodyRows) {
    EXPECT_EQ(render({table({Alignment::none}, {{text("a")}}, {})}),
              "<table>\n<thead>\n<tr>\n<th>a</th>\n</tr>\n</thead>\n</table>\n");
}

TEST(HtmlBlocks, PadsShortTableRowsAndCutsLongOnes) {
    EXPECT_EQ(render({table({Alignment::none, Alignment::none}, {{text("a")}, {text("b")}},
                            {{{text("1")}}, {{text("1")}, {text("2")}, {text("3")}}})}),
              "<table>\n<thead>\n<tr>\n<th>a</th>\n<th>b</th>\n</tr>\n</thead>\n<tbody>\n"
              "<tr>\n<td>1</td>\n<td></td>\n</tr>\n"
              "<tr>\n<td>1</td>\n<td>2</td>\n</tr>\n"
              "</tbody>\n</table>\n");
}

TEST(HtmlBlocks, WritesHeadingAttributesAsTheAuthorGaveThem) {
    Block h = heading(2, {text("a")});
    std::get<Heading>(h.node).attributes = {"setup", {"wide", "x"}, {{"data-n", "1"}, {"onclick", "x()"}, {"xml:lang", "en"}}};
    // The id is written even without generated heading ids; attributes HTML5 does not allow
    // on any element are left out.
    EXPECT_EQ(render({h}), "<h2 id=\"setup\" class=\"wide x\" data-n=\"1\">a</h2>\n");
    HtmlOptions options;
    options.heading_ids = true;
    options.id_prefix = "c1-";
    EXPECT_EQ(render_html({h, heading(2, {text("Setup")})}, {}, options),
              "<h2 id=\"c1-setup\" class=\"wide x\" data-n=\"1\">a</h2>\n"
              "<h2 id=\"c1-setup-1\">Setup</h2>\n");
}

TEST(HtmlBlocks, WritesAlertsAsGitHubDoes) {
    Block quote = block_quote({paragraph({text("q")})});
    std::get<BlockQuote>(quote.node).alert = "important";
    EXPECT_EQ(render({quote}),
              "<div class=\"markdown-alert markdown-alert-important\" role=\"note\">\n"
              "<p class=\"markdown-alert-title\">Important</p>\n<p>q</p>\n</div>\n");
}

TEST(HtmlBlocks, WritesDefinitionListsTightAndLoose) {
    DefinitionList list;
    list.items.push_back({{{text("t1")}, {text("t2")}}, {{paragraph({text("d")})}}});
    EXPECT_EQ(render({Block{list, {}}}), "<dl>\n<dt>t1</dt>\n<dt>t2</dt>\n<dd>d</dd>\n</dl>\n");
    list.tight = false;
    EXPECT_EQ(render({Block{list, {}}}),
              "<dl>\n<dt>t1</dt>\n<dt>t2</dt>\n<dd>\n<p>d</p>\n</dd>\n</dl>\n");
}

}  // namespace
}  // namespace folio
