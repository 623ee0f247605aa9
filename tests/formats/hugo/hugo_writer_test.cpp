#include <gtest/gtest.h>

#include <map>

#include "src/images/bundle_images.hpp"
#include "src/images/image_location.hpp"
#include "formats/hugo/hugo_writer.hpp"
#include "formats/markdown/markdown_reader.hpp"
#include "formats/registry.hpp"
#include "src/pipeline/permalink.hpp"
#include "src/pipeline/read_article.hpp"
#include "src/source/written_body.hpp"

namespace folio {
namespace {

/// Image bytes from memory, so the writer is tested without a disk.
class MemoryResources final : public ResourceReader {
public:
    std::map<std::string, std::string> files;
    std::optional<std::string> read(const std::string& path) const override {
        const auto found = files.find(path);
        if (found == files.end()) return std::nullopt;
        return found->second;
    }
};

// The job's rules (lint's resolver), with `static_dir` for site-absolute paths.
HugoOptions with_images(std::string static_dir = {}) {
    HugoOptions options;
    options.locate_image = make_image_locator(std::move(static_dir));
    return options;
}

std::vector<OutputFile> write_page(Article article, const HugoOptions& options,
                                   const ResourceReader& resources, Diagnostics& diagnostics) {
    return write_hugo_page(std::move(article), options, resources, builtin_formats(),
                           diagnostics);
}

Inlines text(std::string s) {
    return {Inline{Text{std::move(s)}}};
}

Article sample() {
    Article a;
    a.meta.title = "Why It's Late";
    a.meta.date = parse_date("2025-12-21");
    a.meta.categories = {"Engineering"};
    a.meta.summary = "Every feature takes longer.";
    a.slug = "why-its-late";
    a.source.path = "posts/why.md";
    a.body.push_back(Block{Heading{1, text("Why It's Late"), false}, {}});
    a.body.push_back(Block{Paragraph{text("Body.")}, {}});
    return a;
}

// A paragraph whose emphasis md4c reads back nested otherwise however it is written (one
// made from a `*` in a link destination): the page says where, as file:line:col.
TEST(HugoWriter, WarnsWhereTheBodyReadsBackWithEmphasisNestedOtherwise) {
    Article a = sample();
    const SourceText source("posts/why.md", "Fine *text*.\n\n**[](*>*)*>*\n");
    Diagnostics read_diagnostics;
    Body body = read_markdown_body(source, 0, source.text().size(), read_diagnostics);
    a.body = std::move(body.blocks);
    Diagnostics diagnostics;
    write_page(a, HugoOptions{}, MemoryResources{}, diagnostics);
    ASSERT_EQ(diagnostics.items().size(), 1u);
    const Diagnostic& d = diagnostics.items().front();
    EXPECT_EQ(d.code, "markdown.emphasis.nesting");
    EXPECT_EQ(d.severity, Severity::warning);
    EXPECT_EQ(d.path, "posts/why.md");
    EXPECT_EQ(d.line, 3u);
    EXPECT_GT(d.column, 0u);
}

TEST(HugoWriter, WritesABundleWithTomlFrontMatterAndNoRepeatedTitle) {
    Diagnostics diagnostics;
    const auto files = write_page(sample(), HugoOptions{}, MemoryResources{}, diagnostics);
    ASSERT_EQ(files.size(), 1u);
    EXPECT_EQ(files[0].path, "posts/why-its-late/index.md");
    EXPECT_EQ(files[0].bytes,
              "+++\n"
              "title = \"Why It's Late\"\n"
              "date = 2025-12-21\n"
              "draft = false\n"
              "categories = [\"Engineering\"]\n"
              "summary = \"Every feature takes longer.\"\n"
              "+++\n"
              "\n"
              "Body.\n");
    EXPECT_TRUE(diagnostics.items().empty());
}

TEST(HugoWriter, WritesFlatFilesAndAliasesFromTheOldPermalink) {
    HugoOptions options;
    options.bundles = false;
    options.section = "blog";
    options.old_url = [](const Article& a) { return expand_permalink("/:year/:slug/", a, "blog"); };
    Diagnostics diagnostics;
    const auto files = write_page(sample(), options, MemoryResources{}, diagnostics);
    ASSERT_EQ(files.size(), 1u);
    EXPECT_EQ(files[0].path, "blog/why-its-late.md");
    EXPECT_NE(files[0].bytes.find("aliases = [\"/2025/why-its-late/\"]\n"), std::string::npos);
}

TEST(HugoWriter, CopiesLocalImagesIntoTheBundleUnderSafeNames) {
    Article a = sample();
    a.meta.cover = Cover{"/blog/images/Why It's Late.png", "", "", {}};
    a.body.push_back(Block{Paragraph{{Inline{Image{"img/Diagram 1.PNG", "", text("d"), {}, {}, {}}}}}, {}});
    MemoryResources resources;
    resources.files["static/blog/images/Why It's Late.png"] = "PNG1";
    resources.files["posts/img/Diagram 1.PNG"] = "PNG2";
    const HugoOptions options = with_images("static");
    Diagnostics diagnostics;
    const auto files = write_page(a, options, resources, diagnostics);
    ASSERT_EQ(files.size(), 3u);
    EXPECT_EQ(files[1].path, "posts/why-its-late/why-its-late.png");
    EXPECT_EQ(files[1].bytes, "PNG1");
    EXPECT_EQ(files[2].path, "posts/why-its-late/diagram-1.png");
    EXPECT_NE(files[0].bytes.find("[cover]\nimage = \"why-its-late.png\"\n"), std::string::npos);
    EXPECT_NE(files[0].bytes.find("![d](diagram-1.png)"), std::string::npos);
    EXPECT_TRUE(diagnostics.items().empty());
}

TEST(HugoWriter, WarnsAboutAMissingImageAndLeavesItsReference) {
    Article a = sample();
    a.body.push_back(
        Block{Paragraph{{Inline{Image{"gone.png", "", text("x"), SourcePos{9, 3}, {}, {}}}}}, {}});
    Diagnostics diagnostics;
    const auto files = write_page(a, with_images(), MemoryResources{}, diagnostics);
    ASSERT_EQ(files.size(), 1u);
    EXPECT_NE(files[0].bytes.find("![x](gone.png)"), std::string::npos);
    ASSERT_EQ(diagnostics.items().size(), 1u);
    EXPECT_EQ(format_diagnostic(diagnostics.items()[0]),
              "posts/why.md:9:3: warning: image 'gone.png' does not exist (looked for "
              "posts/gone.png); the reference is left as it was [hugo.image.missing]\n");
}

// The body as written, read by the real reader so that offsets are the job's.
TEST(HugoWriter, CopiesTheBodyAsWrittenEditingOnlyTheMovedImageAndTheTitleHeading) {
    const SourceText source(
        "posts/why.md",
        "---\ntitle: Why\n---\n\n# Why\n\nHi\\! _x_ ![d](<img/Diagram 1.PNG>) ![r][r]\n\n"
        "[r]: https://example.org/r.png\n");
    Diagnostics diagnostics;
    ReadOptions read;
    read.formats = &builtin_formats();
    std::optional<Article> article = read_article(source, read, diagnostics);
    ASSERT_TRUE(article);
    article->slug = "why";
    const WrittenBody written = written_body(source, article->source.body_offset);
    MemoryResources resources;
    resources.files["posts/img/Diagram 1.PNG"] = "PNG";
    const auto files = write_hugo_page(std::move(*article), with_images(), resources,
                                       builtin_formats(), diagnostics, &written);
    ASSERT_EQ(files.size(), 2u);
    EXPECT_EQ(files[0].bytes,
              "+++\ntitle = \"Why\"\ndraft = false\n+++\n\n"
              "Hi\\! _x_ ![d](<diagram-1.png>) ![r][r]\n\n[r]: https://example.org/r.png\n");
}

TEST(HugoWriter, TranslatesAJekyllBodysLiquidInPlaceBesideAMovedImage) {
    const SourceText source(
        "_posts/2020-01-02-why.md",
        "---\ntitle: Why\n---\n\nSee [it]({% post_url 2019-05-06-it %}) ![d](img/a.png)\n\n"
        "{% highlight sh %}\nls\n{% endhighlight %}\n{% include toc.html %}\n");
    Diagnostics diagnostics;
    ReadOptions read;
    read.formats = &builtin_formats();
    read.engine = find_engine_profile("jekyll");
    std::optional<Article> article = read_article(source, read, diagnostics);
    ASSERT_TRUE(article);
    article->slug = "why";
    const WrittenBody written = written_body(source, article->source.body_offset);
    MemoryResources resources;
    resources.files["_posts/img/a.png"] = "PNG";
    HugoOptions options = with_images();
    options.source_engine = read.engine;
    options.article_reference = [](std::string_view name) {
        return name == "2019-05-06-it" ? std::string("/posts/it") : std::string();
    };
    Diagnostics writing;
    const auto files = write_hugo_page(std::move(*article), options, resources,
                                       builtin_formats(), writing, &written);
    ASSERT_EQ(files.size(), 2u);
    EXPECT_EQ(files[0].bytes,
              "+++\ntitle = \"Why\"\ndate = 2020-01-02\ndraft = false\n+++\n\n"
              "See [it]({{< ref \"/posts/it\" >}}) ![d](a.png)\n\n"
              "{{< highlight sh >}}\nls\n{{< /highlight >}}\n{% include toc.html %}\n");
    ASSERT_EQ(writing.items().size(), 1u);
    EXPECT_EQ(format_diagnostic(writing.items()[0]),
              "_posts/2020-01-02-why.md:10:1: warning: Liquid tag `include` has no Hugo "
              "equivalent; it is left as written, and Hugo shows it as text "
              "[migrate.syntax.untranslated]\n    {% include toc.html %}\n    ^\n");
}

TEST(HugoWriter, TranslatesLiquidInABodyWrittenFromTheAstToo) {
    const SourceText source("_posts/2020-01-02-why.md",
                            "---\ntitle: Why\n---\n\nSee {{ site.baseurl }}/x and {% include a.html %}\n");
    Diagnostics diagnostics;
    ReadOptions read;
    read.formats = &builtin_formats();
    read.engine = find_engine_profile("jekyll");
    std::optional<Article> article = read_article(source, read, diagnostics);
    ASSERT_TRUE(article);
    article->slug = "why";
    HugoOptions options;
    options.source_engine = read.engine;
    Diagnostics writing;
    const auto files = write_hugo_page(std::move(*article), options, MemoryResources{},
                                       builtin_formats(), writing);
    ASSERT_EQ(files.size(), 1u);
    EXPECT_EQ(files[0].bytes,
              "+++\ntitle = \"Why\"\ndate = 2020-01-02\ndraft = false\n+++\n\n"
              "See /x and {% include a.html %}\n");
    ASSERT_EQ(writing.items().size(), 1u);
    EXPECT_EQ(writing.items()[0].code, "migrate.syntax.untranslated");
}

TEST(HugoWriter, WritesTheBodyFromTheAstWithANoteWhereAMovedDestinationHasAnEscape) {
    const SourceText source("posts/why.md", "---\ntitle: Why\n---\n\nHi\\! ![d](img/a\\_b.png)\n");
    Diagnostics diagnostics;
    ReadOptions read;
    read.formats = &builtin_formats();
    std::optional<Article> article = read_article(source, read, diagnostics);
    ASSERT_TRUE(article);
    article->slug = "why";
    const WrittenBody written = written_body(source, article->source.body_offset);
    MemoryResources resources;
    resources.files["posts/img/a_b.png"] = "PNG";
    const auto files = write_hugo_page(std::move(*article), with_images(), resources,
                                       builtin_formats(), diagnostics, &written);
    ASSERT_EQ(files.size(), 2u);
    EXPECT_EQ(files[0].bytes, "+++\ntitle = \"Why\"\ndraft = false\n+++\n\nHi! ![d](a-b.png)\n");
    ASSERT_EQ(diagnostics.items().size(), 1u);
    EXPECT_EQ(format_diagnostic(diagnostics.items()[0]),
              "posts/why.md:4: note: the body is written from its AST, not copied as written: "
              "the destination 'img/a_b.png' is not written as it is [output.body.written]\n");
}

TEST(HugoWriter, DropsNullValuesWithAWarningNamingTheKey) {
    Article a = sample();
    a.meta.extra.emplace_back("note", Value{Null{}});
    Diagnostics diagnostics;
    const auto files = write_page(a, HugoOptions{}, MemoryResources{}, diagnostics);
    EXPECT_EQ(files[0].bytes.find("note"), std::string::npos);
    ASSERT_EQ(diagnostics.items().size(), 1u);
    EXPECT_EQ(format_diagnostic(diagnostics.items()[0]),
              "posts/why.md: warning: 'note' is null, which TOML cannot hold; left out "
              "[hugo.toml.null]\n");
}

TEST(BundleImages, MakesFileNamesUrlSafe) {
    EXPECT_EQ(safe_image_name("/a/b/Why It's Late.PNG"), "why-its-late.png");
    EXPECT_EQ(safe_image_name("x/---.jpg"), "image.jpg");
    EXPECT_EQ(safe_image_name("Café Ünïcode.jpeg"), "cafe-unicode.jpeg");
}

}  // namespace
}  // namespace folio
