#include "src/output/article_file.hpp"

#include <gtest/gtest.h>

#include <array>
#include <stdexcept>
#include <string>

#include "formats/registry.hpp"
#include "src/pipeline/read_article.hpp"

namespace folio {
namespace {

// Fake writers that say what they were given: the article-file writer must find them in the
// registry it is handed, never name a format itself.
std::string fake_yaml(const Map& entries, const FrontMatterWriteOptions& options,
                      const Source& source, Diagnostics& diagnostics) {
    std::string out = options.quote_all_strings ? "<quoted yaml:" : "<yaml:";
    for (const auto& [key, value] : entries) out += ' ' + key;
    diagnostics.report(
        Diagnostic{Severity::note, "fake.front-matter", "front matter", source.path, 0, 0, {}});
    return out + ">\n";
}

std::string fake_toml(const Map&, const FrontMatterWriteOptions&, const Source&, Diagnostics&) {
    return "<toml>\n";
}

std::string fake_body(std::span<const Block> body, const std::vector<Footnote>& footnotes,
                      const Source& source, Diagnostics& diagnostics) {
    diagnostics.report(Diagnostic{Severity::note, "fake.body", "body", source.path, 0, 0, {}});
    if (body.empty()) return "";
    return std::to_string(body.size()) + " blocks, " + std::to_string(footnotes.size()) +
           " notes\n";
}

constexpr std::array kFrontMatter{
    FrontMatterFormat{.name = "fake-yaml",
                      .syntax = FrontMatterSyntax::yaml,
                      .decode = nullptr,
                      .write = &fake_yaml},
    FrontMatterFormat{.name = "fake-toml",
                      .syntax = FrontMatterSyntax::toml,
                      .decode = nullptr,
                      .write = &fake_toml},
};
constexpr std::array kBodies{
    BodyFormat{.name = "plain", .extensions = {}, .read = nullptr, .write = &fake_body},
    BodyFormat{.name = "read-only", .extensions = {}, .read = nullptr, .write = nullptr},
};
const Registry kFakes{kFrontMatter, kBodies, {}, {}};

Inlines text(std::string s) {
    return {Inline{Text{std::move(s)}}};
}

Article sample() {
    Article a;
    a.meta.title = "Title";
    a.meta.summary = "Short.";
    a.source.path = "posts/a.md";
    a.body.push_back(Block{Heading{1, text("Title"), false}, {}});
    a.body.push_back(Block{Paragraph{text("Body.")}, {}});
    return a;
}

ArticleFileOptions options_for(FrontMatterTarget target) {
    ArticleFileOptions options;
    options.target = target;
    options.body_format = "plain";
    return options;
}

std::vector<std::string> codes(const Diagnostics& diagnostics) {
    std::vector<std::string> out;
    for (const Diagnostic& d : diagnostics.items()) out.push_back(d.code);
    return out;
}

TEST(ArticleFile, WritesFrontMatterABlankLineAndTheBodyWithTheRegistrysWriters) {
    Diagnostics diagnostics;
    EXPECT_EQ(write_article_file(sample(), options_for(FrontMatterTarget::style_b_yaml), kFakes,
                                 diagnostics),
              "<yaml: title summary>\n\n2 blocks, 0 notes\n");
    EXPECT_EQ(codes(diagnostics), (std::vector<std::string>{"fake.front-matter", "fake.body"}));
    EXPECT_EQ(diagnostics.items()[0].path, "posts/a.md");
}

TEST(ArticleFile, QuotesEveryStringForStyleAAndWritesHugoInToml) {
    Diagnostics diagnostics;
    EXPECT_EQ(write_article_file(sample(), options_for(FrontMatterTarget::style_a_yaml), kFakes,
                                 diagnostics),
              "<quoted yaml: title excerpt>\n\n2 blocks, 0 notes\n");
    EXPECT_EQ(write_article_file(sample(), options_for(FrontMatterTarget::hugo_toml), kFakes,
                                 diagnostics),
              "<toml>\n\n2 blocks, 0 notes\n");
}

TEST(ArticleFile, LeavesOutTheTitleHeadingWhenAskedAndTheBlankLineBeforeAnEmptyBody) {
    ArticleFileOptions options = options_for(FrontMatterTarget::hugo_toml);
    options.without_title_heading = true;
    Diagnostics diagnostics;
    EXPECT_EQ(write_article_file(sample(), options, kFakes, diagnostics),
              "<toml>\n\n1 blocks, 0 notes\n");
    Article empty = sample();
    empty.body.clear();
    EXPECT_EQ(write_article_file(empty, options, kFakes, diagnostics), "<toml>\n");
}

TEST(ArticleFile, PassesTheExtrasToTheFrontMatter) {
    ArticleFileOptions options = options_for(FrontMatterTarget::style_b_yaml);
    options.extras.aliases = {"/old/a/"};
    Diagnostics diagnostics;
    EXPECT_EQ(write_article_file(sample(), options, kFakes, diagnostics),
              "<yaml: title summary aliases>\n\n2 blocks, 0 notes\n");
}

TEST(ArticleFile, RefusesARegistryWithoutTheWritersItNeeds) {
    Diagnostics diagnostics;
    ArticleFileOptions options = options_for(FrontMatterTarget::style_b_yaml);
    options.body_format = "read-only";
    EXPECT_THROW(write_article_file(sample(), options, kFakes, diagnostics), std::logic_error);
    options.body_format = "unknown";
    EXPECT_THROW(write_article_file(sample(), options, kFakes, diagnostics), std::logic_error);
    const Registry yaml_only{std::span(kFrontMatter).first(1), kBodies, {}, {}};
    EXPECT_THROW(write_article_file(sample(), options_for(FrontMatterTarget::hugo_toml), yaml_only,
                                    diagnostics),
                 std::logic_error);
}

TEST(ArticleFile, WritesStylesAAndBInYamlAndHugoInToml) {
    EXPECT_EQ(front_matter_syntax(FrontMatterTarget::style_a_yaml), FrontMatterSyntax::yaml);
    EXPECT_EQ(front_matter_syntax(FrontMatterTarget::style_b_yaml), FrontMatterSyntax::yaml);
    EXPECT_EQ(front_matter_syntax(FrontMatterTarget::hugo_toml), FrontMatterSyntax::toml);
}

// Hugo to a Liquid engine, as `folio migrate` will ask: the figure whose image moved is
// translated with the moved path in it; the front matter is copied as written.
TEST(ArticleFile, TranslatesACopiedBodyForTheTargetEngineWithAMovedImageInsideACall) {
    const SourceText source("posts/a.md",
                            "---\ntitle: A  # kept\n---\n\n{{< figure src=\"img/x.png\" alt=\"X\" >}}\n\n"
                            "See {{< ref \"b.md\" >}} and {{< tabs >}}.\n");
    Diagnostics diagnostics;
    ReadOptions read;
    read.formats = &builtin_formats();
    read.engine = find_engine_profile("hugo");
    std::optional<Article> article = read_article(source, read, diagnostics);
    ASSERT_TRUE(article);
    const WrittenBody written = written_body(source, article->source.body_offset);
    const WrittenFrontMatter front =
        written_front_matter(source, article->source.body_offset, article->source.syntax);
    ArticleFileOptions options;
    options.target = FrontMatterTarget::style_b_yaml;
    options.body_format = "markdown";
    options.written_body = &written;
    options.written_front_matter = &front;
    options.moved.push_back({SourcePos{5, 19, 42}, "img/x.png", "x.png"});
    options.source_engine = read.engine;
    options.target_engine = find_engine_profile("jekyll");
    options.article_reference = [](std::string_view ref) {
        return ref == "b.md" ? std::string("2020-01-01-b") : std::string();
    };
    Diagnostics writing;
    EXPECT_EQ(write_article_file(*article, options, builtin_formats(), writing),
              "---\ntitle: A  # kept\n---\n\n![X](x.png)\n\n"
              "See {% post_url 2020-01-01-b %} and {{< tabs >}}.\n");
    ASSERT_EQ(writing.items().size(), 1u);
    EXPECT_EQ(writing.items()[0].code, "migrate.syntax.untranslated");
    EXPECT_EQ(writing.items()[0].line, 7u);
    EXPECT_EQ(writing.items()[0].column, 28u);
}

}  // namespace
}  // namespace folio
