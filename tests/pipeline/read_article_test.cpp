#include "src/pipeline/read_article.hpp"

#include <gtest/gtest.h>
#include "formats/registry.hpp"

namespace folio {
namespace {

std::optional<Article> read(std::string_view path, std::string_view text, Diagnostics& diagnostics,
                            ReadOptions options = builtin_load_options().read) {
    const SourceText source{std::string(path), text};
    return read_article(source, options, diagnostics);
}

TEST(ReadArticle, ReadsStyleAFrontMatterAndBody) {
    Diagnostics diagnostics;
    const auto article = read("a.md",
                              "---\n"
                              "title: \"Waarom AI & Technologie\"\n"
                              "date: \"2025-12-21\"\n"
                              "category: \"AI & Technologie\"\n"
                              "excerpt: \"Kort.\"\n"
                              "featuredImage: \"/blog/images/Why It's Late.png\"\n"
                              "---\n"
                              "# Waarom AI & Technologie\n\nTekst.\n",
                              diagnostics);
    ASSERT_TRUE(article);
    EXPECT_EQ(article->source.syntax, FrontMatterSyntax::yaml);
    EXPECT_EQ(article->source.style, FrontMatterStyle::a);
    EXPECT_EQ(article->source.body_line, 8u);
    EXPECT_EQ(article->meta.title, "Waarom AI & Technologie");
    ASSERT_TRUE(article->meta.date);
    EXPECT_FALSE(article->meta.date->has_time);
    EXPECT_EQ(article->meta.categories, std::vector<std::string>{"AI & Technologie"});
    EXPECT_EQ(article->meta.summary, "Kort.");
    ASSERT_TRUE(article->meta.cover);
    EXPECT_EQ(article->meta.cover->source, "/blog/images/Why It's Late.png");
    ASSERT_EQ(article->body.size(), 2u);
    EXPECT_EQ(article->body[0].at.line, 8u);
    EXPECT_TRUE(diagnostics.items().empty());
}

TEST(ReadArticle, AMetadataOnlyReadSkipsTheBodyButStillFindsAHeadingTitle) {
    ReadOptions metadata_only = builtin_load_options().read;
    metadata_only.body = false;
    Diagnostics diagnostics;
    const auto titled = read("a.md", "---\ntitle: T\ndate: 2025-01-02\n---\n# Other\n\nText.\n",
                             diagnostics, metadata_only);
    ASSERT_TRUE(titled);
    EXPECT_EQ(titled->meta.title, "T");
    EXPECT_TRUE(titled->body.empty());
    EXPECT_EQ(titled->source.body_line, 5u);

    const auto untitled = read("notes.md", "---\ndate: 2025-01-02\n---\nIntro\n\n# From the body\n",
                               diagnostics, metadata_only);
    ASSERT_TRUE(untitled);
    EXPECT_EQ(untitled->meta.title, "From the body");
    EXPECT_EQ(untitled->source.title_origin, TitleOrigin::heading);
    EXPECT_TRUE(untitled->body.empty());
    EXPECT_TRUE(untitled->footnotes.empty());
    EXPECT_TRUE(diagnostics.items().empty());
}

TEST(ReadArticle, ReadsStyleBWithMillisecondsAndCustomKeys) {
    Diagnostics diagnostics;
    const auto article = read("b.md",
                              "---\n"
                              "title: Hallo\n"
                              "date: 2026-02-27T20:25:44.255Z\n"
                              "tags: [ai, web]\n"
                              "draft: true\n"
                              "cover:\n"
                              "  image: https://images.example.com/x.jpg?w=1200&q=80\n"
                              "  alt: Een foto\n"
                              "doelgroep: ondernemers\n"
                              "---\n"
                              "Body.\n",
                              diagnostics);
    ASSERT_TRUE(article);
    EXPECT_EQ(article->source.style, FrontMatterStyle::b);
    ASSERT_TRUE(article->meta.date);
    EXPECT_EQ(format_rfc3339(*article->meta.date), "2026-02-27T20:25:44.255Z");
    EXPECT_TRUE(article->meta.draft);
    EXPECT_EQ(article->meta.tags, (std::vector<std::string>{"ai", "web"}));
    EXPECT_EQ(article->meta.cover->source, "https://images.example.com/x.jpg?w=1200&q=80");
    ASSERT_EQ(article->meta.extra.size(), 1u);
    EXPECT_EQ(article->meta.extra[0].first, "doelgroep");
}

TEST(ReadArticle, TakesTheTitleFromTheFirstH1WithoutFrontMatter) {
    Diagnostics diagnostics;
    const auto article = read("posts/x.md", "Intro.\n\n# The *real* title\n", diagnostics);
    ASSERT_TRUE(article);
    EXPECT_EQ(article->meta.title, "The real title");
    EXPECT_EQ(article->source.title_origin, TitleOrigin::heading);
}

TEST(ReadArticle, FallsBackToTheFileNameForTheTitle) {
    Diagnostics diagnostics;
    const auto article = read("posts/my-post.md", "Just text.\n", diagnostics);
    ASSERT_TRUE(article);
    EXPECT_EQ(article->meta.title, "my-post");
    EXPECT_EQ(article->source.title_origin, TitleOrigin::file_name);
}

TEST(ReadArticle, ReadsTomlAndJsonFrontMatter) {
    Diagnostics diagnostics;
    const auto toml = read("t.md", "+++\ntitle = \"T\"\ndate = 2025-12-21\n+++\nx\n", diagnostics);
    ASSERT_TRUE(toml);
    EXPECT_EQ(toml->meta.title, "T");
    EXPECT_EQ(toml->source.syntax, FrontMatterSyntax::toml);
    const auto json = read("j.md", "{\"title\": \"J\", \"date\": \"2025-12-21T10:00:00+01:00\"}\nx\n",
                           diagnostics);
    ASSERT_TRUE(json);
    EXPECT_EQ(json->meta.title, "J");
    ASSERT_TRUE(json->meta.date);
    EXPECT_EQ(json->meta.date->offset_minutes, 60);
    EXPECT_TRUE(diagnostics.items().empty());
}

TEST(ReadArticle, RenderModeTreatsLeadingDashesAsThematicBreak) {
    Diagnostics diagnostics;
    ReadOptions options = builtin_load_options().read;
    options.front_matter = false;
    const auto article = read("-", "---\ntitle: x\n---\n", diagnostics, options);
    ASSERT_TRUE(article);
    ASSERT_FALSE(article->body.empty());
    EXPECT_TRUE(std::holds_alternative<ThematicBreak>(article->body[0].node));
}

TEST(ReadArticle, BrokenFrontMatterIsAnErrorInTheWholeFile) {
    Diagnostics diagnostics;
    const auto article = read("posts/a.md", "---\ntitle: ok\ntags: [a, b\n---\nbody\n", diagnostics);
    EXPECT_FALSE(article);
    ASSERT_EQ(diagnostics.items().size(), 1u);
    const Diagnostic& d = diagnostics.items()[0];
    EXPECT_EQ(d.path, "posts/a.md");
    EXPECT_GE(d.line, 3u);  // inside the file, not inside the YAML snippet
    EXPECT_EQ(d.code, "front-matter.yaml.syntax");
}

TEST(ReadArticle, StyleOverrideChangesTheMapping) {
    Diagnostics diagnostics;
    ReadOptions options = builtin_load_options().read;
    options.style = FrontMatterStyle::b;
    const auto article = read("a.md", "---\ntitle: x\nexcerpt: kort\n---\n", diagnostics, options);
    ASSERT_TRUE(article);
    EXPECT_EQ(article->source.style, FrontMatterStyle::b);
    EXPECT_TRUE(article->meta.summary.empty());
    ASSERT_EQ(article->meta.extra.size(), 1u);
    EXPECT_EQ(article->meta.extra[0].first, "excerpt");
}

// Fuzz finding (issue 7): a file that is not UTF-8 is read with U+FFFD and a warning that
// says where the first bad byte is.
TEST(ReadArticle, WarnsWhereAFileStopsBeingUtf8) {
    Diagnostics diagnostics;
    const auto article = read("latin1.md", "---\ntitle: Caf\xe9\n---\nText.\n", diagnostics);
    ASSERT_TRUE(article);
    EXPECT_EQ(article->meta.title, "Caf\xEF\xBF\xBD");
    ASSERT_EQ(diagnostics.items().size(), 1u);
    const Diagnostic& warning = diagnostics.items().front();
    EXPECT_EQ(warning.code, "input.utf8");
    EXPECT_EQ(warning.severity, Severity::warning);
    EXPECT_EQ(warning.line, 2u);
    EXPECT_EQ(warning.column, 11u);
}

TEST(KeepTypedMetadataOnly, DropsTheOtherKeysAndTheirPositionsButNotTheTypedOnes) {
    Diagnostics diagnostics;
    std::optional<Article> article = read("a.md",
                                          "---\ntitle: T\nweight: 3\nslug: s\n"
                                          "aliases: [/old/]\ncover:\n  image: c.png\n---\nBody\n",
                                          diagnostics);
    ASSERT_TRUE(article);
    ASSERT_EQ(article->meta.extra.size(), 2u);
    const Meta typed_before = [&] {
        Meta meta = article->meta;
        meta.extra.clear();
        return meta;
    }();
    keep_typed_metadata_only(*article);
    EXPECT_TRUE(article->meta.extra.empty());
    EXPECT_EQ(article->meta, typed_before);
    std::vector<std::string> keys;
    for (const auto& [key, at] : article->source.key_positions) keys.push_back(key);
    EXPECT_EQ(keys, (std::vector<std::string>{"title", "slug", "cover"}));
    EXPECT_EQ(article->source.key_positions[1].second.line, 4u);
}

}  // namespace
}  // namespace folio
