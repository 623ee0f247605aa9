// Issue 18: heading attributes, GitHub alerts and definition lists, common in real posts,
// were read as text: `{#id}` printed after the heading (and links to the id broke), `[!NOTE]`
// printed as the first line of a quote, `: definition` lines printed with their colon.

#include <gtest/gtest.h>

#include "formats/markdown/markdown_extensions.hpp"
#include "tests/formats/markdown/read_helpers.hpp"

namespace folio {
namespace {

using namespace folio::test;

TEST(HeadingAttributes, AreReadOffTheEndOfTheLine) {
    const Read r = read_markdown("## Install *it* {#setup .wide data-x=\"a b\" title=t}\n");
    const auto& heading = as<Heading>(r.body.blocks.at(0));
    EXPECT_EQ(heading.attributes.id, "setup");
    EXPECT_EQ(heading.attributes.classes, std::vector<std::string>{"wide"});
    EXPECT_EQ(heading.attributes.other,
              (std::vector<std::pair<std::string, std::string>>{{"data-x", "a b"}, {"title", "t"}}));
    ASSERT_EQ(heading.children.size(), 2u);
    EXPECT_EQ(as<Text>(heading.children[0]).text, "Install ");
    EXPECT_NE(std::get_if<Emphasis>(&heading.children[1].node), nullptr);
}

TEST(HeadingAttributes, AreReadBeforeAClosingSequenceAndOnSetextHeadings) {
    const Read r = read_markdown("# Title {#top} ##\n\nSecond\nline {.x}\n---\n");
    EXPECT_EQ(as<Heading>(r.body.blocks.at(0)).attributes.id, "top");
    const auto& setext = as<Heading>(r.body.blocks.at(1));
    EXPECT_EQ(setext.attributes.classes, std::vector<std::string>{"x"});
    EXPECT_EQ(as<Text>(setext.children.back()).text, "line");
}

TEST(HeadingAttributes, StayTextWhenEscapedOrNotAList) {
    for (const char* text : {"# A \\{#x}\n", "# A {x}\n", "# A{#x}\n", "# A {#x} b\n", "# A {#}\n",
                             "# A {k=}\n"}) {
        const Read r = read_markdown(text);
        const auto& heading = as<Heading>(r.body.blocks.at(0));
        EXPECT_EQ(heading.attributes, Attributes{}) << text;
    }
}

TEST(HeadingAttributes, ParseIdsClassesAndQuotedValues) {
    const std::optional<Attributes> list = parse_attribute_list(" #a .b .c k='v w' n=1 ");
    ASSERT_TRUE(list.has_value());
    EXPECT_EQ(list->id, "a");
    EXPECT_EQ(list->classes, (std::vector<std::string>{"b", "c"}));
    EXPECT_EQ(list->other.size(), 2u);
    EXPECT_FALSE(parse_attribute_list("").has_value());
    EXPECT_FALSE(parse_attribute_list("#a b").has_value());
    EXPECT_FALSE(parse_attribute_list("k='open").has_value());
}

TEST(Alerts, AreQuotesThatStartWithAMarkerLine) {
    const Read r = read_markdown("> [!Warning]\n> Back up *first*.\n>\n> Then run it.\n");
    const auto& quote = as<BlockQuote>(r.body.blocks.at(0));
    EXPECT_EQ(quote.alert, "warning");
    ASSERT_EQ(quote.children.size(), 2u);
    EXPECT_EQ(as<Text>(as<Paragraph>(quote.children[0]).children.at(0)).text, "Back up ");
}

TEST(Alerts, TakeAnyBlockAfterTheMarker) {
    const Read r = read_markdown("> [!TIP]\n> - one\n> - two\n");
    const auto& quote = as<BlockQuote>(r.body.blocks.at(0));
    EXPECT_EQ(quote.alert, "tip");
    ASSERT_EQ(quote.children.size(), 1u);
    EXPECT_NE(std::get_if<List>(&quote.children[0].node), nullptr);
}

TEST(Alerts, AreNotAlertsWhenEscapedUnknownAloneOrNotOnTheirOwnLine) {
    for (const char* text : {"> \\[!NOTE]\n> x\n", "> [!NOPE]\n> x\n", "> [!NOTE]\n",
                             "> [!NOTE] x\n> y\n"}) {
        const Read r = read_markdown(text);
        EXPECT_EQ(as<BlockQuote>(r.body.blocks.at(0)).alert, "") << text;
    }
}

TEST(DefinitionLists, TermsThenDefinitionsInOneParagraphAreTight) {
    const Read r = read_markdown("Apple\nPomme\n: A *fruit*.\n: A company\nin Cupertino.\n\nPear\n: Another.\n");
    ASSERT_EQ(r.body.blocks.size(), 1u);
    const auto& list = as<DefinitionList>(r.body.blocks[0]);
    EXPECT_TRUE(list.tight);
    ASSERT_EQ(list.items.size(), 2u);
    ASSERT_EQ(list.items[0].terms.size(), 2u);
    EXPECT_EQ(as<Text>(list.items[0].terms[1].at(0)).text, "Pomme");
    ASSERT_EQ(list.items[0].definitions.size(), 2u);
    const auto& second = as<Paragraph>(list.items[0].definitions[1].at(0));
    EXPECT_EQ(second.children.size(), 3u);  // "A company", soft break, "in Cupertino."
    EXPECT_EQ(as<Text>(as<Paragraph>(list.items[1].definitions[0].at(0)).children.at(0)).text,
              "Another.");
}

TEST(DefinitionLists, ADefinitionAfterABlankLineIsLoose) {
    const Read r = read_markdown("Term\n\n: One.\n\n: Two.\n\nNext\n\n: Three.\n");
    ASSERT_EQ(r.body.blocks.size(), 1u);
    const auto& list = as<DefinitionList>(r.body.blocks[0]);
    EXPECT_FALSE(list.tight);
    ASSERT_EQ(list.items.size(), 2u);
    EXPECT_EQ(list.items[0].definitions.size(), 2u);
}

TEST(DefinitionLists, ColonsThatAreNotMarkersStayText) {
    for (const char* text : {": no term before\n", "Term\n\\: escaped\n", "Ratio\n:1 no blank\n"}) {
        const Read r = read_markdown(text);
        EXPECT_NE(std::get_if<Paragraph>(&r.body.blocks.at(0).node), nullptr) << text;
    }
}

TEST(DefinitionLists, AreReadInsideQuotesAndListItems) {
    const Read r = read_markdown("> Term\n> : def\n\n- Term\n  : def\n");
    EXPECT_NE(std::get_if<DefinitionList>(&as<BlockQuote>(r.body.blocks.at(0)).children.at(0).node),
              nullptr);
    const auto& list = as<List>(r.body.blocks.at(1));
    EXPECT_NE(std::get_if<DefinitionList>(&list.items.at(0).children.at(0).node), nullptr);
}

// A Korean Jekyll blog (Chirpy theme) puts `{: .prompt-info }` after its note boxes and
// `{: width="700" }` after images: the book and the site printed them as text.
TEST(KramdownAttributeLists, MakeChirpyPromptsAlertsAndLeaveNoText) {
    const Read r = read_markdown(
        "> **Why?**\n>\n> - one\n> - two\n{: .prompt-info }\n\n"
        "> Careful.\n\n{: .prompt-danger }\n\n"
        "![x](a.png)\n{: width=\"700\" .normal}\n\n"
        "## Setup\n{: #install}\n\n"
        "> \\{: .prompt-tip }\n");
    ASSERT_EQ(r.body.blocks.size(), 5u);
    const auto& box = as<BlockQuote>(r.body.blocks[0]);
    EXPECT_EQ(box.alert, "note");
    const auto& items = as<List>(box.children.at(1));
    EXPECT_EQ(as<Paragraph>(items.items.at(1).children.at(0)).children.size(), 1u);  // "two"
    EXPECT_EQ(as<BlockQuote>(r.body.blocks[1]).alert, "caution");
    EXPECT_EQ(as<Paragraph>(r.body.blocks[2]).children.size(), 1u);  // the image alone
    // `## Setup` then `{: #install}` on the next line: kramdown's id for the heading. md4c
    // reads the line as a paragraph after the heading; it is the heading's.
    EXPECT_EQ(as<Heading>(r.body.blocks[3]).attributes.id, "install");
    EXPECT_EQ(as<BlockQuote>(r.body.blocks[4]).alert, "");  // escaped: text
}

}  // namespace
}  // namespace folio
