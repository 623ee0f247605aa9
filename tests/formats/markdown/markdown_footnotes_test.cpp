#include <gtest/gtest.h>

#include "tests/formats/markdown/read_helpers.hpp"

namespace folio::test {
namespace {

Inline ref(std::string label) { return Inline{FootnoteReference{std::move(label)}}; }

TEST(MarkdownReader, SplitsFootnoteDefinitionsOutOfTheBody) {
    const auto r =
        read_markdown("Text[^1] and [^Note].\n\n[^1]: First *note*.\n[^note]: Second.\n\nAfter.\n");
    ASSERT_EQ(r.body.blocks.size(), 2u);
    EXPECT_EQ(as<Paragraph>(r.body.blocks[0]).children,
              (Inlines{text("Text"), ref("1"), text(" and "), ref("note"), text(".")}));
    EXPECT_EQ(as<Paragraph>(r.body.blocks[1]).children, Inlines{text("After.")});
    ASSERT_EQ(r.body.footnotes.size(), 2u);
    EXPECT_EQ(r.body.footnotes[0].label, "1");
    EXPECT_EQ(
        r.body.footnotes[0].children,
        (Blocks{paragraph_block({text("First "), Inline{Emphasis{{text("note")}}}, text(".")})}));
    EXPECT_EQ(r.body.footnotes[1].label, "note");
    EXPECT_EQ(r.body.footnotes[1].children, Blocks{paragraph_block({text("Second.")})});
    EXPECT_TRUE(r.diagnostics.items().empty());
}

TEST(MarkdownReader, ReadsAMultiParagraphFootnoteDefinition) {
    const auto r = read_markdown(
        "See[^long].\n\n[^long]: First paragraph\nlazy line.\n\n    Second paragraph.\n\n        "
        "code\n\n    - item\n\nBack in the body.\n");
    ASSERT_EQ(r.body.blocks.size(), 2u);
    EXPECT_EQ(as<Paragraph>(r.body.blocks[1]).children, Inlines{text("Back in the body.")});
    ASSERT_EQ(r.body.footnotes.size(), 1u);
    const auto& note = r.body.footnotes[0].children;
    ASSERT_EQ(note.size(), 4u);
    EXPECT_EQ(as<Paragraph>(note[0]).children,
              (Inlines{text("First paragraph"), Inline{SoftBreak{}}, text("lazy line.")}));
    EXPECT_EQ(as<Paragraph>(note[1]).children, Inlines{text("Second paragraph.")});
    EXPECT_EQ(as<CodeBlock>(note[2]).text, "code\n");
    EXPECT_EQ(as<List>(note[3]).items.size(), 1u);
}

TEST(MarkdownReader, DoesNotTakeAFootnoteLabelInsideCodeAsAReference) {
    const auto r = read_markdown("`[^1]` and [^1]\n\n    [^1]\n\n[^1]: Note.\n");
    ASSERT_EQ(r.body.blocks.size(), 2u);
    EXPECT_EQ(as<Paragraph>(r.body.blocks[0]).children,
              (Inlines{Inline{Code{"[^1]"}}, text(" and "), ref("1")}));
    EXPECT_EQ(as<CodeBlock>(r.body.blocks[1]).text, "[^1]\n");
}

TEST(MarkdownReader, LeavesAnUndefinedFootnoteLabelAsText) {
    const auto r = read_markdown("a[^missing] b[^1]\n\n[^1]: x\n");
    EXPECT_EQ(as<Paragraph>(r.body.blocks.at(0)).children,
              (Inlines{text("a[^missing] b"), ref("1")}));
}

TEST(MarkdownReader, LeavesAnEscapedFootnoteReferenceAsText) {
    const auto r = read_markdown("\\[^1] &#91;^1] \\\\[^1]\n\n[^1]: x\n");
    EXPECT_EQ(as<Paragraph>(r.body.blocks.at(0)).children,
              (Inlines{text("[^1] [^1] \\"), ref("1")}));
}

TEST(MarkdownReader, LeavesADefinitionInsideFencedCodeUntouched) {
    const auto r = read_markdown("```\n[^1]: not a note\n```\n\n- ```\n  [^2]: nor this\n  ```\n");
    ASSERT_EQ(r.body.blocks.size(), 2u);
    EXPECT_EQ(as<CodeBlock>(r.body.blocks[0]).text, "[^1]: not a note\n");
    EXPECT_EQ(as<CodeBlock>(as<List>(r.body.blocks[1]).items.at(0).children.at(0)).text,
              "[^2]: nor this\n");
    EXPECT_TRUE(r.body.footnotes.empty());
}

TEST(MarkdownReader, DoesNotLetADefinitionInterruptAParagraph) {
    const auto r = read_markdown("Para\n[^1]: still para\n");
    EXPECT_TRUE(r.body.footnotes.empty());
    EXPECT_EQ(as<Paragraph>(r.body.blocks.at(0)).children,
              (Inlines{text("Para"), Inline{SoftBreak{}}, text("[^1]: still para")}));
}

TEST(MarkdownReader, MatchesFootnoteLabelsIgnoringCaseAndKeepsTheDefinedSpelling) {
    const auto r = read_markdown("a[^ABC] b[^abc]\n\n[^Abc]: x\n");
    EXPECT_EQ(as<Paragraph>(r.body.blocks.at(0)).children,
              (Inlines{text("a"), ref("Abc"), text(" b"), ref("Abc")}));
}

TEST(MarkdownReader, FindsReferencesInsideFootnotesAndEmphasis) {
    const auto r = read_markdown("*a[^2]*\n\n[^1]: see [^2]\n[^2]: two\n");
    EXPECT_EQ(as<Paragraph>(r.body.blocks.at(0)).children,
              (Inlines{Inline{Emphasis{{text("a"), ref("2")}}}}));
    ASSERT_EQ(r.body.footnotes.size(), 2u);
    EXPECT_EQ(r.body.footnotes[0].children, (Blocks{paragraph_block({text("see "), ref("2")})}));
}

TEST(MarkdownReader, WarnsAboutADuplicateFootnoteDefinition) {
    const auto r = read_markdown("x[^1]\n\n[^1]: one\n\n[^1]: two\n");
    ASSERT_EQ(r.body.footnotes.size(), 1u);
    EXPECT_EQ(r.body.footnotes[0].children, Blocks{paragraph_block({text("one")})});
    ASSERT_EQ(r.diagnostics.items().size(), 1u);
    EXPECT_EQ(format_diagnostic(r.diagnostics.items()[0]),
              "a.md:5:1: warning: footnote [^1] is defined again; this definition is dropped "
              "[markdown.footnote.duplicate]\n"
              "    [^1]: two\n"
              "    ^\n");
}

TEST(MarkdownReader, KeepsLinesAndOffsetsWhereADefinitionWasRemoved) {
    const auto r = read_markdown("[^1]: note\n    more\n\nText\n");
    ASSERT_EQ(r.body.blocks.size(), 1u);
    EXPECT_EQ(r.body.blocks[0].at.line, 4u);
    EXPECT_EQ(r.body.blocks[0].at.column, 1u);
}

// md4c reads every line up to an HTML block's end condition (kinds 1-5: `-->`, `?>`, `>`,
// `]]>`, `</script>`; across blank lines too) as text of the block, so a `[^1]:` line there
// is HTML, not a definition.
TEST(MarkdownReader, LeavesADefinitionLineInsideAnOpenHtmlBlockAsHtml) {
    for (const std::string html :
         {"<!--\n\n[^1]: x\n-->\n", "<![CDATA[\n\n[^1]: x\n]]>\n",
          "<script>\n\n[^1]: x\n</script>\n", "<?php\n\n[^1]: x\n?>\n",
          "<!DOCTYPE\n\n[^1]: x\n>\n", "<div>\n[^1]: x\n</div>\n",
          "<custom-tag a=\"1\">\n[^1]: x\n"}) {
        const auto r = read_markdown("Text[^1]\n\n" + html);
        ASSERT_EQ(r.body.blocks.size(), 2u) << html;
        EXPECT_EQ(as<HtmlBlock>(r.body.blocks[1]).html, html);
        EXPECT_TRUE(r.body.footnotes.empty()) << html;
    }
}

TEST(MarkdownReader, LeavesADefinitionLineInsideAnHtmlBlockOfAListItemAsHtml) {
    const auto r =
        read_markdown("- a\n\n  <!--\n\n  [^1]: x\n  -->\n\n- <![CDATA[\n  [^2]: y ]]>\n");
    EXPECT_TRUE(r.body.footnotes.empty());
    const auto& items = as<List>(r.body.blocks.at(0)).items;
    ASSERT_EQ(items.size(), 2u);
    EXPECT_EQ(as<HtmlBlock>(items[0].children.at(1)).html, "<!--\n\n[^1]: x\n-->\n");
    EXPECT_EQ(as<HtmlBlock>(items[1].children.at(0)).html, "<![CDATA[\n[^2]: y ]]>\n");
}

TEST(MarkdownReader, FindsADefinitionOnceItsHtmlBlockHasEnded) {
    for (const std::string body :
         {"<!-- a -->\n[^1]: x\n", "<!--\n-->\n[^1]: x\n", "<div>\n\n[^1]: x\n",
          "- <!--\n[^1]: x\n", "<pre>\n</pre>\n[^1]: x\n",
          // Indented code, not a list item holding a comment:
          "    - <!--\n\n[^1]: x\n"}) {
        const auto r = read_markdown(body);
        ASSERT_EQ(r.body.footnotes.size(), 1u) << body;
        EXPECT_EQ(r.body.footnotes[0].children, Blocks{paragraph_block({text("x")})}) << body;
    }
}

// Fuzz finding 66: the scanner took a lone `-` (an empty item) for a setext underline, so an
// HTML block in that item's content was open past the item's end, and a definition after it
// stayed text. Outside a paragraph `-` and `- -` open items; after one, `-` is an underline.
TEST(MarkdownReader, FindsADefinitionAfterAnHtmlBlockInAnItemThatOpensEmpty) {
    for (const std::string body :
         {"-\n   <script\n&\n\n[^1]: x\n", "-\t\n   <script\n&\n\n[^1]: x\n",
          "- -\n   <!--\n&\n\n[^1]: x\n", "*\n  <pre\n&\n\n[^1]: x\n"}) {
        const auto r = read_markdown(body);
        ASSERT_EQ(r.body.footnotes.size(), 1u) << body;
        EXPECT_EQ(r.body.footnotes[0].children, Blocks{paragraph_block({text("x")})}) << body;
    }
    // After a paragraph line `-` underlines it; the block is the document's, open to the end.
    EXPECT_TRUE(read_markdown("a\n-\n   <script\n&\n\n[^1]: x\n").body.footnotes.empty());
}

// A paragraph line may be followed by an HTML block indented four columns or more (md4c
// looks for one where indented code cannot start); a definition in it stays HTML.
TEST(MarkdownReader, LeavesADefinitionInsideAnIndentedHtmlBlockAfterAParagraphAsHtml) {
    const auto r = read_markdown("Para\n    <!--\n\n[^1]: x\n-->\n");
    EXPECT_TRUE(r.body.footnotes.empty());
    EXPECT_EQ(as<HtmlBlock>(r.body.blocks.at(1)).html, "    <!--\n\n[^1]: x\n-->\n");
}

// md4c looks past the last byte for the newline that ends a line of blanks: without a final
// newline such a line stayed in an HTML block of kinds 6 and 7; with one it ends the block.
TEST(MarkdownReader, EndsAnHtmlBlockAtALineOfBlanksWithoutAFinalNewline) {
    const auto r = read_markdown("<div>\n   ");
    ASSERT_EQ(r.body.blocks.size(), 1u);
    EXPECT_EQ(as<HtmlBlock>(r.body.blocks[0]).html, "<div>\n");
    EXPECT_EQ(read_markdown("<div>\n   \n").body.blocks, r.body.blocks);
}

}  // namespace
}  // namespace folio::test
