#include "formats/html/html_reader.hpp"

#include <gtest/gtest.h>

#include <string>

#include "formats/html/html_code_language.hpp"
#include "src/ast/article_json.hpp"
#include "tests/render/ast_builders.hpp"

namespace folio {
namespace {

using namespace folio::test;  // AST builders only

Body read(const std::string& html, Diagnostics* out = nullptr) {
    const SourceText source("a.html", html);
    Diagnostics diagnostics;
    Body body = read_html_body(source, 0, source.text().size(), out ? *out : diagnostics, EngineSyntaxOptions{});
    return body;
}

Blocks blocks(const std::string& html) { return read(html).blocks; }

// The tree as `folio inspect` prints it, so that a failure shows what differs.
std::string dump(const Blocks& body, const std::vector<Footnote>& notes = {}) {
    Article article;
    article.body = body;
    article.footnotes = notes;
    const std::string json = dump_json({article}, JsonDumpOptions{false, false});
    return json.substr(json.find("\"body\""));
}

#define EXPECT_TREE(actual, expected) EXPECT_EQ(dump(actual), dump(expected))

Block heading_with_id(int level, Inlines children, std::string id) {
    Heading h{level, std::move(children), false};
    h.attributes.id = std::move(id);
    return Block{std::move(h), {}};
}

TEST(HtmlReader, ReadsParagraphsWithWhitespaceCollapsedAsBrowsersShowIt) {
    EXPECT_TREE(blocks("<p>  one\n   two\t three </p>\n\n<p>four</p>"),
              (Blocks{paragraph({text("one two three")}), paragraph({text("four")})}));
}

TEST(HtmlReader, DecodesEntities) {
    EXPECT_TREE(blocks("<p>caf&eacute; &amp; &#x4E2D;&nbsp;x &lt;b&gt;</p>"),
              (Blocks{paragraph({text("caf\xC3\xA9 & \xE4\xB8\xAD\xC2\xA0x <b>")})}));
}

// gumbo 0.10 gives an overflowing reference without `;` as one raw byte, which is no UTF-8.
TEST(HtmlReader, GivesValidUtf8WhateverGumboDecodes) {
    const Blocks read_blocks = blocks("<p>a&#XffffffffD0 b</p><pre>&#XffffffffD0</pre>");
    EXPECT_TREE(read_blocks, (Blocks{paragraph({text("a\xEF\xBF\xBD b")}), code_block("", "\xEF\xBF\xBD\n")}));
}

TEST(HtmlReader, ReadsBareTextAsAParagraph) {
    EXPECT_TREE(blocks("just text\n<p>then a paragraph</p>"),
              (Blocks{paragraph({text("just text")}), paragraph({text("then a paragraph")})}));
}

TEST(HtmlReader, ReadsHeadingsWithTheirIds) {
    EXPECT_TREE(blocks("<h2 id=\"setup\">Set <em>up</em></h2><h6>six</h6>"),
              (Blocks{heading_with_id(2, {text("Set "), emphasis({text("up")})}, "setup"),
                      heading(6, {text("six")})}));
}

TEST(HtmlReader, ReadsInlineFormatting) {
    EXPECT_TREE(blocks("<p><em>a</em> <i>b</i> <strong>c</strong> <b>d</b> <del>e</del> <s>f</s> "
                     "<code>g  h</code>x<br>y</p>"),
              (Blocks{paragraph({emphasis({text("a")}), text(" "), emphasis({text("b")}), text(" "),
                                 strong({text("c")}), text(" "), strong({text("d")}), text(" "),
                                 strikethrough({text("e")}), text(" "), strikethrough({text("f")}),
                                 text(" "), code("g h"), text("x"), hard_break(), text("y")})}));
}

TEST(HtmlReader, MovesBlanksAtTheEdgesOfEmphasisOutside) {
    EXPECT_TREE(blocks("<p>a<strong> b </strong>c<em></em></p>"),
              (Blocks{paragraph({text("a "), strong({text("b")}), text(" c")})}));
}

TEST(HtmlReader, ReadsLinksAndImages) {
    EXPECT_TREE(blocks("<p><a href=\"https://a.example/x\" title=\"T\">see <b>it</b></a> "
                     "<img src=\"/p.png\" alt=\"A  cat\" title=\"t\" width=\"300\"></p>"),
              (Blocks{paragraph({link("https://a.example/x", {text("see "), strong({text("it")})}, "T"),
                                 text(" "), image("/p.png", {text("A cat")}, "t")})}));
}

TEST(HtmlReader, TakesALazyLoadersDataSrc) {
    EXPECT_TREE(blocks("<p><img src=\"data:image/gif;base64,R0l\" data-src=\"/real.jpg\" alt=\"x\"></p>"),
              (Blocks{paragraph({image("/real.jpg", {text("x")})})}));
}

TEST(HtmlReader, MarksALinkWhoseTextIsItsUrlAsAnAutolink) {
    const Blocks read_blocks = blocks("<p><a href=\"https://a.example/\">https://a.example/</a></p>");
    const auto& p = std::get<Paragraph>(read_blocks.at(0).node);
    EXPECT_TRUE(std::get<Link>(p.children.at(0).node).autolink);
}

TEST(HtmlReader, ReadsListsOrderedWithStartAndTasks) {
    EXPECT_TREE(blocks("<ol start=\"3\"><li>three</li><li>four</li></ol>"),
              (Blocks{ordered_list(3, {item({paragraph({text("three")})}), item({paragraph({text("four")})})})}));
    EXPECT_TREE(blocks("<ul><li><input type=\"checkbox\" disabled> todo</li>"
                     "<li><input type=\"checkbox\" checked disabled> done</li></ul>"),
              (Blocks{bullet_list({item({paragraph({text("todo")})}, Task::unchecked),
                                   item({paragraph({text("done")})}, Task::checked)})}));
}

TEST(HtmlReader, ReadsNestedAndLooseLists) {
    EXPECT_TREE(blocks("<ul><li>a<ul><li>b</li></ul></li></ul>"),
              (Blocks{bullet_list({item({paragraph({text("a")}), bullet_list({item({paragraph({text("b")})})})})})}));
    EXPECT_TREE(blocks("<ul><li><p>a</p></li><li><p>b</p></li></ul>"),
              (Blocks{bullet_list({item({paragraph({text("a")})}), item({paragraph({text("b")})})}, false)}));
}

TEST(HtmlReader, KeepsNumberingMarkdownCannotSayAsRawHtml) {
    EXPECT_TREE(blocks("<ol type=\"a\"><li>x</li></ol>"), (Blocks{html_block("<ol type=\"a\"><li>x</li></ol>\n")}));
}

TEST(HtmlReader, ReadsBlockQuotesAndRules) {
    EXPECT_TREE(blocks("<blockquote class=\"wp-block-quote\"><p>q</p></blockquote><hr>"),
              (Blocks{block_quote({paragraph({text("q")})}), thematic_break()}));
}

TEST(HtmlReader, ReadsGitHubAlerts) {
    const Blocks read_blocks = blocks("<div class=\"markdown-alert markdown-alert-tip\">"
                                      "<p class=\"markdown-alert-title\">Tip</p><p>x</p></div>");
    ASSERT_EQ(read_blocks.size(), 1u);
    const auto& quote = std::get<BlockQuote>(read_blocks[0].node);
    EXPECT_EQ(quote.alert, "tip");
    EXPECT_EQ(quote.children, (Blocks{paragraph({text("x")})}));
}

TEST(HtmlReader, ReadsCodeBlocksVerbatimWithTheirLanguage) {
    EXPECT_TREE(blocks("<pre><code class=\"language-python\">def f():\n    return  1\n</code></pre>"),
              (Blocks{code_block("python", "def f():\n    return  1\n")}));
    EXPECT_TREE(blocks("<pre class=\"wp-block-code\"><code>a &lt; b</code></pre>"),
              (Blocks{code_block("", "a < b\n")}));
    EXPECT_TREE(blocks("<pre class=\"brush: php; gutter: false\">echo 1;</pre>"),
              (Blocks{code_block("php", "echo 1;\n")}));
    EXPECT_TREE(blocks("<div class=\"highlight highlight-source-rust\"><pre><span class=\"k\">fn</span> "
                     "main() {}</pre></div>"),
              (Blocks{code_block("rust", "fn main() {}\n")}));
    EXPECT_TREE(blocks("<pre><code class=\"hljs javascript\">x<br>y</code></pre>"),
              (Blocks{code_block("javascript", "x\ny\n")}));
}

TEST(HtmlReader, NamesTheLanguageOfEveryHighlightersClass) {
    EXPECT_EQ(code_language_from_class("language-cpp"), "cpp");
    EXPECT_EQ(code_language_from_class("prettyprint lang-js"), "js");
    EXPECT_EQ(code_language_from_class("hljs hljs-x go"), "go");
    EXPECT_EQ(code_language_from_class("brush: bash; toolbar: false;"), "bash");
    EXPECT_EQ(code_language_from_class("highlight highlight-source-shell"), "shell");
    EXPECT_EQ(code_language_from_class("sourceCode haskell"), "haskell");
    EXPECT_EQ(code_language_from_class("wp-block-code"), "");
    EXPECT_EQ(code_language_from_class("language-`x`"), "");
}

TEST(HtmlReader, KeepsAPreHoldingMoreThanTextAsRawHtml) {
    EXPECT_TREE(blocks("<pre>a <img src=\"x.png\"></pre>"), (Blocks{html_block("<pre>a <img src=\"x.png\"></pre>\n")}));
}

TEST(HtmlReader, ReadsTablesWithHeaderAndAlignment) {
    EXPECT_TREE(blocks("<figure class=\"wp-block-table\"><table><thead><tr><th>a</th>"
                     "<th style=\"text-align: right\">b</th></tr></thead>"
                     "<tbody><tr><td>1</td><td>2</td></tr><tr><td>3</td></tr></tbody></table></figure>"),
              (Blocks{table({Alignment::none, Alignment::right}, {{text("a")}, {text("b")}},
                            {{{text("1")}, {text("2")}}, {{text("3")}, {}}})}));
    EXPECT_TREE(blocks("<table><tr><th align=\"center\">h</th></tr><tr><td><p>c</p></td></tr></table>"),
              (Blocks{table({Alignment::center}, {{text("h")}}, {{{text("c")}}})}));
}

TEST(HtmlReader, KeepsTablesMarkdownCannotHoldAsRawHtml) {
    for (const char* html : {"<table><tr><td colspan=\"2\">x</td></tr></table>",
                             "<table><caption>c</caption><tr><td>x</td></tr></table>",
                             "<table><tr><td><ul><li>x</li></ul></td></tr></table>",
                             "<table><tr><td>a<br>b</td></tr></table>"}) {
        SCOPED_TRACE(html);
        EXPECT_TREE(blocks(html), (Blocks{html_block(std::string(html) + "\n")}));
    }
}

TEST(HtmlReader, ReadsDefinitionLists) {
    DefinitionList list;
    list.items.push_back(DefinitionItem{{{text("term")}, {text("other")}}, {{paragraph({text("def")})}}});
    EXPECT_TREE(blocks("<dl><dt>term</dt><dt>other</dt><dd>def</dd></dl>"), (Blocks{Block{list, {}}}));
    EXPECT_TREE(blocks("<dl><dd>no term</dd></dl>"), (Blocks{html_block("<dl><dd>no term</dd></dl>\n")}));
}

TEST(HtmlReader, ReadsFootnotesAsMarkdownRenderersWriteThem) {
    // markdown-it (Ghost), goldmark (Hugo) and WordPress's footnotes block.
    for (const char* html : {
             "<p>a<sup class=\"footnote-ref\"><a href=\"#fn1\" id=\"fnref1\">[1]</a></sup></p>\n"
             "<hr class=\"footnotes-sep\"><section class=\"footnotes\"><ol class=\"footnotes-list\">"
             "<li id=\"fn1\" class=\"footnote-item\"><p>note <a href=\"#fnref1\" class=\"footnote-backref\">"
             "\xE2\x86\xA9\xEF\xB8\x8E</a></p></li></ol></section>",
             "<p>a<sup id=\"fnref:1\"><a href=\"#fn:1\" class=\"footnote-ref\" role=\"doc-noteref\">1</a></sup></p>"
             "<div class=\"footnotes\" role=\"doc-endnotes\"><hr><ol><li id=\"fn:1\"><p>note&#160;"
             "<a href=\"#fnref:1\" class=\"footnote-backref\" role=\"doc-backlink\">&#x21a9;&#xfe0e;</a></p></li>"
             "</ol></div>",
             "<p>a<sup data-fn=\"9c1e\" class=\"fn\"><a href=\"#9c1e\" id=\"9c1e-link\">1</a></sup></p>"
             "<ol class=\"wp-block-footnotes\"><li id=\"9c1e\">note <a href=\"#9c1e-link\" "
             "aria-label=\"Jump to footnote reference 1\">\xE2\x86\xA9\xEF\xB8\x8E</a></li></ol>"}) {
        SCOPED_TRACE(html);
        const Body body = read(html);
        EXPECT_TREE(body.blocks, (Blocks{paragraph({text("a"), footnote_ref("1")})}));
        EXPECT_EQ(dump({}, body.footnotes), dump({}, {footnote("1", {paragraph({text("note")})})}));
    }
}

TEST(HtmlReader, LeavesAnOrderedListThatIsNoNotesAlone) {
    const Body body = read("<p><sup>2</sup> <a href=\"#x\">x</a></p><ol><li id=\"x\">item</li></ol>");
    EXPECT_TRUE(body.footnotes.empty());
    ASSERT_EQ(body.blocks.size(), 2u);
    EXPECT_TRUE(std::holds_alternative<List>(body.blocks[1].node));
}

TEST(HtmlReader, ReadsTexKeptByMathRenderers) {
    const Blocks read_blocks = blocks(
        "<p>x <script type=\"math/tex\">a^2</script> and <span class=\"katex\"><math><semantics><mrow/>"
        "<annotation encoding=\"application/x-tex\">b_1</annotation></semantics></math></span></p>"
        "<script type=\"math/tex; mode=display\">\\sum x</script>");
    ASSERT_EQ(read_blocks.size(), 2u);
    const auto& p = std::get<Paragraph>(read_blocks[0].node);
    ASSERT_EQ(p.children.size(), 4u);
    EXPECT_EQ(std::get<Math>(p.children[1].node).tex, "a^2");
    EXPECT_EQ(std::get<Math>(p.children[3].node).tex, "b_1");
    const auto& display = std::get<Paragraph>(read_blocks[1].node);
    EXPECT_TRUE(std::get<Math>(display.children.at(0).node).display);
}

TEST(HtmlReader, KeepsWhatHasNoNodeAsRawHtmlExactlyAsWritten) {
    for (const char* html : {
             "<iframe src=\"https://www.youtube.com/embed/x\"  width=560 allowfullscreen></iframe>",
             "<figure class=\"wp-block-embed is-type-video\"><div class=\"wp-block-embed__wrapper\">\n"
             "https://youtu.be/x\n</div></figure>",
             "<div class=\"callout\"><p>meaning</p></div>",
             "<form action=\"/s\"><input name=q></form>",
             "<script>var a = 1 < 2;</script>",
             "<figure class=\"wp-block-image\"><img src=\"a.jpg\" alt=\"\"/><figcaption>Cap <em>x</em></figcaption></figure>",
             "<details><summary>More</summary><p>x</p></details>",
         }) {
        SCOPED_TRACE(html);
        EXPECT_TREE(blocks(html), (Blocks{html_block(std::string(html) + "\n")}));
    }
    EXPECT_TREE(blocks("<!--more-->"), (Blocks{html_block("<!--more-->\n")}));
    // A paragraph in another direction or language keeps the attribute that says so.
    EXPECT_TREE(blocks("<p dir=\"rtl\" lang=\"ar\">\xD9\x85\xD8\xB1\xD8\xAD\xD8\xA8\xD8\xA7</p>"),
                (Blocks{html_block("<p dir=\"rtl\" lang=\"ar\">\xD9\x85\xD8\xB1\xD8\xAD\xD8\xA8\xD8\xA7</p>\n")}));
}

TEST(HtmlReader, KeepsInlineElementsWithNoNodeAsTagsAroundTheirContent) {
    EXPECT_TREE(blocks("<p>press <kbd>Ctrl</kbd> and <span class=\"x\"><em>y</em></span> H<sub>2</sub>O<wbr></p>"),
              (Blocks{paragraph({text("press "), raw_html("<kbd>"), text("Ctrl"), raw_html("</kbd>"), text(" and "),
                                 raw_html("<span class=\"x\">"), emphasis({text("y")}), raw_html("</span>"),
                                 text(" H"), raw_html("<sub>"), text("2"), raw_html("</sub>"), text("O"),
                                 raw_html("<wbr>")})}));
}

TEST(HtmlReader, UnwrapsWrappersThatCarryNoMeaning) {
    EXPECT_TREE(blocks("<div><div class=\"wp-block-group\"><p>a</p></div></div><p><span>b</span></p>"
                     "<figure><img src=\"c.png\" alt=\"c\"></figure>"),
              (Blocks{paragraph({text("a")}), paragraph({text("b")}), paragraph({image("c.png", {text("c")})})}));
}

TEST(HtmlReader, PlacesEveryBlockInTheWholeFile) {
    const std::string file = "---\ntitle: x\n---\n<p>one</p>\n  <h2>two</h2>\n<ul>\n<li>x</li></ul>";
    const SourceText source("a.html", file);
    Diagnostics diagnostics;
    const Body body = read_html_body(source, 17, file.size(), diagnostics, EngineSyntaxOptions{});
    ASSERT_EQ(body.blocks.size(), 3u);
    EXPECT_EQ(body.blocks[0].at.line, 4u);
    EXPECT_EQ(body.blocks[0].at.column, 1u);
    EXPECT_EQ(body.blocks[0].at.offset, 17u);
    EXPECT_EQ(body.blocks[1].at.line, 5u);
    EXPECT_EQ(body.blocks[1].at.column, 3u);
    EXPECT_EQ(body.blocks[2].at.line, 6u);
}

TEST(HtmlReader, KeepsTenThousandNestedDivsWithinTheCap) {
    std::string html;
    for (int i = 0; i < 10000; ++i) html += "<div class=\"x\">";
    html += "deep";
    Diagnostics diagnostics;
    const Body body = read(html, &diagnostics);
    ASSERT_EQ(body.blocks.size(), 1u);
    EXPECT_TRUE(std::holds_alternative<HtmlBlock>(body.blocks[0].node));

    std::string bare;
    for (int i = 0; i < 5000; ++i) bare += "<blockquote><div>";  // 10,000 elements
    bare += "deep";
    Diagnostics deep_diagnostics;
    const Body deep = read(bare, &deep_diagnostics);
    ASSERT_EQ(deep_diagnostics.items().size(), 1u);
    EXPECT_EQ(deep_diagnostics.items()[0].code, "html.nesting");
    // The tree stops at the cap: walking down it ends in the raw rest.
    const Block* b = &deep.blocks.at(0);
    int levels = 0;
    while (const auto* q = std::get_if<BlockQuote>(&b->node)) {
        ASSERT_EQ(q->children.size(), 1u);
        b = &q->children[0];
        ++levels;
    }
    EXPECT_LE(levels, kMaxHtmlNesting);
    EXPECT_TRUE(std::holds_alternative<HtmlBlock>(b->node));
}

}  // namespace
}  // namespace folio
