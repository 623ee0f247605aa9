// The pieces around md4c, tested on their own: entity decoding and footnote extraction.
#include <gtest/gtest.h>

#include "formats/markdown/entities.hpp"
#include "formats/markdown/footnote_definitions.hpp"
#include "formats/markdown/html_entities.hpp"

namespace folio {
namespace {

std::string decode(std::string_view reference) {
    std::string out;
    append_entity(reference, out);
    return out;
}

TEST(MarkdownEntities, HaveTheWholeSortedHtml5Table) {
    const auto table = html_entities();
    EXPECT_EQ(table.size(), 2125u);
    for (std::size_t i = 1; i < table.size(); ++i) EXPECT_LT(table[i - 1].name, table[i].name);
}

TEST(MarkdownEntities, DecodeNamedReferencesIncludingTwoCodePointOnes) {
    EXPECT_EQ(decode("&amp;"), "&");
    EXPECT_EQ(decode("&AElig;"), "\u00C6");
    EXPECT_EQ(decode("&zwnj;"), "\u200C");
    EXPECT_EQ(decode("&NotEqualTilde;"), "\u2242\u0338");
    EXPECT_EQ(decode("&nosuch;"), "&nosuch;");
}

TEST(MarkdownEntities, DecodeNumericReferencesAndReplaceInvalidOnes) {
    EXPECT_EQ(decode("&#35;"), "#");
    EXPECT_EQ(decode("&#x22;"), "\"");
    EXPECT_EQ(decode("&#XD06;"), "\u0D06");
    EXPECT_EQ(decode("&#0;"), "\uFFFD");
    EXPECT_EQ(decode("&#xDFFF;"), "\uFFFD");
    EXPECT_EQ(decode("&#99999999;"), "\uFFFD");
    EXPECT_EQ(decode("&#x10FFFF;"), "\U0010FFFF");
}

TEST(FootnoteDefinitions, AreBlankedKeepingEveryOffsetAndNewline) {
    std::string text = "A[^1]\n\n[^1]: one\n    two\n\nB\n";
    const std::string before = text;
    const auto definitions = extract_footnote_definitions(text, 100);
    EXPECT_EQ(text, "A[^1]\n\n         \n       \n\nB\n");
    EXPECT_EQ(text.size(), before.size());
    ASSERT_EQ(definitions.size(), 1u);
    EXPECT_EQ(definitions[0].label, "1");
    EXPECT_EQ(definitions[0].file_offset, 107u);
    EXPECT_EQ(definitions[0].content, "one\ntwo\n");
    EXPECT_EQ(definitions[0].map.to_file(0), 113u);  // `one`
    EXPECT_EQ(definitions[0].map.to_file(4), 121u);  // `two`, after four columns of indentation
}

TEST(FootnoteDefinitions, StopAtTheNextDefinitionOrAnUnindentedBlock) {
    std::string text = "[^a]: one\n[^b]: two\n# Heading\n";
    const auto definitions = extract_footnote_definitions(text, 0);
    ASSERT_EQ(definitions.size(), 2u);
    EXPECT_EQ(definitions[0].content, "one\n");
    EXPECT_EQ(definitions[1].content, "two\n");
    EXPECT_EQ(text, "         \n         \n# Heading\n");
}

TEST(FootnoteDefinitions, AreNotLookedForInsideFencesOrBlockQuotes) {
    std::string text = "~~~~\n[^a]: x\n~~~\n~~~~\n> [^b]: y\n";
    const std::string before = text;
    EXPECT_TRUE(extract_footnote_definitions(text, 0).empty());
    EXPECT_EQ(text, before);
}

}  // namespace
}  // namespace folio
