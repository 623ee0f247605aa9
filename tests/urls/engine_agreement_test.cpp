// folio's URL rules against the real engines: a small site per case is built with Debian's
// Hugo and Jekyll (skipped where they are not installed), every page prints its own URL and
// file, and folio must give each file the URL its engine gave it. The articles are read as
// `migrate` reads them (read_article with the engine's profile), config and all.

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "formats/registry.hpp"
#include "src/pipeline/read_article.hpp"
#include "src/urls/url_rules.hpp"
#include "tests/support/temp_dir.hpp"

namespace folio {
namespace {

namespace fs = std::filesystem;
using testing::TempDir;

bool installed(const char* program) { return fs::exists(fs::path("/usr/bin") / program); }

std::string read_text(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// Every page the engine wrote under `output` that printed `URL|FILE`: file → URL.
std::map<std::string, std::string> urls_built(const fs::path& output) {
    std::map<std::string, std::string> by_file;
    for (const auto& entry : fs::recursive_directory_iterator(output)) {
        if (entry.path().extension() != ".html") continue;
        std::string text = read_text(entry.path());
        while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
        const auto bar = text.find('|');
        if (text.starts_with("URL ") && bar != std::string::npos) {
            by_file[text.substr(bar + 1)] = text.substr(4, bar - 4);
        }
    }
    return by_file;
}

// folio's URL of every file the engine built, by the same file key.
std::map<std::string, std::string> urls_by_folio(const TempDir& site, std::string_view engine,
                                                 const fs::path& content,
                                                 const std::map<std::string, std::string>& built) {
    const Result<SiteConfig> config = read_site_config(site.path().string(), engine);
    EXPECT_TRUE(config.ok());
    const EngineProfile& profile = *find_engine_profile(engine);
    const UrlRules rules = source_url_rules(profile, *config);
    ReadOptions options = builtin_load_options().read;
    options.engine = &profile;
    std::map<std::string, std::string> by_file;
    for (const auto& [file, url] : built) {
        const fs::path path = content / file;
        const SourceText source{path.string(), read_text(path)};
        Diagnostics diagnostics;
        const std::optional<Article> article = read_article(source, options, diagnostics);
        if (article) by_file[file] = rules.url_of(*article);
    }
    return by_file;
}

void write_page(const TempDir& site, std::string_view path, std::string_view front_matter) {
    site.write(path, "---\n" + std::string(front_matter) + "---\nText.\n");
}

TEST(EngineAgreement, HugoPermalinksSlugsUrlsAndSectionsAsHugoBuildsThem) {
    if (!installed("hugo")) GTEST_SKIP() << "needs /usr/bin/hugo (Debian's hugo)";
    TempDir site;
    site.write("hugo.toml",
               "baseURL = 'https://example.org/blog/'\n"
               "disableKinds = ['taxonomy', 'term', 'RSS', 'sitemap', 'robotsTXT', '404']\n"
               "[permalinks]\n  posts = '/:year/:month/:slug/'\n  notes = '/n/:filename'\n"
               "  days = '/:monthname/:weekdayname-:yearday/:title/'\n");
    site.write("layouts/_default/single.html", "URL {{ .RelPermalink }}|{{ .File.Path }}\n");
    site.write("layouts/_default/list.html", "list\n");
    write_page(site, "content/posts/first.md", "title: \"Wat is AI & Technologie?\"\ndate: 2023-03-02\n");
    write_page(site, "content/posts/second.md", "title: Second\ndate: 2023-03-02\nslug: Mon Slug\n");
    write_page(site, "content/posts/bundle-post/index.md", "title: Café Crème\ndate: 2023-04-05\n");
    write_page(site, "content/posts/2020/nested.md", "title: Nested\ndate: 2020-12-31\n");
    // Hugo keeps a date's own offset (unlike Jekyll, which moves it to the site's zone).
    write_page(site, "content/posts/late.md", "title: Late\ndate: 2016-12-31T22:00:00-05:00\n");
    write_page(site, "content/notes/My_Note.md", "title: Note\ndate: 2023-04-05\n");
    write_page(site, "content/days/d.md", "title: \"C++ Tips: Part 2\"\ndate: 2024-02-29T10:00:00Z\n");
    write_page(site, "content/misc/m.md", "title: Misc\nurl: /custom/path\n");
    write_page(site, "content/misc/Mixed Case.md", "title: Mixed\n");
    write_page(site, "content/misc/sub/deep.md", "title: Deep\n");
    const std::string command = "TZ=UTC hugo --quiet -s '" + site.path().string() + "' >/dev/null 2>&1";
    ASSERT_EQ(std::system(command.c_str()), 0) << command;
    const auto built = urls_built(site.path() / "public");
    ASSERT_EQ(built.size(), 10u);
    EXPECT_EQ(urls_by_folio(site, "hugo", site.path() / "content", built), built);
}

TEST(EngineAgreement, HugoUglyUrlsAsHugoBuildsThem) {
    if (!installed("hugo")) GTEST_SKIP() << "needs /usr/bin/hugo (Debian's hugo)";
    TempDir site;
    site.write("hugo.yaml",
               "baseURL: https://example.org/\nuglyURLs: true\n"
               "disableKinds: [taxonomy, term, RSS, sitemap, robotsTXT, '404']\n"
               "permalinks:\n  posts: /:year/:slug/\n");
    site.write("layouts/_default/single.html", "URL {{ .RelPermalink }}|{{ .File.Path }}\n");
    site.write("layouts/_default/list.html", "list\n");
    write_page(site, "content/posts/a.md", "title: Alpha\ndate: 2021-01-01\n");
    write_page(site, "content/pages/b.md", "title: Beta\n");
    const std::string command = "hugo --quiet -s '" + site.path().string() + "' >/dev/null 2>&1";
    ASSERT_EQ(std::system(command.c_str()), 0) << command;
    const auto built = urls_built(site.path() / "public");
    ASSERT_EQ(built.size(), 2u);
    EXPECT_EQ(urls_by_folio(site, "hugo", site.path() / "content", built), built);
}

TEST(EngineAgreement, HugoLanguagesAsHugoBuildsThem) {
    if (!installed("hugo")) GTEST_SKIP() << "needs /usr/bin/hugo (Debian's hugo)";
    for (const bool in_subdir : {false, true}) {
        TempDir site;
        site.write("hugo.toml",
                   "baseURL = 'https://example.org/'\ndefaultContentLanguage = 'en'\n" +
                       std::string(in_subdir ? "defaultContentLanguageInSubdir = true\n" : "") +
                       "disableKinds = ['taxonomy', 'term', 'RSS', 'sitemap', 'robotsTXT', '404']\n"
                       "[languages.en]\n  weight = 1\n[languages.fa]\n  weight = 2\n"
                       "[permalinks]\n  posts = '/:year/:slug/'\n");
        site.write("layouts/_default/single.html", "URL {{ .RelPermalink }}|{{ .File.Path }}\n");
        site.write("layouts/_default/list.html", "list\n");
        write_page(site, "content/posts/hello.md", "title: Hello\ndate: 2020-01-01\n");
        write_page(site, "content/posts/hello.fa.md", "title: Salam\ndate: 2020-01-01\n");
        write_page(site, "content/posts/only.en.md", "title: Only\ndate: 2020-01-01\n");
        write_page(site, "content/about.md", "title: About\n");
        const std::string command = "hugo --quiet -s '" + site.path().string() + "' >/dev/null 2>&1";
        ASSERT_EQ(std::system(command.c_str()), 0) << command;
        const auto built = urls_built(site.path() / "public");
        ASSERT_EQ(built.size(), 4u);
        EXPECT_EQ(urls_by_folio(site, "hugo", site.path() / "content", built), built) << in_subdir;
    }
}

void write_jekyll_site(const TempDir& site, std::string_view permalink, std::string_view more) {
    site.write("_config.yml", "title: t\nurl: \"https://example.github.io\"\nbaseurl: \"/project\"\n"
                              "permalink: " + std::string(permalink) + "\n" + std::string(more));
    site.write("_layouts/default.html", "URL {{ page.url | relative_url }}|{{ page.path }}\n");
    write_page(site, "blog/_posts/2009-04-29-slap-chop.md",
               "layout: default\ntitle: Slap\ncategories: [Kitchen, Tools]\n");
    write_page(site, "_posts/2020-01-02-Café Crème!.md", "layout: default\ntitle: Café\n");
    write_page(site, "_posts/2020-02-03-some-post.md",
               "layout: default\ntitle: S\nslug: My Custom Slug\ncategory: Single Cat\n"
               "permalink: /:categories/:title/:slug/:name/\n");
    write_page(site, "_posts/2010-01-01-week.md", "layout: default\ntitle: W\ncategories: a b\n");
    write_page(site, "_posts/2016-12-31-late.md",
               "layout: default\ntitle: Late\ndate: 2016-12-31 22:09:10 -0500\n");
}

// Jekyll puts dates in the machine's zone when `timezone` is not set: the test runs in UTC.
void expect_jekyll_agrees(std::string_view permalink, std::string_view more_config = {}) {
    TempDir site;
    write_jekyll_site(site, permalink, more_config);
    const std::string command = "cd '" + site.path().string() +
                                "' && TZ=UTC jekyll build -q -d _site >/dev/null 2>&1";
    ASSERT_EQ(std::system(command.c_str()), 0) << command;
    const auto built = urls_built(site.path() / "_site");
    ASSERT_EQ(built.size(), 5u) << permalink;
    EXPECT_EQ(urls_by_folio(site, "jekyll", site.path(), built), built) << permalink;
}

TEST(EngineAgreement, JekyllDateStyleCategoriesSlugsAndFrontMatterPermalinks) {
    if (!installed("jekyll")) GTEST_SKIP() << "needs /usr/bin/jekyll (Debian's jekyll)";
    expect_jekyll_agrees("date");
}

TEST(EngineAgreement, JekyllEveryOtherBuiltInStyle) {
    if (!installed("jekyll")) GTEST_SKIP() << "needs /usr/bin/jekyll (Debian's jekyll)";
    for (const char* style : {"pretty", "ordinal", "weekdate", "none"}) expect_jekyll_agrees(style);
}

TEST(EngineAgreement, JekyllPlaceholderPattern) {
    if (!installed("jekyll")) GTEST_SKIP() << "needs /usr/bin/jekyll (Debian's jekyll)";
    expect_jekyll_agrees("/:short_year/:i_month/:i_day/:hour:minute:second/:y_day/:title:output_ext");
}

TEST(EngineAgreement, JekyllDatesInTheSitesTimeZone) {
    if (!installed("jekyll")) GTEST_SKIP() << "needs /usr/bin/jekyll (Debian's jekyll)";
    if (!fs::exists("/usr/share/zoneinfo/Asia/Tokyo")) GTEST_SKIP() << "needs Debian's tzdata";
    expect_jekyll_agrees("/:year/:month/:day/:hour/:title/", "timezone: Asia/Tokyo\n");
}

}  // namespace
}  // namespace folio
