#include "src/output/front_matter_copy.hpp"

#include <gtest/gtest.h>

#include "formats/registry.hpp"
#include "src/meta/front_matter_for_style.hpp"
#include "src/output/article_file.hpp"
#include "src/pipeline/read_article.hpp"

namespace folio {
namespace {

struct Copy {
    std::optional<std::string> text;
    std::string why;
    Diagnostics diagnostics;
};

// Reads `file` by `engine`'s conventions and copies its front matter for `target`, with the
// article changed by `change` first (an image moved, an alias added).
Copy copy(const std::string& path, const std::string& file, std::string_view engine,
          FrontMatterTarget target, FrontMatterExtras extras = {},
          void (*change)(Article&) = nullptr) {
    const SourceText source(path, file);
    Copy out;
    ReadOptions read;
    read.formats = &builtin_formats();
    read.engine = find_engine_profile(engine);
    std::optional<Article> article = read_article(source, read, out.diagnostics);
    EXPECT_TRUE(article);
    if (!article) return out;
    if (change) change(*article);
    const WrittenFrontMatter written =
        written_front_matter(source, article->source.body_offset, article->source.syntax);
    const StyledFrontMatter styled = front_matter_for_style(article->meta, target, extras);
    const FrontMatterFormat* format =
        find_front_matter_format(builtin_formats(), article->source.syntax);
    out.text = copied_front_matter(written, styled.entries, *format, {}, article->source,
                                   out.diagnostics, out.why);
    return out;
}

TEST(FrontMatterCopy, KeepsOrderQuotingCommentsAndDateFormsOfAnUnchangedYamlFrontMatter) {
    const std::string front =
        "---\n# written by hand\ntitle: 'Notes: part 1'\ndate: 2023-11-05 08:30:00 +0100\n"
        "tags:\n- a\n- \"b\"\nseries: x   # a comment\n---\n";
    const Copy c = copy("posts/a.md", front + "\nBody.\n", "hugo", FrontMatterTarget::style_b_yaml);
    ASSERT_TRUE(c.text) << c.why;
    EXPECT_EQ(*c.text, front);
}

TEST(FrontMatterCopy, WritesADateJsYamlReadsAsAStringInRfc3339InItsPlace) {
    const std::string path = "posts/a.md";
    const std::string file =
        "---\ntitle: A\ndate: 2025-04-10 21:30:00 +0900  # KST\nupdated: 2025-04-11\n---\nBody.\n";
    const SourceText source(path, file);
    Diagnostics diagnostics;
    ReadOptions read;
    read.formats = &builtin_formats();
    read.engine = find_engine_profile("eleventy");
    const std::optional<Article> article = read_article(source, read, diagnostics);
    ASSERT_TRUE(article);
    const WrittenFrontMatter written =
        written_front_matter(source, article->source.body_offset, article->source.syntax);
    const StyledFrontMatter styled =
        front_matter_for_profile(article->meta, *find_engine_profile("eleventy"));
    const FrontMatterFormat* format =
        find_front_matter_format(builtin_formats(), article->source.syntax);
    std::string why;
    FrontMatterWriteOptions options;
    options.dates_as_yaml_timestamps = true;
    const std::optional<std::string> copied = copied_front_matter(
        written, styled.entries, *format, options, article->source, diagnostics, why);
    ASSERT_TRUE(copied) << why;
    // Only the value changes: the comment, the order and the timestamp that is one stay.
    EXPECT_EQ(*copied,
              "---\ntitle: A\ndate: 2025-04-10T21:30:00+09:00  # KST\nupdated: 2025-04-11\n---\n");
    options.dates_as_yaml_timestamps = false;
    EXPECT_EQ(copied_front_matter(written, styled.entries, *format, options, article->source,
                                  diagnostics, why),
              file.substr(0, file.find("Body.")));
}

TEST(FrontMatterCopy, RenamesAJekyllKeyInPlaceAndAddsTheDateFromTheFileNameAtTheEnd) {
    const Copy c = copy("_posts/2013-05-06-title.md",
                        "---\ntitle: \"A\"\nexcerpt: Short, as written\nlayout: post\n---\nBody.\n",
                        "jekyll", FrontMatterTarget::style_b_yaml);
    ASSERT_TRUE(c.text) << c.why;
    EXPECT_EQ(*c.text,
              "---\ntitle: \"A\"\nsummary: Short, as written\nlayout: post\ndate: 2013-05-06\n---\n");
}

TEST(FrontMatterCopy, KeepsTomlAsWrittenAndAddsAliasesBeforeTheFirstTable) {
    const std::string file =
        "+++\ntitle = 'Why'  # single quotes stay\ndate = 2020-01-02T03:04:05Z\n"
        "tags = [\n  \"a\",\n  \"b\",\n]\n\n[cover]\nimage = \"images/a.png\"\nalt = \"A\"\n+++\nBody.\n";
    FrontMatterExtras extras;
    extras.aliases = {"/old/why/"};
    const Copy c = copy("posts/why.md", file, "hugo", FrontMatterTarget::hugo_toml, extras,
                        [](Article& a) { a.meta.cover->source = "a.png"; });
    ASSERT_TRUE(c.text) << c.why;
    EXPECT_EQ(*c.text,
              "+++\ntitle = 'Why'  # single quotes stay\ndate = 2020-01-02T03:04:05Z\n"
              "tags = [\n  \"a\",\n  \"b\",\n]\n\naliases = [\"/old/why/\"]\n"
              "[cover]\nimage = \"a.png\"\nalt = \"A\"\n+++\n");
}

TEST(FrontMatterCopy, PublishedFalseBecomesDraftTrue) {
    const Copy c = copy("_posts/2013-05-06-t.md",
                        "---\ntitle: T\ndate: 2013-05-06\npublished: false\n---\n", "jekyll",
                        FrontMatterTarget::style_b_yaml);
    ASSERT_TRUE(c.text) << c.why;
    EXPECT_EQ(*c.text, "---\ntitle: T\ndate: 2013-05-06\ndraft: true\n---\n");
}

TEST(FrontMatterCopy, RefusesWhatItCannotEditSafelyAndSaysWhy) {
    const Copy anchors = copy("a.md", "---\nbase: &b x\ntitle: *b\n---\n", "hugo",
                              FrontMatterTarget::style_b_yaml);
    EXPECT_FALSE(anchors.text);
    EXPECT_EQ(anchors.why, "it uses anchors, aliases, tags or complex keys");
    const Copy dotted = copy("a.md", "+++\ntitle = \"T\"\nparams.x = 1\n+++\n", "hugo",
                             FrontMatterTarget::hugo_toml);
    EXPECT_FALSE(dotted.text);
    EXPECT_EQ(dotted.why, "line 3 is not a plain `key = value`");
    const Copy repeated = copy("a.md", "---\ntitle: A\ntitle: B\n---\n", "hugo",
                               FrontMatterTarget::style_b_yaml);
    EXPECT_FALSE(repeated.text);
    EXPECT_EQ(repeated.why, "its keys are not laid out one per line as the copy reads them");
}

TEST(FrontMatterCopy, TomlWriterKeepsTypesWhereYamlBecomesToml) {
    // The syntax changes, so the writer writes it: dates stay dates, integers integers.
    const SourceText source("a.md", "---\ntitle: T\ndate: 2023-11-05\nweight: 3\nratio: 0.5\n---\n");
    Diagnostics diagnostics;
    ReadOptions read;
    read.formats = &builtin_formats();
    std::optional<Article> article = read_article(source, read, diagnostics);
    ASSERT_TRUE(article);
    const WrittenFrontMatter written =
        written_front_matter(source, article->source.body_offset, article->source.syntax);
    ArticleFileOptions options;
    options.target = FrontMatterTarget::hugo_toml;
    options.body_format = "markdown";
    options.written_front_matter = &written;
    EXPECT_EQ(write_article_file(*article, options, builtin_formats(), diagnostics),
              "+++\ntitle = \"T\"\ndate = 2023-11-05\ndraft = false\nweight = 3\nratio = 0.5\n+++\n");
}

TEST(FrontMatterCopy, WriteArticleFileCopiesAndNotesWhereItCannot) {
    const SourceText source("a.md", "---\ntitle: \"T\" # kept\nbase: &b x\n---\n");
    Diagnostics diagnostics;
    ReadOptions read;
    read.formats = &builtin_formats();
    std::optional<Article> article = read_article(source, read, diagnostics);
    ASSERT_TRUE(article);
    const WrittenFrontMatter written =
        written_front_matter(source, article->source.body_offset, article->source.syntax);
    ArticleFileOptions options;
    options.target = FrontMatterTarget::style_b_yaml;
    options.body_format = "markdown";
    options.written_front_matter = &written;
    Diagnostics writing;
    const std::string out = write_article_file(*article, options, builtin_formats(), writing);
    EXPECT_EQ(out.find("# kept"), std::string::npos);
    ASSERT_EQ(writing.items().size(), 1u);
    EXPECT_EQ(format_diagnostic(writing.items()[0]),
              "a.md:1: note: the front matter is written anew, not copied as written: it uses "
              "anchors, aliases, tags or complex keys [output.front-matter.written]\n");
}

// The copy means what the writer's text means: both read back by the target give one `Meta`.
TEST(FrontMatterCopy, ReadsBackAsTheWritersOutputDoes) {
    const std::vector<std::pair<std::string, std::string>> files{
        {"_posts/2013-05-06-a.md",
         "---\ntitle: \"A\"  # t\nexcerpt: 'Short'\ncategory: notes\ntags: [x, y]\n"
         "last_modified_at: 2014-01-02T03:04:05Z\npublished: false\nlayout: post\n---\nBody.\n"},
        {"posts/b.md", "---\ntitle: B\ndate: 2020-01-02 03:04:05 +0100\nweight: 3\n---\n"},
    };
    for (const auto& [path, file] : files) {
        const SourceText source(path, file);
        Diagnostics diagnostics;
        ReadOptions read;
        read.formats = &builtin_formats();
        read.engine = find_engine_profile("jekyll");
        std::optional<Article> article = read_article(source, read, diagnostics);
        ASSERT_TRUE(article);
        const StyledFrontMatter styled =
            front_matter_for_style(article->meta, FrontMatterTarget::style_b_yaml);
        const FrontMatterFormat* format =
            find_front_matter_format(builtin_formats(), FrontMatterSyntax::yaml);
        std::string why;
        const std::optional<std::string> copied = copied_front_matter(
            written_front_matter(source, article->source.body_offset, article->source.syntax),
            styled.entries, *format, {}, article->source, diagnostics, why);
        ASSERT_TRUE(copied) << why;
        const std::string writer = format->write(styled.entries, {}, article->source, diagnostics);
        EXPECT_NE(*copied, writer) << path;
        ReadOptions back;
        back.formats = &builtin_formats();
        back.engine = find_engine_profile("hugo");
        const auto a = read_article(SourceText("x.md", *copied), back, diagnostics);
        const auto b = read_article(SourceText("x.md", writer), back, diagnostics);
        ASSERT_TRUE(a && b);
        EXPECT_EQ(a->meta, b->meta) << *copied << "\n" << writer;
    }
}

}  // namespace
}  // namespace folio
