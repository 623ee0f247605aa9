#include "formats/yaml/yaml_front_matter_writer.hpp"

#include <gtest/gtest.h>

#include "formats/yaml/yaml_front_matter.hpp"
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

Map decoded_yaml(const std::string& yaml) {
    const SourceText source("a.md", yaml);
    const Result<FrontMatter> fm = decode_yaml_front_matter(source, 0, source.text().size());
    EXPECT_TRUE(fm.ok()) << (fm.ok() ? "" : format_diagnostic(fm.error())) << yaml;
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
                  {"b", text("a\x01"
                             "b")},
                  {"c", text("next\xc2\x85line")},
                  {"d", text("sep\xe2\x80\xa8"
                             "arate")},
                  {"e", text("\xef\xbb\xbf"
                             "bom")},
                  {"tags", Value{ValueList{text("x\ry")}}},
                  {"date", date("2025-08-30")}};
    const std::string yaml = write_yaml_front_matter(map);
    EXPECT_EQ(yaml.find('\r'), std::string::npos) << yaml;
    EXPECT_EQ(decoded_yaml(yaml), map) << yaml;
}

TEST(YamlFrontMatterWriter, WritesABlockBetweenDashLinesWithoutWarnings) {
    const Source source;
    Diagnostics diagnostics;
    EXPECT_EQ(write_yaml_front_matter_block({{"title", text("T")}}, {}, source, diagnostics),
              "---\ntitle: T\n---\n");
    EXPECT_EQ(write_yaml_front_matter_block({{"title", text("T")}}, {.quote_all_strings = true},
                                            source, diagnostics),
              "---\ntitle: \"T\"\n---\n");
    EXPECT_TRUE(diagnostics.items().empty());
}

}  // namespace
}  // namespace folio
