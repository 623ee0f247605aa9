// What a file's name and place say under each engine's conventions, read by read_article and
// for_each_article.

#include <gtest/gtest.h>

#include "formats/registry.hpp"
#include "src/pipeline/detect_engine.hpp"
#include "src/pipeline/load_articles.hpp"
#include "src/pipeline/read_article.hpp"
#include "tests/support/temp_dir.hpp"

namespace folio {
namespace {

using testing::TempDir;

std::optional<Article> read(std::string_view path, std::string_view text, Diagnostics& diagnostics,
                            std::string_view engine = "") {
    ReadOptions options = builtin_load_options().read;
    if (!engine.empty()) options.engine = find_engine_profile(engine);
    const SourceText source{std::string(path), text};
    return read_article(source, options, diagnostics);
}

std::string printed(const Diagnostics& diagnostics) {
    std::string out;
    for (const Diagnostic& d : diagnostics.items()) out += format_diagnostic(d);
    return out;
}

std::vector<Article> load(const std::vector<std::string>& paths, Diagnostics& diagnostics) {
    LoadedArticles loaded = load_articles(paths, builtin_load_options());
    diagnostics.append(loaded.diagnostics);
    return std::move(loaded.articles);
}

TEST(EngineConventions, JekyllsFileNameGivesTheDateAndTheSlug) {
    Diagnostics diagnostics;
    std::vector<Article> articles;
    articles.push_back(*read("_posts/2013-05-06-title.md", "---\ntitle: T\n---\nx\n", diagnostics));
    assign_slugs(articles, diagnostics);
    ASSERT_TRUE(articles[0].meta.date);
    EXPECT_EQ(format_rfc3339(*articles[0].meta.date), "2013-05-06");
    EXPECT_EQ(articles[0].slug, "title");
    EXPECT_EQ(printed(diagnostics), "");
}

TEST(EngineConventions, AFrontMatterDateWinsOverJekyllsFileName) {
    Diagnostics diagnostics;
    const auto article = read("posts/2013-05-06-title.md", "---\ndate: 2014-01-01\n---\nx\n",
                              diagnostics, "jekyll");
    ASSERT_TRUE(article && article->meta.date);
    EXPECT_EQ(format_rfc3339(*article->meta.date), "2014-01-01");
    EXPECT_EQ(article->source.file_slug, "title");
}

TEST(EngineConventions, HugoReadsADatedFileNameAsItIsOutsideAPostsFolder) {
    Diagnostics diagnostics;
    const auto article = read("content/2013-05-06-title.md", "---\ntitle: T\n---\nx\n", diagnostics);
    ASSERT_TRUE(article);
    EXPECT_FALSE(article->meta.date);
    EXPECT_EQ(article_name(article->source), "2013-05-06-title");
}

TEST(EngineConventions, JekyllsDraftsFolderHoldsDrafts) {
    Diagnostics diagnostics;
    const auto article = read("site/_drafts/idea.md", "---\ntitle: T\n---\nx\n", diagnostics, "jekyll");
    ASSERT_TRUE(article);
    EXPECT_TRUE(article->meta.draft);
}

TEST(EngineConventions, HugoSectionPagesAreNotArticles) {
    Diagnostics diagnostics;
    EXPECT_FALSE(read("content/posts/_index.md", "---\ntitle: Posts\n---\n", diagnostics));
    EXPECT_EQ(printed(diagnostics),
              "content/posts/_index.md: note: a section's list page, not an article (hugo builds "
              "it from the articles in its folder): skipped [input.not-an-article]\n");
    EXPECT_FALSE(diagnostics.has_errors());
}

TEST(EngineConventions, HugoHeadlessBundlesAreNotArticles) {
    for (const char* front_matter :
         {"headless: true\n", "headless: \"true\"\n", "headless: yes\n", "headless: \"1\"\n",
          "build:\n  render: never\n", "_build:\n  render: false\n"}) {
        Diagnostics diagnostics;
        EXPECT_FALSE(read("content/shared/index.md",
                          std::string("---\n") + front_matter + "---\nx\n", diagnostics))
            << front_matter;
        ASSERT_EQ(diagnostics.items().size(), 1u) << front_matter;
        EXPECT_EQ(diagnostics.items()[0].code, "input.not-an-article");
    }
    Diagnostics diagnostics;
    EXPECT_TRUE(read("content/shared/index.md", "---\nbuild:\n  render: always\n---\nx\n",
                     diagnostics));
    for (const char* front_matter : {"headless: false\n", "headless: \"false\"\n", "headless: no\n"}) {
        Diagnostics kept;
        EXPECT_TRUE(read("content/shared/index.md", std::string("---\n") + front_matter + "---\nx\n",
                         kept))
            << front_matter;
    }
}

TEST(EngineConventions, AnotherEnginesIndexPageIsAnArticle) {
    Diagnostics diagnostics;
    EXPECT_TRUE(read("src/content/blog/_index.md", "---\ntitle: T\n---\nx\n", diagnostics, "astro"));
}

TEST(EngineConventions, ADuplicatedKeyWarnsAndTheLastValueWins) {
    Diagnostics diagnostics;
    const auto article = read("a.md", "---\ntitle: One\ntitle: Two\n---\nx\n", diagnostics);
    ASSERT_TRUE(article);
    EXPECT_EQ(article->meta.title, "Two");
    EXPECT_EQ(printed(diagnostics),
              "a.md:3:1: warning: duplicate key 'title': the last value is used, as Hugo does "
              "[front-matter.duplicate-key]\n"
              "    title: Two\n"
              "    ^\n");
}

TEST(EngineConventions, MdxImportsAndExportsAreKeptButAreNotBodyText) {
    Diagnostics diagnostics;
    const auto article = read("post.mdx",
                              "---\ntitle: T\n---\n"
                              "import Chart from '../components/Chart'\n"
                              "export const meta = {\n  tag: 'x'\n}\n"
                              "\n"
                              "Text.\n",
                              diagnostics, "nextjs");
    ASSERT_TRUE(article);
    ASSERT_EQ(article->body.size(), 1u);
    EXPECT_EQ(article->body[0].at.line, 9u);
    ASSERT_EQ(article->meta.extra.size(), 1u);
    EXPECT_EQ(article->meta.extra[0].first, "mdx_esm");
    EXPECT_EQ(article->meta.extra[0].second,
              (Value{ValueList{Value{std::string("import Chart from '../components/Chart'\n"
                                                 "export const meta = {\n  tag: 'x'\n}\n")}}}));
    EXPECT_EQ(printed(diagnostics), "");
}

TEST(EngineConventions, MdxFilesAreFoundInFolders) {
    const TempDir dir;
    dir.write("blog/a.mdx", "# A\n");
    dir.write("blog/b.md", "# B\n");
    Diagnostics diagnostics;
    const std::vector<std::string> found = collect_inputs({(dir.path() / "blog").string()}, diagnostics);
    ASSERT_EQ(found.size(), 2u);
    EXPECT_TRUE(found[0].ends_with("a.mdx"));
}

TEST(EngineConventions, ATranslationByFileNameHasItsLanguageAndItsOriginalsName) {
    const TempDir dir;
    const std::string original = dir.write("posts/post.md", "---\ntitle: Post\n---\nx\n");
    const std::string persian = dir.write("posts/post.fa.md", "---\ntitle: پست\n---\nx\n");
    const std::string alone = dir.write("posts/solo.nl.md", "---\ntitle: Solo\n---\nx\n");
    Diagnostics diagnostics;
    const std::vector<Article> articles = load({persian, original, alone}, diagnostics);
    ASSERT_EQ(articles.size(), 3u);
    EXPECT_EQ(articles[0].meta.language, "fa");
    EXPECT_EQ(articles[0].slug, "post-fa");
    EXPECT_EQ(articles[1].meta.language, "");
    EXPECT_EQ(articles[1].slug, "post");
    EXPECT_EQ(articles[2].meta.language, "nl");
    EXPECT_EQ(articles[2].slug, "solo");
    EXPECT_EQ(printed(diagnostics), "");
}

TEST(EngineConventions, AFrontMatterLanguageWinsOverTheFileName) {
    Diagnostics diagnostics;
    const auto article = read("post.fa.md", "---\nlanguage: en\n---\nx\n", diagnostics);
    ASSERT_TRUE(article);
    EXPECT_EQ(article->meta.language, "en");
    EXPECT_EQ(article->source.file_language, "fa");
}

TEST(DetectEngine, FindsEachEngineFromItsConfigurationUpTheTree) {
    const struct {
        const char* file;
        const char* content;
        const char* posts;
        const char* engine;
    } cases[] = {
        {"hugo.toml", "", "content/posts", "hugo"},
        {"config.toml", "baseURL = 'https://x.org/'\n", "content/posts/bundle", "hugo"},
        {"_config.yml", "title: x\n", "_posts", "jekyll"},
        {"astro.config.mjs", "", "src/content/blog", "astro"},
        {".eleventy.js", "", "content/blog", "eleventy"},
        {"package.json", "{\"dependencies\": {\"next\": \"14\"}}", "_posts", "nextjs"},
        {"package.json", "{\"dependencies\": {\"gatsby\": \"5\"}}", "content/blog/x", "gatsby"},
    };
    for (const auto& c : cases) {
        const TempDir dir;
        dir.write(c.file, c.content);
        const std::string post = dir.write(std::string(c.posts) + "/a.md", "x\n");
        const EngineProfile* engine =
            detect_engine((dir.path() / c.posts).string());
        ASSERT_NE(engine, nullptr) << c.file;
        EXPECT_EQ(engine->name, c.engine) << c.file;
    }
}

TEST(DetectEngine, AConfigTomlWithoutHugoKeysIsNotHugos) {
    const TempDir dir;
    dir.write("config.toml", "[tool]\nname = 'x'\n");
    dir.write("posts/a.md", "x\n");
    EXPECT_EQ(detect_engine((dir.path() / "posts").string()), nullptr);
}

// The detector answers from the path as written first: files of one folder, however it is
// spelt, and of two sites side by side each get their own site's engine.
TEST(EngineDetector, AnswersPerFolderHoweverThePathIsWritten) {
    const TempDir dir;
    dir.write("hugo-site/hugo.toml", "baseURL = 'https://x/'\n");
    dir.write("jekyll-site/_config.yml", "title: x\n");
    const std::string hugo_post = dir.write("hugo-site/content/posts/a.md", "x\n");
    const std::string jekyll_post = dir.write("jekyll-site/_posts/2020-01-02-a.md", "x\n");
    const std::string plain_post = dir.write("plain/a.md", "x\n");
    EngineDetector detector;
    for (int round = 0; round < 2; ++round) {
        ASSERT_NE(detector.engine_for(hugo_post), nullptr);
        EXPECT_EQ(detector.engine_for(hugo_post)->name, "hugo");
        EXPECT_EQ(detector.engine_for((dir.path() / "hugo-site/content/posts/b.md").string())->name,
                  "hugo");
        EXPECT_EQ(detector.engine_for((dir.path() / "hugo-site/content/posts/./c.md").string())->name,
                  "hugo");
        ASSERT_NE(detector.engine_for(jekyll_post), nullptr);
        EXPECT_EQ(detector.engine_for(jekyll_post)->name, "jekyll");
        EXPECT_EQ(detector.engine_for(plain_post), nullptr);
        EXPECT_EQ(detector.engine_for("-"), nullptr);
    }
}

TEST(DetectSite, NamesTheFolderWhoseConfigurationNamedTheEngine) {
    const TempDir dir;
    dir.write("site/hugo.toml", "baseURL = 'https://x/'\n");
    dir.write("site/content/posts/a.md", "x\n");
    const DetectedSite site = detect_site((dir.path() / "site/content/posts").string());
    ASSERT_NE(site.engine, nullptr);
    EXPECT_EQ(site.engine->name, "hugo");
    EXPECT_EQ(std::filesystem::path(site.folder), std::filesystem::absolute(dir.path() / "site"));
    const DetectedSite none = detect_site((dir.path()).string());
    EXPECT_EQ(none.engine, nullptr);
    EXPECT_EQ(none.folder, "");
}

TEST(DetectEngine, ReadsAJekyllSiteByItsConventionsWithoutBeingTold) {
    const TempDir dir;
    dir.write("_config.yml", "title: x\n");
    const std::string post =
        dir.write("posts/2020-02-03-hello.md", "---\ntitle: Hi\npublished: false\n---\nx\n");
    Diagnostics diagnostics;
    const std::vector<Article> articles = load({post}, diagnostics);
    ASSERT_EQ(articles.size(), 1u);
    ASSERT_TRUE(articles[0].meta.date);
    EXPECT_EQ(format_rfc3339(*articles[0].meta.date), "2020-02-03");
    EXPECT_EQ(articles[0].slug, "hello");
    EXPECT_TRUE(articles[0].meta.draft);
}

}  // namespace
}  // namespace folio
