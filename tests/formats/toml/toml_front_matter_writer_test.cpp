#include "formats/toml/toml_front_matter_writer.hpp"

#include <gtest/gtest.h>

#include "formats/toml/toml_front_matter.hpp"
#include "tests/support/front_matter_values.hpp"

namespace folio {
namespace {

Value text(std::string s) {
    return Value{std::move(s)};
}
Value date(std::string_view s) {
    return Value{*parse_date(s)};
}
Map all_types() {
    return testing::every_front_matter_type();
}

Map decoded_toml(const std::string& toml) {
    const SourceText source("a.md", toml);
    const Result<FrontMatter> fm = decode_toml_front_matter(source, 0, source.text().size());
    EXPECT_TRUE(fm.ok()) << (fm.ok() ? "" : format_diagnostic(fm.error())) << toml;
    return fm.ok() ? fm->entries : Map{};
}

TEST(TomlFrontMatterWriter, WritesDatesAsTomlDatesKeepingPrecisionAndOffset) {
    const TomlFrontMatter toml =
        write_toml_front_matter({{"a", date("2025-12-21")},
                                 {"b", date("2025-12-21T10:00:00")},
                                 {"c", date("2026-02-27T20:25:44.255Z")},
                                 {"d", date("2026-01-20T18:05:00+00:00")}});
    EXPECT_EQ(toml.text,
              "a = 2025-12-21\nb = 2025-12-21T10:00:00\nc = 2026-02-27T20:25:44.255Z\n"
              "d = 2026-01-20T18:05:00+00:00\n");
}

TEST(TomlFrontMatterWriter, KeepsKeyOrderWithInlineTablesAndTrailingTables) {
    const TomlFrontMatter toml = write_toml_front_matter(all_types());
    EXPECT_NE(toml.text.find("params = { ShowToc = true, weight = 3 }\n"), std::string::npos);
    EXPECT_TRUE(toml.text.ends_with("\n[cover]\nimage = \"x.png\"\nhidden = true\n")) << toml.text;
    EXPECT_EQ(decoded_toml(toml.text), all_types());
}

TEST(TomlFrontMatterWriter, DropsNullsAndNamesEachOne) {
    const TomlFrontMatter toml =
        write_toml_front_matter({{"a", Value{Null{}}},
                                 {"b", Value{ValueList{text("x"), Value{Null{}}}}},
                                 {"c", Value{Map{{"d", Value{Null{}}}, {"e", text("y")}}}},
                                 {"f", Value{std::int64_t{1}}}});
    EXPECT_EQ(toml.text, "b = [\"x\"]\nc = { e = \"y\" }\nf = 1\n");
    EXPECT_EQ(toml.dropped_nulls, (std::vector<std::string>{"a", "b[2]", "c.d"}));
}

// Found by the hugo fuzzer: `nulldate: 2024-01-00` came out as a bare TOML date, which TOML
// (and so Hugo) refuses, so the page could not be read back.
TEST(TomlFrontMatterWriter, WritesAnImpossibleDateAsAStringThatReadsBack) {
    const TomlFrontMatter toml =
        write_toml_front_matter({{"nulldate", date("2024-01-00")},
                                 {"list", Value{ValueList{date("2026-02-30")}}},
                                 {"fine", date("2024-01-01")}});
    EXPECT_EQ(toml.text, "nulldate = \"2024-01-00\"\nlist = [\"2026-02-30\"]\nfine = 2024-01-01\n");
    EXPECT_EQ(toml.quoted_dates, (std::vector<std::string>{"nulldate", "list[1]"}));
    const Map back = decoded_toml(toml.text);
    ASSERT_EQ(back.size(), 3u);
    EXPECT_EQ(back[0].second, text("2024-01-00"));
    EXPECT_EQ(back[2].second, date("2024-01-01"));
}

TEST(TomlFrontMatterWriter, QuotesKeysAndEscapesStrings) {
    EXPECT_EQ(write_toml_front_matter({{"a key", text("say \"hi\"\n\ttab\\")}}).text,
              "\"a key\" = \"say \\\"hi\\\"\\n\\ttab\\\\\"\n");
}

TEST(TomlFrontMatterWriter, WritesABlockBetweenPlusLinesWarningAboutWhatTomlCannotHold) {
    Source source;
    source.path = "posts/a.md";
    Diagnostics diagnostics;
    EXPECT_EQ(write_toml_front_matter_block(
                  {{"title", text("T")}, {"note", Value{Null{}}}, {"day", date("2024-01-00")}},
                  {.quote_all_strings = true}, source, diagnostics),
              "+++\ntitle = \"T\"\nday = \"2024-01-00\"\n+++\n");
    ASSERT_EQ(diagnostics.items().size(), 2u);
    EXPECT_EQ(format_diagnostic(diagnostics.items()[0]),
              "posts/a.md: warning: 'note' is null, which TOML cannot hold; left out "
              "[hugo.toml.null]\n");
    EXPECT_EQ(format_diagnostic(diagnostics.items()[1]),
              "posts/a.md: warning: 'day' is an impossible date, which TOML cannot hold as a "
              "date; written as a string [hugo.toml.impossible-date]\n");
}

}  // namespace
}  // namespace folio
