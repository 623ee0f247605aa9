#include <gtest/gtest.h>

#include "formats/ghost/json_tree.hpp"

namespace folio {
namespace {

TEST(JsonTree, ReadsValuesWithTheirOffsetsAndUnescapesStrings) {
    const JsonParse parsed = parse_json_tree(
        R"( {"a": [1, -2.5e3, true, false, null], "s": "x\"\u00e9\ud83d\ude00\n"} )");
    ASSERT_TRUE(parsed.errors.empty());
    const JsonValue& root = parsed.root;
    EXPECT_EQ(root.offset, 1u);
    EXPECT_EQ(root.end, 70u);  // just past the closing brace
    ASSERT_TRUE(root.get("a") && root.get("a")->is_array());
    const JsonValue& a = *root.get("a");
    EXPECT_EQ(a.offset, 7u);
    EXPECT_EQ(a.items[0].integer(), 1);
    EXPECT_EQ(a.items[1].text, "-2.5e3");
    EXPECT_TRUE(a.items[2].flag);
    EXPECT_EQ(a.items[4].kind, JsonValue::Kind::null);
    EXPECT_EQ(root.str("s"), "x\"é😀\n");
    EXPECT_EQ(root.str("a"), "");
    EXPECT_EQ(root.get("missing"), nullptr);
}

TEST(JsonTree, ReplacesLoneSurrogatesAndReadsNumericIds) {
    const JsonParse parsed = parse_json_tree(R"({"id": 42, "s": "\ud800x"})");
    ASSERT_TRUE(parsed.errors.empty());
    EXPECT_EQ(parsed.root.scalar("id"), "42");
    EXPECT_EQ(parsed.root.str("s"), "\xEF\xBF\xBDx");
}

TEST(JsonTree, KeepsWhatWasReadBeforeDamageAndMarksItIncomplete) {
    const JsonParse parsed = parse_json_tree(R"({"a": 1, "b": [2, 3)");
    ASSERT_EQ(parsed.errors.size(), 1u);
    EXPECT_EQ(parsed.errors[0].offset, 19u);  // the end
    EXPECT_EQ(parsed.errors[0].message, "the file ends inside an array (cut short?)");
    EXPECT_FALSE(parsed.root.complete);
    EXPECT_EQ(parsed.root.get("a")->integer(), 1);
    EXPECT_FALSE(parsed.root.get("b")->complete);
    EXPECT_EQ(parsed.root.get("b")->items.size(), 2u);
}

TEST(JsonTree, ResumesAtTheNextRowOfATableAfterDamage) {
    const JsonParse parsed = parse_json_tree(
        R"({"t": [{"id": "1", "x": 1}, {"id": "2", "x": @}, {"id": "3", "x": 3}], "u": 4})");
    ASSERT_EQ(parsed.errors.size(), 1u);
    EXPECT_EQ(parsed.errors[0].message, "not a JSON value");
    const JsonValue& rows = *parsed.root.get("t");
    ASSERT_EQ(rows.items.size(), 3u);
    EXPECT_TRUE(rows.items[0].complete);
    EXPECT_FALSE(rows.items[1].complete);
    EXPECT_EQ(rows.items[2].str("id"), "3");
    EXPECT_TRUE(rows.items[2].complete);
    EXPECT_EQ(parsed.root.get("u")->integer(), 4);  // the rest of the document is read too
}

// Damage in a table's last row: the next `{"id"` is the next table's first row, which must
// not be taken for one of this table's.
TEST(JsonTree, EndsATableDamagedInItsLastRowWhereTheNextTableStarts) {
    const JsonParse parsed =
        parse_json_tree(R"({"t": [{"id": "1"}, {"id": "2", "x": @}], "u": [{"id": "9"}], "v": 1})");
    ASSERT_EQ(parsed.errors.size(), 1u);
    const JsonValue& t = *parsed.root.get("t");
    EXPECT_EQ(t.items.size(), 2u);
    EXPECT_FALSE(t.complete);
    ASSERT_TRUE(parsed.root.get("u"));
    EXPECT_EQ(parsed.root.get("u")->items.size(), 1u);
    EXPECT_EQ(parsed.root.get("v")->integer(), 1);
}

TEST(JsonTree, DoesNotResumeInArraysThatAreNotTables) {
    const JsonParse parsed = parse_json_tree(R"({"t": [1, @, {"id": 3}], "u": 4})");
    ASSERT_EQ(parsed.errors.size(), 1u);
    EXPECT_EQ(parsed.root.get("u"), nullptr);
}

TEST(JsonTree, ReportsControlCharactersBadEscapesAndTrailingText) {
    EXPECT_EQ(parse_json_tree("\"a\tb\"").errors.at(0).message,
              "a control character inside a string");
    EXPECT_EQ(parse_json_tree(R"("\x")").errors.at(0).message, "a bad escape in a string");
    EXPECT_EQ(parse_json_tree(R"("\u12")").errors.at(0).message, "a bad \\u escape");
    EXPECT_EQ(parse_json_tree("{} x").errors.at(0).message,
              "text after the end of the JSON document");
    EXPECT_EQ(parse_json_tree(R"({"a" 1})").errors.at(0).message, "expected ':' after the key");
}

TEST(JsonTree, StopsAtItsDepthLimit) {
    const JsonParse parsed = parse_json_tree(std::string(1000000, '['), 200);
    ASSERT_EQ(parsed.errors.size(), 1u);
    EXPECT_EQ(parsed.errors[0].message, "nested deeper than 200");
    EXPECT_EQ(parsed.errors[0].offset, 200u);
}

}  // namespace
}  // namespace folio
