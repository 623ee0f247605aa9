#include <gtest/gtest.h>

#include "formats/toml/toml_front_matter.hpp"
#include "formats/toml/toml_front_matter_writer.hpp"
#include "formats/yaml/yaml_front_matter.hpp"
#include "formats/yaml/yaml_front_matter_writer.hpp"
#include "src/meta/front_matter_for_style.hpp"
#include "src/meta/map_front_matter.hpp"

namespace folio {
namespace {

Value text(std::string s) {
    return Value{std::move(s)};
}
Value date(std::string_view s) {
    return Value{*parse_date(s)};
}

// Every type front matter holds, in an order that puts a map before plain keys.
Map all_types() {
    return Map{{"title", text("Hallo: wereld")},
               {"quoted_bool", text("true")},
               {"quoted_number", text("12")},
               {"quoted_date", text("2025-12-21")},
               {"empty", text("")},
               {"params", Value{Map{{"ShowToc", Value{true}}, {"weight", Value{std::int64_t{3}}}}}},
               {"flag", Value{false}},
               {"count", Value{std::int64_t{-7}}},
               {"ratio", Value{1.0}},
               {"small", Value{2.5e-8}},
               {"day", date("2025-12-21")},
               {"local", date("2025-12-21T10:00:00")},
               {"millis", date("2026-02-27T20:25:44.255Z")},
               {"offset", date("2026-01-20T18:05:00+00:00")},
               {"list", Value{ValueList{text("a"), Value{std::int64_t{1}}, date("2025-01-02")}}},
               {"cover", Value{Map{{"image", text("x.png")}, {"hidden", Value{true}}}}}};
}

Map decoded_yaml(const std::string& yaml) {
    const SourceText source("a.md", yaml);
    const Result<FrontMatter> fm = decode_yaml_front_matter(source, 0, source.text().size());
    EXPECT_TRUE(fm.ok()) << (fm.ok() ? "" : format_diagnostic(fm.error())) << yaml;
    return fm.ok() ? fm->entries : Map{};
}

Map decoded_toml(const std::string& toml) {
    const SourceText source("a.md", toml);
    const Result<FrontMatter> fm = decode_toml_front_matter(source, 0, source.text().size());
    EXPECT_TRUE(fm.ok()) << (fm.ok() ? "" : format_diagnostic(fm.error())) << toml;
    return fm.ok() ? fm->entries : Map{};
}

TEST(YamlFrontMatterWriter, QuotesOnlyStringsThatWouldChangeType) {
    const Map map{{"a", text("true")}, {"b", text("12")},          {"c", text("2025-12-21")},
                  {"d", text("~")},    {"e", text("plain words")}, {"f", date("2025-12-21")},
                  {"g", Value{1.0}}};
    EXPECT_EQ(write_yaml_front_matter(map),
              "a: \"true\"\nb: \"12\"\nc: \"2025-12-21\"\nd: \"~\"\ne: plain words\n"
              "f: 2025-12-21\ng: 1.0\n");
}

TEST(YamlFrontMatterWriter, QuotesEveryStringForStyleA) {
    EXPECT_EQ(write_yaml_front_matter({{"title", text("T")}, {"tags", Value{ValueList{text("x")}}}},
                                      {.quote_all_strings = true}),
              "title: \"T\"\ntags: [\"x\"]\n");
}

TEST(YamlFrontMatterWriter, ReadsBackEveryTypeUnchanged) {
    Map map = all_types();
    map.emplace_back("nothing", Value{Null{}});
    EXPECT_EQ(decoded_yaml(write_yaml_front_matter(map)), map);
}

// Fuzz finding: yaml-cpp wrote a title holding a carriage return as a plain scalar; on reading
// back the CR ended the line and the next key failed (`unexpected ':'`).
TEST(YamlFrontMatterWriter, QuotesStringsWithLineBreaksOrControlCharacters) {
    const Map map{{"title", text("Footnote That \ravel")},
                  {"b", text("a\x01" "b")},
                  {"c", text("next\xc2\x85line")},
                  {"d", text("sep\xe2\x80\xa8" "arate")},
                  {"e", text("\xef\xbb\xbf" "bom")},
                  {"tags", Value{ValueList{text("x\ry")}}},
                  {"date", date("2025-08-30")}};
    const std::string yaml = write_yaml_front_matter(map);
    EXPECT_EQ(yaml.find('\r'), std::string::npos) << yaml;
    EXPECT_EQ(decoded_yaml(yaml), map) << yaml;
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
    const TomlFrontMatter toml = write_toml_front_matter(
        {{"nulldate", date("2024-01-00")}, {"list", Value{ValueList{date("2026-02-30")}}},
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

Meta full_meta() {
    Meta meta;
    meta.title = "Van WordPress naar Hugo";
    meta.date = parse_date("2026-02-27T20:25:44.255Z");
    meta.updated = parse_date("2026-03-01");
    meta.summary = "Een verslag.";
    meta.tags = {"hugo", "migratie"};
    meta.categories = {"Tutorials"};
    meta.authors = {"Anna"};
    meta.cover = Cover{"/img/a.png", "Laptop", "Foto", Map{{"relative", Value{true}}}};
    meta.draft = true;
    meta.slug = "wp-naar-hugo";
    meta.language = "nl";
    meta.extra = {{"doelgroep", text("beginners")}, {"weight", Value{std::int64_t{2}}}};
    return meta;
}

Meta reread(const Map& entries, FrontMatterStyle style) {
    FrontMatter fm{entries, std::vector<SourcePos>(entries.size())};
    const SourceText source("a.md", "");
    Diagnostics diagnostics;
    Meta meta = map_front_matter(fm, style, source, diagnostics);
    EXPECT_TRUE(diagnostics.items().empty());
    return meta;
}

TEST(FrontMatterForStyle, StyleBAndHugoReadBackAsTheSameMeta) {
    const Meta meta = full_meta();
    for (FrontMatterTarget target :
         {FrontMatterTarget::style_b_yaml, FrontMatterTarget::hugo_toml}) {
        const StyledFrontMatter styled = front_matter_for_style(meta, target);
        EXPECT_TRUE(styled.kept_as_extra.empty());
        EXPECT_EQ(reread(styled.entries, FrontMatterStyle::b), meta);
        const Map written = target == FrontMatterTarget::hugo_toml
                                ? decoded_toml(write_toml_front_matter(styled.entries).text)
                                : decoded_yaml(write_yaml_front_matter(styled.entries));
        EXPECT_EQ(reread(written, FrontMatterStyle::b), meta);
    }
}

TEST(FrontMatterForStyle, StyleAUsesItsNamesAndKeepsTheRestUnderHugosNames) {
    const StyledFrontMatter styled =
        front_matter_for_style(full_meta(), FrontMatterTarget::style_a_yaml);
    std::vector<std::string> keys;
    for (const auto& [key, value] : styled.entries) keys.push_back(key);
    EXPECT_EQ(keys, (std::vector<std::string>{"title", "date", "category", "excerpt", "tags",
                                              "author", "draft", "slug", "language", "lastmod",
                                              "cover", "doelgroep", "weight"}));
    EXPECT_EQ(*find(styled.entries, "date"), text("2026-02-27T20:25:44.255Z"));
    EXPECT_EQ(styled.kept_as_extra, (std::vector<std::string>{"lastmod", "cover"}));
    // Read as style A, the Hugo-named keys are extra; written to Hugo again they are fields.
    const Meta as_a = reread(styled.entries, FrontMatterStyle::a);
    EXPECT_EQ(as_a.title, full_meta().title);
    EXPECT_EQ(as_a.date, full_meta().date);
    const Meta back = reread(front_matter_for_style(as_a, FrontMatterTarget::hugo_toml).entries,
                             FrontMatterStyle::b);
    EXPECT_EQ(back, full_meta());
}

TEST(FrontMatterForStyle, WritesAStyleACoverWithOnlyASourceAsFeaturedImage) {
    Meta meta;
    meta.cover = Cover{"/blog/images/Why It's Late.png", "", "", {}};
    meta.categories = {"Engineering"};
    const StyledFrontMatter styled = front_matter_for_style(meta, FrontMatterTarget::style_a_yaml);
    EXPECT_EQ(styled.entries, (Map{{"category", text("Engineering")},
                                   {"featuredImage", text("/blog/images/Why It's Late.png")}}));
    EXPECT_EQ(reread(styled.entries, FrontMatterStyle::a), meta);
}

TEST(FrontMatterForStyle, MergesAliasesAndReportsAClashingExtraKey) {
    Meta meta;
    meta.summary = "S";
    meta.extra = {{"summary", text("other")}, {"aliases", Value{ValueList{text("/old/")}}}};
    FrontMatterExtras extras;
    extras.aliases = {"/blog/x/", "/old/"};
    const StyledFrontMatter styled =
        front_matter_for_style(meta, FrontMatterTarget::hugo_toml, extras);
    EXPECT_EQ(styled.entries,
              (Map{{"draft", Value{false}},
                   {"summary", text("S")},
                   {"aliases", Value{ValueList{text("/old/"), text("/blog/x/")}}}}));
    EXPECT_EQ(styled.clashing, std::vector<std::string>{"summary"});
    Source source;
    source.path = "a.md";
    source.key_positions = {{"summary", SourcePos{4, 10}}};
    Diagnostics diagnostics;
    report_front_matter_changes(styled, FrontMatterTarget::hugo_toml, source, diagnostics);
    ASSERT_EQ(diagnostics.items().size(), 1u);
    EXPECT_EQ(format_diagnostic(diagnostics.items()[0]),
              "a.md:4:10: warning: extra key 'summary' is left out of the Hugo front matter: a "
              "field is written under that name [front-matter.clash]\n");
}

}  // namespace
}  // namespace folio
