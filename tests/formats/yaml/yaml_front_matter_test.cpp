#include "formats/yaml/yaml_front_matter.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <cmath>
#include <string>

#include "tests/support/decoded_front_matter.hpp"

namespace folio {
namespace {

// A Markdown file whose YAML front matter starts on line 2, after the `---` fence.
struct YamlFile : testing::DecodedFrontMatter {
    explicit YamlFile(const std::string& front_matter)
        : DecodedFrontMatter(decode_yaml_front_matter, "---\n", front_matter,
                             "---\nBody text.\n") {}
};

using testing::text;

Date date_of(std::string_view text) { return parse_date(text).value_or(Date{}); }

// Fuzz finding: yaml-cpp 0.7 decodes `\_` (U+00A0) and `\N` (U+0085) to one Latin-1 byte
// each, so a key or value holding them reached the Hugo page as invalid UTF-8. Both paths, the
// fast one and yaml-cpp's (an anchor sends the document there), now give UTF-8.
TEST(YamlFrontMatter, DecodesTheNbspAndNextLineEscapesAsUtf8) {
    for (const std::string anchor : {"", "&a "}) {
        const YamlFile file("title: " + anchor + "\"a\\_b\\Nc\"\n\"e\\_k\": x\n");
        ASSERT_TRUE(file.result) << anchor;
        EXPECT_EQ(file.at("title"), text("a\xC2\xA0" "b\xC2\x85" "c")) << anchor;
        EXPECT_EQ(file.at("e\xC2\xA0k"), text("x")) << anchor;
    }
}

TEST(YamlFrontMatter, TypesEveryKindOfValue) {
    const YamlFile file(
        "title: Hello\n"
        "quoted: \"true\"\n"
        "single: '42'\n"
        "forced: !!str 12\n"
        "yes_is_text: yes\n"
        "flag: true\n"
        "upper: FALSE\n"
        "count: 12\n"
        "negative: -7\n"
        "hex: 0x1F\n"
        "octal: 0o17\n"
        "huge: 99999999999999999999\n"
        "ratio: 1.5\n"
        "exp: 1e3\n"
        "infinite: -.inf\n"
        "tilde: ~\n"
        "empty:\n"
        "day: 2025-12-21\n"
        "version: 1.2.3\n"
        "block: |\n"
        "  line one\n"
        "  line two\n");
    ASSERT_TRUE(file.result.ok()) << file.error();
    EXPECT_EQ(file.at("title"), text("Hello"));
    EXPECT_EQ(file.at("quoted"), text("true"));
    EXPECT_EQ(file.at("single"), text("42"));
    EXPECT_EQ(file.at("forced"), text("12"));
    EXPECT_EQ(file.at("yes_is_text"), text("yes"));
    EXPECT_EQ(file.at("flag"), Value{true});
    EXPECT_EQ(file.at("upper"), Value{false});
    EXPECT_EQ(file.at("count"), Value{std::int64_t{12}});
    EXPECT_EQ(file.at("negative"), Value{std::int64_t{-7}});
    EXPECT_EQ(file.at("hex"), Value{std::int64_t{31}});
    EXPECT_EQ(file.at("octal"), Value{std::int64_t{15}});
    EXPECT_EQ(file.at("huge"), Value{1e20});
    EXPECT_EQ(file.at("ratio"), Value{1.5});
    EXPECT_EQ(file.at("exp"), Value{1000.0});
    EXPECT_EQ(file.at("infinite"), Value{-INFINITY});
    EXPECT_EQ(file.at("tilde"), Value{Null{}});
    EXPECT_EQ(file.at("empty"), Value{Null{}});
    EXPECT_EQ(file.at("day"), Value{date_of("2025-12-21")});
    EXPECT_EQ(file.at("version"), text("1.2.3"));
    EXPECT_EQ(file.at("block"), text("line one\nline two\n"));
}

TEST(YamlFrontMatter, KeepsListsAndMapsInSourceOrder) {
    const YamlFile file(
        "zebra: 1\n"
        "apple: [b, a, 3]\n"
        "middle:\n"
        "  z: x\n"
        "  a:\n"
        "    - one\n"
        "    - {k: v, b: 2}\n");
    ASSERT_TRUE(file.result.ok()) << file.error();
    ASSERT_EQ(file.entries().size(), 3u);
    EXPECT_EQ(file.entries()[0].first, "zebra");
    EXPECT_EQ(file.entries()[1].first, "apple");
    EXPECT_EQ(file.entries()[2].first, "middle");
    EXPECT_EQ(file.at("apple"), (Value{ValueList{text("b"), text("a"), Value{std::int64_t{3}}}}));
    const Value expected_middle{Map{
        {"z", text("x")},
        {"a", Value{ValueList{text("one"),
                              Value{Map{{"k", text("v")}, {"b", Value{std::int64_t{2}}}}}}}},
    }};
    EXPECT_EQ(file.at("middle"), expected_middle);
}

TEST(YamlFrontMatter, RecordsWhereEachValueStartsInTheWholeFile) {
    const YamlFile good(
        "title: Hello\n"
        "tags:\n"
        "  - a\n"
        "empty:\n"
        "\"ünï\":   'v'\n");
    ASSERT_TRUE(good.result.ok()) << good.error();
    const auto& p = good.result->positions;
    ASSERT_EQ(p.size(), 4u);
    EXPECT_EQ(p[0].line, 2u);
    EXPECT_EQ(p[0].column, 8u);
    EXPECT_EQ(p[1].line, 4u);  // a block list starts at its first `-`
    EXPECT_EQ(p[1].column, 3u);
    EXPECT_EQ(p[2].line, 5u);  // an empty value points at its key
    EXPECT_EQ(p[2].column, 1u);
    EXPECT_EQ(p[3].line, 6u);  // columns count characters, not bytes
    EXPECT_EQ(p[3].column, 10u);
}

TEST(YamlFrontMatter, TreatsEmptyFrontMatterAsAnEmptyMap) {
    for (const char* empty : {"", "\n", "# only a comment\n"}) {
        const YamlFile file(empty);
        ASSERT_TRUE(file.result.ok()) << file.error();
        EXPECT_TRUE(file.entries().empty());
        EXPECT_TRUE(file.result->positions.empty());
    }
}

TEST(YamlFrontMatter, ReportsASyntaxErrorAtItsLineInTheWholeFile) {
    const YamlFile file(
        "title: Hello\n"
        "tags: [a, b\n"
        "draft: false\n");
    ASSERT_FALSE(file.result.ok());
    EXPECT_EQ(file.error(),
              "a.md:4:6: error: invalid YAML: '[' is not closed by ']' [front-matter.yaml.syntax]\n"
              "    draft: false\n"
              "         ^\n");
}

TEST(YamlFrontMatter, ReportsABadIndentationOnLineFour) {
    const YamlFile file(
        "title: Hello\n"
        "cover:\n"
        "    image: x.jpg\n"
        "  alt: wrong\n");
    ASSERT_FALSE(file.result.ok());
    EXPECT_EQ(file.error(),
              "a.md:5:3: error: invalid YAML: end of map not found [front-matter.yaml.syntax]\n"
              "      alt: wrong\n"
              "      ^\n");
}

TEST(YamlFrontMatter, ReportsAnUnknownEscapeWhereItIs) {
    const YamlFile file("title: ok\nt: \"a\\qb\"\n");
    ASSERT_FALSE(file.result.ok());
    EXPECT_EQ(file.error(),
              "a.md:3:8: error: invalid YAML: unknown escape character: q [front-matter.yaml.syntax]\n"
              "    t: \"a\\qb\"\n"
              "           ^\n");
}

// Issue 23: yaml-cpp ended a quoted title never closed at the end of the front matter, so the
// lines after it became part of the title and the date was lost; PyYAML refuses it
// (tests/programs/reading/yaml_against_pyyaml.py holds the two parsers against each other).
TEST(YamlFrontMatter, RefusesQuotedTextNeverClosedAtItsOpeningQuote) {
    const YamlFile doubled("title: \"Hello world\ndate: 2024-01-02\ntags: [a]\n");
    ASSERT_FALSE(doubled.result.ok());
    EXPECT_EQ(doubled.error(),
              "a.md:2:8: error: invalid YAML: quoted text is not closed before the end of the "
              "front matter (the lines after it would become part of it) "
              "[front-matter.yaml.syntax]\n"
              "    title: \"Hello world\n"
              "           ^\n");
    const YamlFile single("date: 2024-01-02\ntags:\n  - 'it''s open\n");
    ASSERT_FALSE(single.result.ok());
    EXPECT_TRUE(single.error().starts_with("a.md:4:5: error: invalid YAML: quoted text is not "
                                           "closed"))
        << single.error();
    // Closed ones, over lines, with escaped quotes inside, are read as before.
    const YamlFile closed("title: \"a \\\" b\n  c\"\nalt: 'it''s'\nk: \"\\\\\"\n");
    ASSERT_TRUE(closed.result.ok()) << closed.error();
    EXPECT_EQ(closed.at("title"), text("a \" b c"));
    EXPECT_EQ(closed.at("alt"), text("it's"));
    EXPECT_EQ(closed.at("k"), text("\\"));
}

TEST(YamlFrontMatter, ExplainsATabInTheIndentation) {
    const YamlFile file("title: ok\n\tt: x\n");
    ASSERT_FALSE(file.result.ok());
    EXPECT_EQ(file.result.error().message,
              "invalid YAML: tab used for indentation (indent with spaces)");
    EXPECT_EQ(file.result.error().line, 3u);
    EXPECT_EQ(file.result.error().column, 1u);
}

TEST(YamlFrontMatter, ExplainsAnAliasWithoutAnAnchor) {
    const YamlFile file("a: *nope\n");
    ASSERT_FALSE(file.result.ok());
    EXPECT_EQ(file.error(),
              "a.md:2:4: error: invalid YAML: alias refers to an anchor that is not defined "
              "[front-matter.yaml.syntax]\n"
              "    a: *nope\n"
              "       ^\n");
}

TEST(YamlFrontMatter, RejectsAListAtTheTop) {
    const YamlFile file("- a\n- b\n");
    ASSERT_FALSE(file.result.ok());
    EXPECT_EQ(file.error(),
              "a.md:2:1: error: front matter must be a map of keys to values, not a list "
              "[front-matter.not-a-map]\n"
              "    - a\n"
              "    ^\n");
}

TEST(YamlFrontMatter, RejectsASingleValueAtTheTop) {
    const YamlFile file("just a sentence\n");
    ASSERT_FALSE(file.result.ok());
    EXPECT_EQ(file.result.error().code, "front-matter.not-a-map");
    EXPECT_EQ(file.result.error().message,
              "front matter must be a map of keys to values, not a single value");
}

// Hugo builds a page whose front matter repeats a key, with the last value: one repeated key
// used to drop the whole article from every output.
TEST(YamlFrontMatter, KeepsTheLastValueOfADuplicateKeyAndWarnsAtTheSecondOne) {
    const YamlFile file(
        "title: One\n"
        "draft: true\n"
        "title: Two\n");
    ASSERT_TRUE(file.result.ok());
    EXPECT_EQ(file.result->entries, (Map{{"title", text("Two")}, {"draft", Value{true}}}));
    ASSERT_EQ(file.result->positions.size(), 2u);
    EXPECT_EQ(file.result->positions[0].line, 4u);
    ASSERT_EQ(file.result->warnings.size(), 1u);
    EXPECT_EQ(format_diagnostic(file.result->warnings[0]),
              "a.md:4:1: warning: duplicate key 'title': the last value is used, as Hugo does "
              "[front-matter.duplicate-key]\n"
              "    title: Two\n"
              "    ^\n");
}

TEST(YamlFrontMatter, KeepsTheLastValueOfADuplicateKeyInANestedMap) {
    const YamlFile file("cover:\n  alt: a\n  alt: b\n");
    ASSERT_TRUE(file.result.ok());
    EXPECT_EQ(file.at("cover"), (Value{Map{{"alt", text("b")}}}));
    ASSERT_EQ(file.result->warnings.size(), 1u);
    EXPECT_EQ(file.result->warnings[0].code, "front-matter.duplicate-key");
    EXPECT_EQ(file.result->warnings[0].line, 4u);
    EXPECT_EQ(file.result->warnings[0].column, 3u);
}

TEST(YamlFrontMatter, RejectsAListAsAKey) {
    const YamlFile file("? [a, b]\n: value\n");
    ASSERT_FALSE(file.result.ok());
    EXPECT_EQ(file.error(),
              "a.md:2:3: error: invalid YAML: a key must be plain text, not a list "
              "[front-matter.yaml.syntax]\n"
              "    ? [a, b]\n"
              "      ^\n");
}

TEST(YamlFrontMatter, ExpandsAliases) {
    const YamlFile file("base: &b {x: 1}\ncopy: *b\n");
    ASSERT_TRUE(file.result.ok()) << file.error();
    EXPECT_EQ(file.at("copy"), file.at("base"));
}

TEST(YamlFrontMatter, RejectsAnAliasBombQuickly) {
    std::string bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
    for (char name = 'b'; name <= 'j'; ++name) {
        const std::string previous(1, static_cast<char>(name - 1));
        bomb += std::string(1, name) + ": &" + name + " [*" + previous + ", *" + previous +
                ", *" + previous + ", *" + previous + ", *" + previous + ", *" + previous +
                ", *" + previous + ", *" + previous + ", *" + previous + ", *" + previous + "]\n";
    }
    const auto start = std::chrono::steady_clock::now();
    const YamlFile file(bomb);
    const auto elapsed = std::chrono::steady_clock::now() - start;
    ASSERT_FALSE(file.result.ok());
    EXPECT_EQ(file.result.error().code, "front-matter.too-large");
    EXPECT_EQ(file.result.error().message,
              "front matter expands to more than 100000 values (too many aliases?)");
    EXPECT_LT(elapsed, std::chrono::seconds(5));
}

TEST(YamlFrontMatter, RejectsDeepAliasChainsThatNoTextNests) {
    std::string chain = "l0: &l0 [x]\n";
    for (int i = 1; i <= 80; ++i) {
        chain += "l" + std::to_string(i) + ": &l" + std::to_string(i) + " [*l" +
                 std::to_string(i - 1) + "]\n";
    }
    const YamlFile file(chain);
    ASSERT_FALSE(file.result.ok());
    EXPECT_EQ(file.result.error().code, "front-matter.too-large");
    EXPECT_EQ(file.result.error().message, "front matter nests deeper than 64 levels");
}

TEST(YamlFrontMatter, RejectsTenThousandNestedBracketsWithoutCrashing) {
    const YamlFile file("deep: " + std::string(10'000, '[') + std::string(10'000, ']') + "\n");
    ASSERT_FALSE(file.result.ok());
    EXPECT_EQ(file.result.error().code, "front-matter.too-large");
    EXPECT_EQ(file.result.error().line, 2u);
    EXPECT_EQ(file.result.error().column, 70u);  // the 64th bracket, after the map itself
}

TEST(YamlFrontMatter, RejectsTenThousandNestedBlockListsWithoutCrashing) {
    std::string deep = "deep:\n";
    for (int i = 0; i < 10'000; ++i) deep += "- ";
    deep += "x\n";
    const YamlFile file(deep);
    ASSERT_FALSE(file.result.ok());
    EXPECT_EQ(file.result.error().code, "front-matter.too-large");
}

TEST(YamlFrontMatter, AcceptsNestingUpToTheLimit) {
    const YamlFile file("deep: " + std::string(60, '[') + "x" + std::string(60, ']') + "\n");
    ASSERT_TRUE(file.result.ok()) << file.error();
}

TEST(YamlFrontMatter, ReadsTheStyleASample) {
    const YamlFile file(
        "title: \"Waarom AI & Technologie\"\n"
        "date: \"2025-12-21\"\n"
        "category: \"AI & Technologie\"\n"
        "excerpt: \"Waarom het ertoe doet: een korte uitleg.\"\n"
        "featuredImage: \"/blog/images/Why It's Late.png\"\n");
    ASSERT_TRUE(file.result.ok()) << file.error();
    const Map expected{
        {"title", text("Waarom AI & Technologie")},
        {"date", text("2025-12-21")},  // quoted: a string, the mapper decides
        {"category", text("AI & Technologie")},
        {"excerpt", text("Waarom het ertoe doet: een korte uitleg.")},
        {"featuredImage", text("/blog/images/Why It's Late.png")},
    };
    EXPECT_EQ(file.entries(), expected);
    EXPECT_EQ(file.result->positions[1].line, 3u);
    EXPECT_EQ(file.result->positions[1].column, 7u);
}

TEST(YamlFrontMatter, ReadsTheStyleBSample) {
    const YamlFile file(
        "title: Waarom AI\n"
        "date: 2026-02-27T20:25:44.255Z\n"
        "tags: [a, b]\n"
        "draft: false\n"
        "cover:\n"
        "  image: \"https://images.example.com/x.jpg?w=1200&q=80\"\n"
        "  alt: Een robot achter een bureau\n"
        "  caption: 'Foto: iemand'\n"
        "doelgroep: ondernemers\n"
        "sectie: 3\n");
    ASSERT_TRUE(file.result.ok()) << file.error();
    const Date& date = std::get<Date>(file.at("date").data);
    EXPECT_TRUE(date.has_time);
    EXPECT_EQ(date.fraction_digits, 3);
    EXPECT_EQ(date.nanosecond, 255000000);
    EXPECT_TRUE(date.offset_is_z);
    EXPECT_EQ(format_rfc3339(date), "2026-02-27T20:25:44.255Z");
    const Map expected{
        {"title", text("Waarom AI")},
        {"date", Value{date_of("2026-02-27T20:25:44.255Z")}},
        {"tags", Value{ValueList{text("a"), text("b")}}},
        {"draft", Value{false}},
        {"cover", Value{Map{{"image", text("https://images.example.com/x.jpg?w=1200&q=80")},
                            {"alt", text("Een robot achter een bureau")},
                            {"caption", text("Foto: iemand")}}}},
        {"doelgroep", text("ondernemers")},
        {"sectie", Value{std::int64_t{3}}},
    };
    EXPECT_EQ(file.entries(), expected);
    const auto& p = file.result->positions;
    ASSERT_EQ(p.size(), 7u);
    EXPECT_EQ(p[1].line, 3u);
    EXPECT_EQ(p[1].column, 7u);
    EXPECT_EQ(p[4].line, 7u);  // a block map starts at its first key
    EXPECT_EQ(p[4].column, 3u);
    EXPECT_EQ(p[6].line, 11u);
    EXPECT_EQ(p[6].column, 9u);
}

TEST(YamlFrontMatter, KeepsAnImpossibleUnquotedDateAsADateForTheMapperToReport) {
    const YamlFile file("date: 2026-02-30\n");
    ASSERT_TRUE(file.result.ok()) << file.error();
    EXPECT_EQ(date_problem(std::get<Date>(file.at("date").data)), "February 2026 has 28 days");
    EXPECT_EQ(file.result->positions[0].line, 2u);
    EXPECT_EQ(file.result->positions[0].column, 7u);
}

}  // namespace
}  // namespace folio
