#include "src/urls/site_config_read.hpp"

#include <gtest/gtest.h>

#include "tests/support/temp_dir.hpp"

namespace folio {
namespace {

using testing::TempDir;

TEST(SiteConfigRead, HugoTomlPermalinksBaseUrlAndUglyUrls) {
    TempDir site;
    site.write("hugo.toml",
               "baseURL = 'https://example.org/blog/'\n"
               "uglyURLs = true\n"
               "[permalinks]\n  posts = '/:year/:month/:slug/'\n  tutorials = '/training/:slug/'\n");
    const Result<SiteConfig> config = read_site_config(site.path().string(), "hugo");
    ASSERT_TRUE(config.ok());
    EXPECT_EQ(config->base_url, "https://example.org/blog/");
    EXPECT_TRUE(config->ugly_urls);
    EXPECT_EQ(config->permalinks.at("posts"), "/:year/:month/:slug/");
    EXPECT_EQ(config->permalinks.at("tutorials"), "/training/:slug/");
}

TEST(SiteConfigRead, HugoPageKindTableWinsOverTheFlatOne) {
    TempDir site;
    site.write("hugo.yaml",
               "baseurl: https://example.org/\n"
               "contentDir: src\n"
               "permalinks:\n  posts: /old/:slug/\n  page:\n    posts: /articles/:year/:slug/\n"
               "  section:\n    posts: /articles/\n");
    const Result<SiteConfig> config = read_site_config(site.path().string(), "hugo");
    ASSERT_TRUE(config.ok());
    EXPECT_EQ(config->permalinks.at("posts"), "/articles/:year/:slug/");
    EXPECT_EQ(config->content_dir, "src");
}

TEST(SiteConfigRead, HugoConfigDefaultFolderIsMergedOverTheRootFile) {
    TempDir site;
    site.write("config.toml", "baseURL = 'https://a.example/'\n");
    site.write("config/_default/hugo.toml", "baseURL = 'https://b.example/x/'\n");
    site.write("config/_default/permalinks.yaml", "posts: /:slug/\n");
    const Result<SiteConfig> config = read_site_config(site.path().string(), "hugo");
    ASSERT_TRUE(config.ok());
    EXPECT_EQ(config->base_url, "https://b.example/x/");
    EXPECT_EQ(config->permalinks.at("posts"), "/:slug/");
}

TEST(SiteConfigRead, HugoLanguages) {
    TempDir site;
    site.write("hugo.toml", "defaultContentLanguage = 'NL'\ndefaultContentLanguageInSubdir = true\n"
                            "[languages.nl]\nweight = 1\n[languages.fa]\nweight = 2\n");
    site.write("config/_default/languages.yaml", "de:\n  weight: 3\n");
    const Result<SiteConfig> config = read_site_config(site.path().string(), "hugo");
    ASSERT_TRUE(config.ok());
    EXPECT_EQ(config->languages, (std::set<std::string, std::less<>>{"de", "fa", "nl"}));
    EXPECT_EQ(config->default_language, "nl");
    EXPECT_TRUE(config->default_language_in_subdir);
}

TEST(SiteConfigRead, HugoJson) {
    TempDir site;
    site.write("hugo.json", R"({"baseURL": "https://example.org/", "permalinks": {"posts": "/p/:slug/"}})");
    const Result<SiteConfig> config = read_site_config(site.path().string(), "hugo");
    ASSERT_TRUE(config.ok());
    EXPECT_EQ(config->permalinks.at("posts"), "/p/:slug/");
}

TEST(SiteConfigRead, JekyllUrlBaseurlAndPermalink) {
    TempDir site;
    site.write("_config.yml",
               "title: A blog\nurl: \"https://example.github.io\"\nbaseurl: \"/project\"\n"
               "permalink: pretty\n");
    const Result<SiteConfig> config = read_site_config(site.path().string(), "jekyll");
    ASSERT_TRUE(config.ok());
    EXPECT_EQ(config->base_url, "https://example.github.io/project/");
    EXPECT_EQ(config->permalink, "pretty");
}

TEST(SiteConfigRead, JekyllChirpyPermalinkDefaultTitleLanguageAndCollections) {
    TempDir site;
    site.write("_config.yml",
               "lang: ko-KR\ntitle: 연구 노트\nurl: https://notes.example.com\nbaseurl: /blog\n"
               "permalink: /:year/:title/\n"
               "collections:\n  tabs:\n    output: true\n  recipes:\n    output: true\n"
               "defaults:\n"
               "  - scope:\n      path: _drafts\n    values:\n      permalink: /drafts/:title/\n"
               "  - scope:\n      path: \"\"\n      type: posts\n"
               "    values:\n      layout: post\n      permalink: /posts/:title/\n"
               "  - scope:\n      type: tabs\n    values:\n      permalink: /:title/\n");
    const Result<SiteConfig> config = read_site_config(site.path().string(), "jekyll");
    ASSERT_TRUE(config.ok()) << format_diagnostic(config.error());
    EXPECT_EQ(config->base_url, "https://notes.example.com/blog/");
    EXPECT_EQ(config->permalink, "/posts/:title/");  // the posts' default wins
    EXPECT_EQ(config->title, "연구 노트");
    EXPECT_EQ(config->language, "ko-KR");
    EXPECT_EQ(config->collections, (std::vector<std::string>{"tabs", "recipes"}));
}

TEST(SiteConfigRead, HugoTitleAndLanguageCode) {
    TempDir site;
    site.write("hugo.toml", "title = 'Notes'\nlanguageCode = 'fa-IR'\n");
    const Result<SiteConfig> config = read_site_config(site.path().string(), "hugo");
    ASSERT_TRUE(config.ok());
    EXPECT_EQ(config->title, "Notes");
    EXPECT_EQ(config->language, "fa-IR");
}

TEST(SiteConfigRead, EleventyInputFolderAsTheStartersWriteIt) {
    TempDir site;
    site.write("eleventy.config.js",
               "export const config = {\n  dir: {\n    input: \"content\",\n    output: \"_site\"\n  }\n};\n");
    const Result<SiteConfig> config = read_site_config(site.path().string(), "eleventy");
    ASSERT_TRUE(config.ok());
    EXPECT_EQ(config->content_dir, "content");
    TempDir bare;
    EXPECT_EQ(read_site_config(bare.path().string(), "eleventy")->content_dir, ".");
}

TEST(SiteConfigRead, NoFileGivesTheDefaults) {
    TempDir site;
    const Result<SiteConfig> config = read_site_config(site.path().string(), "jekyll");
    ASSERT_TRUE(config.ok());
    EXPECT_EQ(config->config_file, "");
    EXPECT_EQ(config->permalink, "");
}

TEST(SiteConfigRead, SyntaxErrorIsAnErrorAtItsPlace) {
    TempDir site;
    const std::string path = site.write("hugo.toml", "baseURL = 'https://x/'\n[permalinks\n");
    const Result<SiteConfig> config = read_site_config(site.path().string(), "hugo");
    ASSERT_FALSE(config.ok());
    EXPECT_EQ(config.error().code, "urls.config.syntax");
    EXPECT_EQ(config.error().path, path);
    EXPECT_EQ(config.error().line, 2u);
}

}  // namespace
}  // namespace folio
