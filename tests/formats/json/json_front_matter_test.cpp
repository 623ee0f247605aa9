#include "formats/json/json_front_matter.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "tests/support/decoded_front_matter.hpp"

namespace folio {
namespace {

// A Markdown file whose JSON front matter starts on line 2, after a first line of its own.
struct JsonFile : testing::DecodedFrontMatter {
    explicit JsonFile(const std::string& front_matter)
        : DecodedFrontMatter(decode_json_front_matter, "\n", front_matter, "\nBody text.\n") {}
};

using testing::text;

TEST(JsonFrontMatter, TypesEveryKindOfValue) {
    const JsonFile file(
        "{\n"
        "  \"title\": \"Hello \\\"you\\\" \\u00e9\",\n"
        "  \"date\": \"2025-12-21\",\n"
        "  \"count\": 12,\n"
        "  \"negative\": -7,\n"
        "  \"huge\": 18446744073709551615,\n"
        "  \"ratio\": 1.5,\n"
        "  \"whole_float\": 2.0,\n"
        "  \"draft\": false,\n"
        "  \"nothing\": null,\n"
        "  \"tags\": [\"a\", 1, [true]],\n"
        "  \"cover\": {\"z\": 1, \"a\": 2}\n"
        "}");
    ASSERT_TRUE(file.result.ok()) << file.error();
    EXPECT_EQ(file.at("title"), text("Hello \"you\" é"));
    EXPECT_EQ(file.at("date"), text("2025-12-21"));  // JSON has no dates: the mapper decides
    EXPECT_EQ(file.at("count"), Value{std::int64_t{12}});
    EXPECT_EQ(file.at("negative"), Value{std::int64_t{-7}});
    EXPECT_EQ(file.at("huge"), Value{18446744073709551615.0});
    EXPECT_EQ(file.at("ratio"), Value{1.5});
    EXPECT_EQ(file.at("whole_float"), Value{2.0});
    EXPECT_EQ(file.at("draft"), Value{false});
    EXPECT_EQ(file.at("nothing"), Value{Null{}});
    EXPECT_EQ(file.at("tags"),
              (Value{ValueList{text("a"), Value{std::int64_t{1}}, Value{ValueList{Value{true}}}}}));
    EXPECT_EQ(file.at("cover"),
              (Value{Map{{"z", Value{std::int64_t{1}}}, {"a", Value{std::int64_t{2}}}}}));
}

TEST(JsonFrontMatter, KeepsKeysInSourceOrder) {
    const JsonFile file("{\"zebra\": 1, \"apple\": 2, \"mango\": 3}");
    ASSERT_TRUE(file.result.ok()) << file.error();
    ASSERT_EQ(file.entries().size(), 3u);
    EXPECT_EQ(file.entries()[0].first, "zebra");
    EXPECT_EQ(file.entries()[1].first, "apple");
    EXPECT_EQ(file.entries()[2].first, "mango");
}

TEST(JsonFrontMatter, RecordsWhereEachValueStartsInTheWholeFile) {
    const JsonFile file(
        "{\n"
        "  \"title\": \"a, b: {c}\",\n"
        "  \"ünï\" :  [1, {\"x\": \"}\"}],\n"
        "  \"cover\":\n"
        "    {\"alt\": \"x\"}, \"n\":1}");
    ASSERT_TRUE(file.result.ok()) << file.error();
    const auto& p = file.result->positions;
    ASSERT_EQ(p.size(), 4u);
    EXPECT_EQ(p[0].line, 3u);
    EXPECT_EQ(p[0].column, 12u);
    EXPECT_EQ(p[1].line, 4u);
    EXPECT_EQ(p[1].column, 12u);  // columns count characters, not bytes
    EXPECT_EQ(p[2].line, 6u);
    EXPECT_EQ(p[2].column, 5u);
    EXPECT_EQ(p[3].line, 6u);
    EXPECT_EQ(p[3].column, 23u);
}

TEST(JsonFrontMatter, AcceptsAnEmptyObject) {
    const JsonFile file("{ }");
    ASSERT_TRUE(file.result.ok()) << file.error();
    EXPECT_TRUE(file.entries().empty());
}

TEST(JsonFrontMatter, ReportsASyntaxErrorAtItsLineInTheWholeFile) {
    const JsonFile file(
        "{\n"
        "  \"title\": \"Hello\",\n"
        "  \"draft\": false,\n"
        "}");
    ASSERT_FALSE(file.result.ok());
    EXPECT_EQ(file.error(),
              "a.md:5:1: error: invalid JSON: unexpected '}'; expected string literal "
              "[front-matter.json.syntax]\n"
              "    }\n"
              "    ^\n");
}

TEST(JsonFrontMatter, ReportsAMissingCommaWhereTheNextKeyStarts) {
    const JsonFile file("{\"a\": 1\n \"b\": 2}");
    ASSERT_FALSE(file.result.ok());
    EXPECT_EQ(file.error(),
              "a.md:3:4: error: invalid JSON: unexpected string literal; expected '}' "
              "[front-matter.json.syntax]\n"
              "     \"b\": 2}\n"
              "       ^\n");
}

TEST(JsonFrontMatter, DropsTheLastReadEchoFromMessages) {
    const JsonFile file("{\"a\": tru}");
    ASSERT_FALSE(file.result.ok());
    EXPECT_EQ(file.result.error().message, "invalid JSON: invalid literal");
}

TEST(JsonFrontMatter, ReportsANumberTooLargeForADouble) {
    const JsonFile file("{\"a\": 1,\n \"b\": 1e999}");
    ASSERT_FALSE(file.result.ok());
    EXPECT_EQ(file.error(),
              "a.md:3:7: error: invalid JSON: number overflow parsing '1e999' "
              "[front-matter.json.syntax]\n"
              "     \"b\": 1e999}\n"
              "          ^\n");
}

TEST(JsonFrontMatter, RejectsAnArrayAtTheTop) {
    const JsonFile file("[1, 2]");
    ASSERT_FALSE(file.result.ok());
    EXPECT_EQ(file.error(),
              "a.md:2:1: error: front matter must be a JSON object, not an array "
              "[front-matter.not-a-map]\n"
              "    [1, 2]\n"
              "    ^\n");
}

TEST(JsonFrontMatter, RejectsADuplicateKeyAtTheSecondOne) {
    const JsonFile file("{\"title\": \"One\",\n \"draft\": true,\n \"t\\u0069tle\": \"Two\"}");
    ASSERT_FALSE(file.result.ok());
    EXPECT_EQ(file.error(),
              "a.md:4:2: error: duplicate key 'title' [front-matter.duplicate-key]\n"
              "     \"t\\u0069tle\": \"Two\"}\n"
              "     ^\n");
}

TEST(JsonFrontMatter, RejectsADuplicateKeyInANestedObject) {
    const JsonFile file("{\"cover\": {\"alt\": 1, \"alt\": 2}, \"alt\": 3}");
    ASSERT_FALSE(file.result.ok());
    EXPECT_EQ(file.result.error().code, "front-matter.duplicate-key");
    EXPECT_EQ(file.result.error().column, 22u);
}

TEST(JsonFrontMatter, AllowsTheSameKeyInDifferentObjects) {
    const JsonFile file("{\"a\": {\"x\": 1}, \"b\": {\"x\": 2}, \"x\": [{\"x\": 3}, {\"x\": 4}]}");
    ASSERT_TRUE(file.result.ok()) << file.error();
}

TEST(JsonFrontMatter, RejectsTenThousandNestedArraysWithoutCrashing) {
    const auto start = std::chrono::steady_clock::now();
    const JsonFile file("{\"deep\": " + std::string(10'000, '[') + std::string(10'000, ']') + "}");
    ASSERT_FALSE(file.result.ok());
    EXPECT_EQ(file.result.error().code, "front-matter.too-large");
    EXPECT_EQ(file.result.error().message, "front matter nests deeper than 64 levels");
    EXPECT_EQ(file.result.error().column, 73u);  // the 64th bracket inside the object
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
}

TEST(JsonFrontMatter, ReadsTheStyleASample) {
    const JsonFile file(
        "{\n"
        "  \"title\": \"Waarom AI & Technologie\",\n"
        "  \"date\": \"2025-12-21\",\n"
        "  \"category\": \"AI & Technologie\",\n"
        "  \"excerpt\": \"Waarom het ertoe doet.\",\n"
        "  \"featuredImage\": \"/blog/images/Why It's Late.png\"\n"
        "}");
    ASSERT_TRUE(file.result.ok()) << file.error();
    const Map expected{
        {"title", text("Waarom AI & Technologie")},
        {"date", text("2025-12-21")},
        {"category", text("AI & Technologie")},
        {"excerpt", text("Waarom het ertoe doet.")},
        {"featuredImage", text("/blog/images/Why It's Late.png")},
    };
    EXPECT_EQ(file.entries(), expected);
}

TEST(JsonFrontMatter, ReadsTheStyleBSample) {
    const JsonFile file(
        "{\n"
        "  \"date\": \"2026-02-27T20:25:44.255Z\",\n"
        "  \"tags\": [\"a\", \"b\"],\n"
        "  \"draft\": false,\n"
        "  \"cover\": {\"image\": \"https://images.example.com/x.jpg?w=1200&q=80\",\n"
        "            \"alt\": \"Een robot\", \"caption\": \"Foto: iemand\"},\n"
        "  \"doelgroep\": \"ondernemers\",\n"
        "  \"sectie\": 3\n"
        "}");
    ASSERT_TRUE(file.result.ok()) << file.error();
    const Map expected{
        {"date", text("2026-02-27T20:25:44.255Z")},
        {"tags", Value{ValueList{text("a"), text("b")}}},
        {"draft", Value{false}},
        {"cover", Value{Map{{"image", text("https://images.example.com/x.jpg?w=1200&q=80")},
                            {"alt", text("Een robot")},
                            {"caption", text("Foto: iemand")}}}},
        {"doelgroep", text("ondernemers")},
        {"sectie", Value{std::int64_t{3}}},
    };
    EXPECT_EQ(file.entries(), expected);
    ASSERT_EQ(file.result->positions.size(), 6u);
    EXPECT_EQ(file.result->positions[5].line, 9u);
    EXPECT_EQ(file.result->positions[5].column, 13u);
}

}  // namespace
}  // namespace folio
