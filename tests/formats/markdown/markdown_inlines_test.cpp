#include <gtest/gtest.h>

#include "tests/formats/markdown/read_helpers.hpp"

namespace folio::test {
namespace {

const Inlines& paragraph(const Read& r, std::size_t i = 0) {
    return as<Paragraph>(r.body.blocks.at(i)).children;
}

TEST(MarkdownReader, ReadsEmphasisStrongStrikethroughAndCode) {
    const auto r = read_markdown("*a* __b__ ~~c~~ `d  e` ***f***\n");
    EXPECT_EQ(
        paragraph(r),
        (Inlines{Inline{Emphasis{{text("a")}}}, text(" "), Inline{Strong{{text("b")}}}, text(" "),
                 Inline{Strikethrough{{text("c")}}}, text(" "), Inline{Code{"d  e"}}, text(" "),
                 Inline{Emphasis{{Inline{Strong{{text("f")}}}}}}}));
}

TEST(MarkdownReader, JoinsTheLinesOfAMultilineCodeSpanWithSpaces) {
    const auto r = read_markdown("`a\nb`\n");
    EXPECT_EQ(paragraph(r), Inlines{Inline{Code{"a b"}}});
}

TEST(MarkdownReader, MergesAdjacentTextPieces) {
    // md4c reports `a`, `[`, `b`, `&amp;` and `c]` separately.
    const auto r = read_markdown("a [b &amp; c] \\*d\n");
    EXPECT_EQ(paragraph(r), Inlines{text("a [b & c] *d")});
}

TEST(MarkdownReader, ReadsLinksWithUrlAndTitle) {
    const auto r = read_markdown(
        "[a *b*](/x?y=1&amp;z \"T &quot;q&quot;\") [ref][] [e]()\n\n[ref]: https://r.example "
        "'R'\n");
    const auto& inlines = paragraph(r);
    ASSERT_EQ(inlines.size(), 5u);
    const auto& link = as<Link>(inlines[0]);
    EXPECT_EQ(link.url, "/x?y=1&z");
    EXPECT_EQ(link.title, "T \"q\"");
    EXPECT_EQ(link.children, (Inlines{text("a "), Inline{Emphasis{{text("b")}}}}));
    EXPECT_FALSE(link.autolink);
    const auto& ref = as<Link>(inlines[2]);
    EXPECT_EQ(ref.url, "https://r.example");
    EXPECT_EQ(ref.title, "R");
    EXPECT_EQ(as<Link>(inlines[4]).url, "");
}

TEST(MarkdownReader, MarksAutolinksOfEveryKind) {
    const auto r = read_markdown(
        "<https://a.example/x> www.b.example c@d.example <mailto:e@f.example> http://g.example\n");
    std::vector<Link> links;
    for (const auto& node : paragraph(r)) {
        if (const auto* link = std::get_if<Link>(&node.node)) links.push_back(*link);
    }
    ASSERT_EQ(links.size(), 5u);
    EXPECT_EQ(links[0].url, "https://a.example/x");
    EXPECT_EQ(links[1].url, "http://www.b.example");
    EXPECT_EQ(links[1].children, Inlines{text("www.b.example")});
    EXPECT_EQ(links[2].url, "mailto:c@d.example");
    EXPECT_EQ(links[3].url, "mailto:e@f.example");
    EXPECT_EQ(links[4].url, "http://g.example");
    for (const auto& link : links) EXPECT_TRUE(link.autolink) << link.url;
}

TEST(MarkdownReader, DoesNotMarkALinkWithOtherTextAsAutolink) {
    const auto r = read_markdown("[https://a.example](https://b.example)\n");
    EXPECT_FALSE(as<Link>(paragraph(r).at(0)).autolink);
}

TEST(MarkdownReader, ReadsImagesWithAltAsInlines) {
    const auto r = read_markdown("![an *alt*](/i.png \"Title\")\n");
    const auto& image = as<Image>(paragraph(r).at(0));
    EXPECT_EQ(image.url, "/i.png");
    EXPECT_EQ(image.title, "Title");
    EXPECT_EQ(image.alt, (Inlines{text("an "), Inline{Emphasis{{text("alt")}}}}));
}

TEST(MarkdownReader, DecodesNamedDecimalAndHexEntities) {
    const auto r = read_markdown("&copy; &ngE; &#65;&#x263A; &#X1F600; &bogus; &amp\n");
    EXPECT_EQ(paragraph(r), Inlines{text("\u00A9 \u2267\u0338 A\u263A \U0001F600 &bogus; &amp")});
}

TEST(MarkdownReader, ReplacesInvalidNumericReferencesWithTheReplacementCharacter) {
    const auto r = read_markdown("&#0; &#xD800; &#x110000; &#1114111;\n");
    EXPECT_EQ(paragraph(r), Inlines{text("\uFFFD \uFFFD \uFFFD \U0010FFFF")});
}

TEST(MarkdownReader, DecodesEntitiesInLinkAttributes) {
    const auto r = read_markdown("[a](/&eacute;&#x41; \"&lt;t&gt;\")\n");
    const auto& link = as<Link>(paragraph(r).at(0));
    EXPECT_EQ(link.url, "/\u00E9A");
    EXPECT_EQ(link.title, "<t>");
}

TEST(MarkdownReader, LeavesEntitiesInCodeAlone) {
    const auto r = read_markdown("`&amp;`\n\n    &amp;\n");
    EXPECT_EQ(paragraph(r), Inlines{Inline{Code{"&amp;"}}});
    EXPECT_EQ(as<CodeBlock>(r.body.blocks.at(1)).text, "&amp;\n");
}

TEST(MarkdownReader, ReplacesNulBytesAndSurvivesInvalidUtf8) {
    static constexpr char kInput[] =
        "a\0b \xFF\xC3 *c\0*\n\n```\n\0x\0\n```\n[x](y \"t\0\") `\0`\n";
    const auto r = read_markdown(std::string_view(kInput, sizeof kInput - 1));
    ASSERT_EQ(r.body.blocks.size(), 3u);
    EXPECT_EQ(paragraph(r),
              // Invalid UTF-8 is replaced when the file is read (SourceText; issue 7).
              (Inlines{text("a\uFFFDb \uFFFD\uFFFD "), Inline{Emphasis{{text("c\uFFFD")}}}}));
    EXPECT_EQ(as<CodeBlock>(r.body.blocks[1]).text, "\uFFFDx\uFFFD\n");
    const auto& inlines = paragraph(r, 2);
    ASSERT_EQ(inlines.size(), 3u);
    EXPECT_EQ(as<Link>(inlines[0]).title, "t\uFFFD");
    EXPECT_EQ(as<Code>(inlines[2]).text, "\uFFFD");
    EXPECT_TRUE(r.diagnostics.items().empty());
}

// Fuzz finding 63: md4c 0.4.8 passes a U+0000 through as it is in an autolink's text and right
// after `scheme://`; the text of `<\0r:>` then differed from its destination (which has U+FFFD)
// and the link was no autolink.
TEST(MarkdownReader, ReplacesNulInAutolinksAndAfterASchemeToo) {
    const auto autolink = read_markdown(std::string_view("<\0r:> [\\[](x)\0[\n", 16));
    const auto& inlines = paragraph(autolink);
    ASSERT_EQ(inlines.size(), 4u);
    EXPECT_EQ(as<Link>(inlines[0]).url, "\uFFFDr:");
    EXPECT_EQ(as<Link>(inlines[0]).children, Inlines{text("\uFFFDr:")});
    EXPECT_TRUE(as<Link>(inlines[0]).autolink);
    EXPECT_EQ(as<Link>(inlines[2]).children, Inlines{text("[")});
    EXPECT_EQ(inlines[3], text("\uFFFD["));
    const auto scheme = read_markdown(std::string_view("ftp://\0x\n", 9));
    EXPECT_EQ(paragraph(scheme), Inlines{text("ftp://\uFFFDx")});
}

// Fuzz finding 58: md4c 0.4.8 made an autolink inside a link's text, which the HTML writers
// wrote as `<a>` inside `<a>` and the Markdown writer as a link inside a link's text.
TEST(MarkdownReader, KeepsTheTextOfAnAutolinkInsideALinkAsText) {
    const auto r = read_markdown("[d@a..]() [www..c)](u) [x www.a.com [^1]](v)\n\n[^1]: n\n");
    const auto& inlines = paragraph(r);
    ASSERT_EQ(inlines.size(), 5u);
    EXPECT_EQ(as<Link>(inlines[0]).children, Inlines{text("d@a..")});
    EXPECT_EQ(as<Link>(inlines[2]).children, Inlines{text("www..c)")});
    EXPECT_EQ(as<Link>(inlines[4]).url, "v");
    EXPECT_EQ(as<Link>(inlines[4]).children,
              (Inlines{text("x www.a.com "), Inline{FootnoteReference{"1"}}}));
}

}  // namespace
}  // namespace folio::test
