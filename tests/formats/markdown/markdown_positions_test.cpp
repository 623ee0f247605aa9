#include <gtest/gtest.h>

#include "tests/formats/markdown/read_helpers.hpp"

namespace folio::test {
namespace {

// Four lines of front matter: the body starts on line 5.
constexpr std::string_view kFile =
    "---\n"
    "title: x\n"
    "tags: [a]\n"
    "---\n"
    "# Heading\n"  // 5
    "\n"
    "Para *one*\n"  // 7
    "\n"
    "---\n"  // 9
    "\n"
    "> quoted [link](/u)\n"  // 11
    "\n"
    "- item\n"            // 13
    "- ![img](/i.png)\n"  // 14
    "\n"
    "```c\n"  // 16
    "x\n"
    "```\n"
    "\n"
    "[^n]: the note\n";  // 20

struct Positions : ::testing::Test {
    Positions() {
        const SourceText source("a.md", kFile);
        const std::size_t begin = source.line_offset(5);
        body = read_markdown_body(source, begin, source.text().size(), diagnostics);
    }
    Body body;
    Diagnostics diagnostics;
};

void expect_at(SourcePos actual, std::uint32_t line, std::uint32_t column) {
    EXPECT_EQ(actual.line, line);
    EXPECT_EQ(actual.column, column);
}

TEST_F(Positions, GiveEachBlockTheLineOfItsFirstTextInTheWholeFile) {
    ASSERT_EQ(body.blocks.size(), 6u);
    expect_at(body.blocks[0].at, 5, 3);
    expect_at(body.blocks[1].at, 7, 1);
    expect_at(body.blocks[3].at, 11, 3);
    expect_at(as<BlockQuote>(body.blocks[3]).children.at(0).at, 11, 3);
    expect_at(body.blocks[4].at, 13, 3);
    expect_at(as<List>(body.blocks[4]).items.at(0).children.at(0).at, 13, 3);
}

TEST_F(Positions, PlaceABlockWithoutTextOnTheNextNonBlankLine) {
    as<ThematicBreak>(body.blocks.at(2));
    expect_at(body.blocks[2].at, 9, 1);
}

TEST_F(Positions, PlaceAFencedCodeBlockOnItsFenceWhenItHasAnInfoString) {
    expect_at(body.blocks.at(5).at, 16, 4);
}

TEST_F(Positions, PlaceLinksAndImagesAtTheirText) {
    const auto& quote = as<BlockQuote>(body.blocks.at(3));
    const auto& link = as<Link>(as<Paragraph>(quote.children.at(0)).children.at(1));
    expect_at(link.at, 11, 11);
    const auto& item = as<List>(body.blocks.at(4)).items.at(1);
    const auto& image = as<Image>(as<Paragraph>(item.children.at(0)).children.at(0));
    expect_at(image.at, 14, 5);
}

TEST_F(Positions, GiveEachPositionItsByteOffsetInTheFile) {
    EXPECT_EQ(body.blocks.at(0).at.offset, std::string_view(kFile).find("Heading"));
    EXPECT_EQ(body.blocks.at(1).at.offset, std::string_view(kFile).find("Para"));
    const auto& item = as<List>(body.blocks.at(4)).items.at(1);
    const auto& image = as<Image>(as<Paragraph>(item.children.at(0)).children.at(0));
    EXPECT_EQ(image.at.offset, std::string_view(kFile).find("img]"));
}

TEST_F(Positions, PlaceLinkAndImageDestinationsWhereTheUrlIsWritten) {
    const auto& quote = as<BlockQuote>(body.blocks.at(3));
    const auto& link = as<Link>(as<Paragraph>(quote.children.at(0)).children.at(1));
    EXPECT_EQ(link.destination.offset, std::string_view(kFile).find("/u)"));
    const auto& item = as<List>(body.blocks.at(4)).items.at(1);
    const auto& image = as<Image>(as<Paragraph>(item.children.at(0)).children.at(0));
    EXPECT_EQ(image.destination.offset, std::string_view(kFile).find("/i.png"));
}

TEST(MarkdownReader, PlacesAReferenceImagesDestinationInItsDefinition) {
    constexpr std::string_view kText = "![a][logo] ![b](<my pic.png>)\n\n[logo]: <logo.png> 'L'\n";
    const Read r = read_markdown(kText);
    const auto& para = as<Paragraph>(r.body.blocks.at(0));
    EXPECT_EQ(as<Image>(para.children.at(0)).destination.offset, kText.find("logo.png"));
    EXPECT_EQ(as<Image>(para.children.at(2)).destination.offset, kText.find("my pic.png"));
}

TEST(MarkdownReader, LeavesADestinationWrittenWithEscapesWithoutAnOffset) {
    const Read r = read_markdown("![a](a\\_b.png) [l](&amp;x)\n");
    const auto& para = as<Paragraph>(r.body.blocks.at(0));
    EXPECT_EQ(as<Image>(para.children.at(0)).url, "a_b.png");
    EXPECT_EQ(as<Image>(para.children.at(0)).destination.offset, kNoOffset);
    EXPECT_EQ(as<Link>(para.children.at(2)).destination.offset, kNoOffset);
}

TEST(MarkdownReader, PlacesAnImageDestinationInAFootnoteInTheFile) {
    constexpr std::string_view kText = "x[^1]\n\n[^1]: see\n    ![i](in/note.png)\n";
    const Read r = read_markdown(kText);
    ASSERT_EQ(r.body.footnotes.size(), 1u);
    const auto& para = as<Paragraph>(r.body.footnotes[0].children.at(0));
    const auto& image = as<Image>(para.children.back());
    EXPECT_EQ(image.destination.offset, kText.find("in/note.png"));
}

TEST_F(Positions, PlaceFootnotesAtTheirLabelAndTheirBlocksInTheFile) {
    ASSERT_EQ(body.footnotes.size(), 1u);
    expect_at(body.footnotes[0].at, 20, 1);
    expect_at(body.footnotes[0].children.at(0).at, 20, 7);
}

TEST(MarkdownReader, PlacesFootnoteContinuationBlocksOnTheirOwnLines) {
    const auto r = read_markdown("x[^a]\n\n[^a]: one\n\n    two\n");
    ASSERT_EQ(r.body.footnotes.size(), 1u);
    const auto& blocks = r.body.footnotes[0].children;
    ASSERT_EQ(blocks.size(), 2u);
    EXPECT_EQ(blocks[0].at.line, 3u);
    EXPECT_EQ(blocks[1].at.line, 5u);
    EXPECT_EQ(blocks[1].at.column, 5u);
}

TEST(MarkdownReader, PlacesALinkWithoutTextAtItsUrl) {
    const auto r = read_markdown("a\n[](/url)\n");
    const auto& link = as<Link>(as<Paragraph>(r.body.blocks.at(0)).children.at(2));
    EXPECT_EQ(link.at.line, 2u);
    EXPECT_EQ(link.at.column, 4u);
}

}  // namespace
}  // namespace folio::test
