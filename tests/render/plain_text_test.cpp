#include <gtest/gtest.h>

#include "tests/render/ast_builders.hpp"
#include "src/render/html_body.hpp"

namespace folio {
namespace {

using namespace folio::test;

TEST(PlainText, FlattensNestedInlinesToTheirText) {
    EXPECT_EQ(plain_text({text("a "), emphasis({text("b "), strong({text("c")})}), text(" "),
                          strikethrough({text("d")}), text(" "), link("/x", {text("e")}), text(" "), code("f<g>")}),
              "a b c d e f<g>");
}

TEST(PlainText, TurnsLineBreaksIntoSpaces) {
    EXPECT_EQ(plain_text({text("a"), soft_break(), text("b"), hard_break(), text("c")}), "a b c");
}

TEST(PlainText, UsesTheAltTextOfNestedImages) {
    EXPECT_EQ(plain_text({text("see "), image("x.png", {text("the "), emphasis({text("chart")})})}), "see the chart");
}

TEST(PlainText, KeepsRawHtmlSourceAndDropsFootnoteReferences) {
    EXPECT_EQ(plain_text({text("a"), raw_html("<b>"), text("b"), footnote_ref("1")}), "a<b>b");
}

TEST(PlainText, IsNotEscaped) { EXPECT_EQ(plain_text({text("a & \"b\"")}), "a & \"b\""); }

TEST(PlainText, IsEmptyForNoInlines) { EXPECT_EQ(plain_text({}), ""); }

}  // namespace
}  // namespace folio
