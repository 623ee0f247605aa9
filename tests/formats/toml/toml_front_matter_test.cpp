#include "formats/toml/toml_front_matter.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "tests/support/decoded_front_matter.hpp"

namespace folio {
namespace {

// A Markdown file whose TOML front matter starts on line 2, after the `+++` fence.
struct TomlFile : testing::DecodedFrontMatter {
    explicit TomlFile(const std::string& front_matter)
        : DecodedFrontMatter(decode_toml_front_matter, "+++\n", front_matter,
                             "+++\nBody text.\n") {}
};

using testing::text;
Value date_value(std::string_view s) { return Value{parse_date(s).value_or(Date{})}; }

TEST(TomlFrontMatter, TypesEveryKindOfValue) {
    const TomlFile file(
        "title = \"Hello\"\n"
        "literal = '2025-12-21'\n"
        "count = 12\n"
        "hex = 0xff\n"
        "ratio = 1.5\n"
        "infinite = -inf\n"
        "draft = false\n"
        "day = 2025-12-21\n"
        "local = 2025-12-21T10:00:00\n"
        "spaced = 2025-12-21 10:00:00.5\n"
        "zulu = 2026-02-27T20:25:44.255Z\n"
        "offset = 2026-02-27T20:25:44.250+01:00\n"
        "utc = 2026-02-27T20:25:44+00:00\n"
        "alarm = 07:32:00.120\n"
        "tags = [\"a\", \"b\"]\n");
    ASSERT_TRUE(file.result.ok()) << file.error();
    EXPECT_EQ(file.at("title"), text("Hello"));
    EXPECT_EQ(file.at("literal"), text("2025-12-21"));
    EXPECT_EQ(file.at("count"), Value{std::int64_t{12}});
    EXPECT_EQ(file.at("hex"), Value{std::int64_t{255}});
    EXPECT_EQ(file.at("ratio"), Value{1.5});
    EXPECT_EQ(file.at("infinite"), Value{-INFINITY});
    EXPECT_EQ(file.at("draft"), Value{false});
    EXPECT_EQ(file.at("day"), date_value("2025-12-21"));
    EXPECT_EQ(file.at("local"), date_value("2025-12-21T10:00:00"));
    EXPECT_EQ(file.at("spaced"), date_value("2025-12-21T10:00:00.5"));
    EXPECT_EQ(file.at("zulu"), date_value("2026-02-27T20:25:44.255Z"));
    EXPECT_EQ(file.at("offset"), date_value("2026-02-27T20:25:44.250+01:00"));
    EXPECT_EQ(file.at("utc"), date_value("2026-02-27T20:25:44+00:00"));
    EXPECT_EQ(file.at("alarm"), text("07:32:00.120"));
    EXPECT_EQ(file.at("tags"), (Value{ValueList{text("a"), text("b")}}));
}

TEST(TomlFrontMatter, KeepsHowADateTimeWasWritten) {
    const TomlFile file("a = 2026-02-27T20:25:44.250Z\nb = [1979-05-27t07:32:00.000001+00:00]\n");
    ASSERT_TRUE(file.result.ok()) << file.error();
    EXPECT_EQ(format_rfc3339(std::get<Date>(file.at("a").data)), "2026-02-27T20:25:44.250Z");
    const auto& list = std::get<ValueList>(file.at("b").data);
    EXPECT_EQ(format_rfc3339(std::get<Date>(list.at(0).data)), "1979-05-27T07:32:00.000001+00:00");
}

TEST(TomlFrontMatter, KeepsTablesAndKeysInSourceOrder) {
    const TomlFile file(
        "zebra = 1\n"
        "apple = { z = 1, a = 2 }\n"
        "mango = 3\n"
        "[cover]\n"
        "image = \"x.jpg\"\n"
        "alt = \"An x\"\n"
        "[[links]]\n"
        "name = \"one\"\n"
        "[[links]]\n"
        "name = \"two\"\n");
    ASSERT_TRUE(file.result.ok()) << file.error();
    const Map expected{
        {"zebra", Value{std::int64_t{1}}},
        {"apple", Value{Map{{"z", Value{std::int64_t{1}}}, {"a", Value{std::int64_t{2}}}}}},
        {"mango", Value{std::int64_t{3}}},
        {"cover", Value{Map{{"image", text("x.jpg")}, {"alt", text("An x")}}}},
        {"links", Value{ValueList{Value{Map{{"name", text("one")}}}, Value{Map{{"name", text("two")}}}}}},
    };
    EXPECT_EQ(file.entries(), expected);
}

TEST(TomlFrontMatter, RecordsWhereEachValueStartsInTheWholeFile) {
    const TomlFile file(
        "title = \"Hello\"\n"
        "\"ünï\" =   2025-12-21\n"
        "[cover]\n"
        "alt = \"x\"\n");
    ASSERT_TRUE(file.result.ok()) << file.error();
    const auto& p = file.result->positions;
    ASSERT_EQ(p.size(), 3u);
    EXPECT_EQ(p[0].line, 2u);
    EXPECT_EQ(p[0].column, 9u);
    EXPECT_EQ(p[1].line, 3u);
    EXPECT_EQ(p[1].column, 11u);  // columns count characters, not bytes
    EXPECT_EQ(p[2].line, 4u);     // a table starts at its header
    EXPECT_EQ(p[2].column, 1u);
}

TEST(TomlFrontMatter, TreatsEmptyFrontMatterAsAnEmptyMap) {
    const TomlFile file("# nothing here\n");
    ASSERT_TRUE(file.result.ok()) << file.error();
    EXPECT_TRUE(file.entries().empty());
}

TEST(TomlFrontMatter, ReportsASyntaxErrorAtItsLineInTheWholeFile) {
    const TomlFile file(
        "title = \"Hello\"\n"
        "draft = false\n"
        "tags = [\"a\" \"b\"]\n");
    ASSERT_FALSE(file.result.ok());
    EXPECT_EQ(file.error(),
              "a.md:4:13: error: invalid TOML: expected comma or closing ']', saw '\"' "
              "[front-matter.toml.syntax]\n"
              "    tags = [\"a\" \"b\"]\n"
              "                ^\n");
}

TEST(TomlFrontMatter, ReportsARedefinedKeyAsADuplicateAtTheKey) {
    const TomlFile file("title = \"One\"\ndraft = true\ntitle = \"Two\"\n");
    ASSERT_FALSE(file.result.ok());
    EXPECT_EQ(file.error(),
              "a.md:4:1: error: invalid TOML: cannot redefine existing string 'title' "
              "[front-matter.duplicate-key]\n"
              "    title = \"Two\"\n"
              "    ^\n");
}

TEST(TomlFrontMatter, RejectsTenThousandNestedArraysWithoutCrashing) {
    const TomlFile file("deep = " + std::string(10'000, '[') + std::string(10'000, ']') + "\n");
    ASSERT_FALSE(file.result.ok());
    EXPECT_EQ(file.result.error().code, "front-matter.too-large");
    EXPECT_EQ(file.result.error().message, "front matter nests deeper than 64 levels");
}

TEST(TomlFrontMatter, RejectsTenThousandDottedTablesWithoutCrashing) {
    std::string key = "a";
    for (int i = 0; i < 10'000; ++i) key += ".a";
    const TomlFile file(key + " = 1\n");
    ASSERT_FALSE(file.result.ok());
    EXPECT_EQ(file.result.error().code, "front-matter.too-large");
    EXPECT_EQ(file.result.error().line, 2u);
}

TEST(TomlFrontMatter, ReadsTheStyleASample) {
    const TomlFile file(
        "title = \"Waarom AI & Technologie\"\n"
        "date = \"2025-12-21\"\n"
        "category = \"AI & Technologie\"\n"
        "excerpt = \"Waarom het ertoe doet.\"\n"
        "featuredImage = \"/blog/images/Why It's Late.png\"\n");
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

TEST(TomlFrontMatter, ReadsTheStyleBSample) {
    const TomlFile file(
        "title = \"Waarom AI\"\n"
        "date = 2026-02-27T20:25:44.255Z\n"
        "tags = [\"a\", \"b\"]\n"
        "draft = false\n"
        "doelgroep = \"ondernemers\"\n"
        "sectie = 3\n"
        "[cover]\n"
        "image = \"https://images.example.com/x.jpg?w=1200&q=80\"\n"
        "alt = \"Een robot\"\n"
        "caption = \"Foto: iemand\"\n");
    ASSERT_TRUE(file.result.ok()) << file.error();
    const Date& date = std::get<Date>(file.at("date").data);
    EXPECT_EQ(date.fraction_digits, 3);
    EXPECT_EQ(date.nanosecond, 255000000);
    EXPECT_TRUE(date.offset_is_z);
    const Map expected{
        {"title", text("Waarom AI")},
        {"date", date_value("2026-02-27T20:25:44.255Z")},
        {"tags", Value{ValueList{text("a"), text("b")}}},
        {"draft", Value{false}},
        {"doelgroep", text("ondernemers")},
        {"sectie", Value{std::int64_t{3}}},
        {"cover", Value{Map{{"image", text("https://images.example.com/x.jpg?w=1200&q=80")},
                            {"alt", text("Een robot")},
                            {"caption", text("Foto: iemand")}}}},
    };
    EXPECT_EQ(file.entries(), expected);
}

}  // namespace
}  // namespace folio
