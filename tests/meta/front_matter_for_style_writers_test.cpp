// `front_matter_for_style` through the YAML and TOML writers and readers: what the Markdown
// and Hugo writers produce reads back as the same metadata.

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

TEST(FrontMatterForStyle, KeepsDescriptionUrlAndGuidInEveryTarget) {
    Meta meta;
    meta.title = "T";
    meta.description = "For search engines";
    meta.url = "/2019/05/old/";
    meta.guid = "tag:example.org,2019:7";
    EXPECT_EQ(reread(front_matter_for_style(meta, FrontMatterTarget::style_a_yaml).entries,
                     FrontMatterStyle::a),
              meta);
    for (const FrontMatterTarget target :
         {FrontMatterTarget::style_b_yaml, FrontMatterTarget::hugo_toml}) {
        Meta back = reread(front_matter_for_style(meta, target).entries, FrontMatterStyle::b);
        back.draft = meta.draft;
        EXPECT_EQ(back, meta) << target_name(target);
    }
}

// Next.js's `author: {name, picture}` stays whole in extra next to the name it gave: the map
// is written, not the bare name over it (which would lose the picture to a clash).
TEST(FrontMatterForStyle, WritesAKeptAuthorMapInsteadOfItsName) {
    Meta meta;
    meta.authors = {"Tim"};
    const Value author{Map{{"name", text("Tim")}, {"picture", text("/tim.jpg")}}};
    meta.extra = {{"author", author}};
    const StyledFrontMatter styled = front_matter_for_style(meta, FrontMatterTarget::style_a_yaml);
    EXPECT_EQ(styled.entries, (Map{{"author", author}}));
    EXPECT_TRUE(styled.clashing.empty());
}

}  // namespace
}  // namespace folio
