#include "formats/migrate/migrate_job.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <string>
#include <tuple>

#include "formats/registry.hpp"
#include "tests/support/job_run.hpp"
#include "tests/support/temp_dir.hpp"

namespace folio {
namespace {

using testing::read_text;
using testing::TempDir;

struct MigrateRun {
    MigrateJob job;
    Diagnostics diagnostics;
    MigrateReport report;

    MigrateRun(const TempDir& dir, std::string to) {
        job.inputs = {(dir.path() / "old").string()};
        job.output = (dir.path() / "new").string();
        job.to = std::move(to);
        job.done = [this](const MigrateReport& r) { report = r; };
    }
    JobStatus run() {
        diagnostics = {};
        return migrate_articles(job, builtin_load_options(),
                                [this](const Diagnostics& d) { diagnostics.append(d); });
    }
    std::size_t count(std::string_view code) const {
        return static_cast<std::size_t>(
            std::count_if(diagnostics.items().begin(), diagnostics.items().end(),
                          [&](const Diagnostic& d) { return d.code == code; }));
    }
};

void write_blog(const TempDir& dir) {
    dir.write("old/a.md", "---\ntitle: A\ndate: 2024-01-02\n---\n\nSee [b](b.mdx#end).\n");
    dir.write("old/b.mdx", "---\ntitle: B\ndate: 2024-01-03\n---\n\nimport X from './x'\n\nB.\n");
}

TEST(MigrateArticles, RefusesAnUnknownEngineBeforeReadingAnything) {
    const TempDir dir;
    write_blog(dir);
    MigrateRun run(dir, "wordpress");
    EXPECT_EQ(run.run(), JobStatus::usage);
    ASSERT_EQ(run.diagnostics.items().size(), 1u);
    EXPECT_EQ(run.diagnostics.items()[0].message,
              "--to 'wordpress': no such engine (known: " + engine_profile_names() + ")");
    EXPECT_FALSE(std::filesystem::exists(dir.path() / "new"));
}

TEST(MigrateArticles, WritesTheTargetsLayoutAndRewritesLinksToLaterArticles) {
    const TempDir dir;
    write_blog(dir);
    MigrateRun run(dir, "astro");
    EXPECT_EQ(run.run(), JobStatus::ok);
    // The link to b, read after a, points at b's new URL: the URLs are planned first.
    EXPECT_EQ(read_text(dir.path() / "new/src/content/blog/a.md"),
              "---\ntitle: A\npubDate: 2024-01-02\n---\n\nSee [b](/blog/b/#end).\n");
    // MDX stays MDX, its import as written.
    EXPECT_EQ(read_text(dir.path() / "new/src/content/blog/b.mdx"),
              "---\ntitle: B\npubDate: 2024-01-03\n---\n\nimport X from './x'\n\nB.\n");
    ASSERT_EQ(run.report.articles.size(), 2u);
    EXPECT_EQ(run.report.articles[0].edits,
              (std::map<std::string, std::size_t>{{"article-link", 1}}));
    EXPECT_EQ(run.report.articles[1].new_url, "/blog/b/");

    // An engine that does not run MDX gets Markdown: the statements stay in front matter.
    MigrateRun hugo(dir, "hugo");
    EXPECT_EQ(hugo.run(), JobStatus::ok);
    EXPECT_EQ(read_text(dir.path() / "new/content/posts/b/index.md"),
              "+++\ntitle = \"B\"\ndate = 2024-01-03\ndraft = false\n"
              "mdx_esm = [\"import X from './x'\\n\"]\n+++\n\nB.\n");
}

TEST(MigrateArticles, TakesOldUrlsFromTheSourceSitesConfiguration) {
    const TempDir dir;
    // A Jekyll site found around the input: its `_config.yml` permalink gives the old URLs.
    dir.write("old/_config.yml", "baseurl: /blog\npermalink: /:year/:title/\n");
    dir.write("old/_posts/2024-01-02-hello.md", "---\ntitle: Hello\n---\n\nHi.\n");
    MigrateRun run(dir, "hugo");
    run.job.inputs = {(dir.path() / "old/_posts").string()};
    EXPECT_EQ(run.run(), JobStatus::ok);
    ASSERT_EQ(run.report.articles.size(), 1u);
    EXPECT_EQ(run.report.articles[0].old_url, "/blog/2024/hello/");
    EXPECT_EQ(run.report.articles[0].new_url, "/posts/hello/");

    // --old-permalink is in the source engine's syntax, and replaces the configuration's.
    run.job.old_permalink = "/:categories/:title.html";
    run.job.old_base_url = "https://old.example/";
    EXPECT_EQ(run.run(), JobStatus::ok);
    EXPECT_EQ(run.report.articles[0].old_url, "/hello.html");
    run.job.old_permalink = "/:nonsense/";
    EXPECT_EQ(run.run(), JobStatus::usage);
}

// A Hugo post showing a Jekyll tag as a code sample (the Jane theme's "migrate from Jekyll"):
// Hugo processes no Liquid, but the copied body was read again with every engine's syntax and
// a warning said the tag was left out, where the output kept it (in `{% raw %}`).
TEST(MigrateArticles, AHugoPostsLiquidSampleIsTextWithoutAWarning) {
    const TempDir dir;
    dir.write("old/hugo.toml", "baseURL = 'https://example.org/'\n");
    dir.write("old/content/post/a.md",
              "---\ntitle: A\ndate: 2020-01-02\n---\n\nI changed:\n\n    {% image full x.jpg %}\n\n"
              "to [the figure](/post/b/).\n");
    MigrateRun run(dir, "jekyll");
    EXPECT_EQ(run.run(), JobStatus::ok);
    EXPECT_EQ(run.count("markdown.liquid.unknown"), 0u);
}

// A Hugo site of one language (issue 17, as Hugo's theme example sites are): a page right in
// content/ is a page, and `hello.zh-cn.md`, zh-cn being no language of the site, is a page of
// its own named `hello.zh-cn`, as Hugo reads it, not a translation whose old URL collides.
TEST(MigrateArticles, AHugoSitesRootPageIsAPageAndAnUnconfiguredLanguageIsPartOfTheName) {
    const TempDir dir;
    dir.write("old/hugo.toml",
              "baseURL = 'https://jane.example/'\ndefaultContentLanguage = 'en'\n"
              "[languages.en]\n  languageCode = 'en'\n");
    dir.write("old/content/about.md", "---\ntitle: About\ndate: 2017-08-20\n---\n\nMe.\n");
    dir.write("old/content/post/hello.md", "---\ntitle: Hello\ndate: 2017-08-21\n---\n\nHi.\n");
    dir.write("old/content/post/hello.zh-cn.md",
              "---\ntitle: Ni hao\ndate: 2017-08-21\n---\n\nHi.\n");
    MigrateRun run(dir, "jekyll");
    EXPECT_EQ(run.run(), JobStatus::ok);
    EXPECT_EQ(run.count("redirects.collision"), 0u);
    std::map<std::string, ArticleMigration> by_title;
    for (const ArticleMigration& article : run.report.articles)
        by_title[std::filesystem::path(article.source).filename().string()] = article;
    ASSERT_EQ(by_title.size(), 3u);
    EXPECT_EQ(by_title["about.md"].old_url, "/about/");
    EXPECT_EQ(by_title["about.md"].new_path.find("_posts/"), std::string::npos)
        << by_title["about.md"].new_path;
    EXPECT_EQ(by_title["hello.md"].old_url, "/post/hello/");
    EXPECT_EQ(by_title["hello.zh-cn.md"].old_url, "/post/hello.zh-cn/");

    // The content folder given itself: about.md is still a page.
    MigrateRun content(dir, "jekyll");
    content.job.inputs = {(dir.path() / "old/content").string()};
    content.job.output = (dir.path() / "from-content").string();
    EXPECT_EQ(content.run(), JobStatus::ok);
    EXPECT_EQ(content.count("redirects.collision"), 0u);
    for (const ArticleMigration& article : content.report.articles) {
        if (article.source.ends_with("about.md")) {
            EXPECT_EQ(article.new_path, by_title["about.md"].new_path);
            EXPECT_EQ(article.old_url, "/about/");
        }
    }
}

// A Jekyll site given by its root (issue 17): only its posts and drafts, the site-absolute
// image found in the root without --static, `layout` left out for another engine.
void write_jekyll_site(const TempDir& dir) {
    dir.write("old/_config.yml",
              "title: 노트\nlang: ko-KR\nurl: https://notes.example\nbaseurl: /blog\n"
              "collections:\n  tabs:\n    output: true\n");
    dir.write("old/README.md", "# my site\n");
    dir.write("old/docs/CHANGELOG.md", "# Changes\n");
    dir.write("old/_tabs/about.md", "---\norder: 4\n---\nAbout.\n");
    dir.write("old/assets/img/a.png", std::string("\x89PNG\r\n\x1A\n", 8));  // an image by its bytes
    dir.write("old/_posts/2024-01-02-hello.md",
              "---\nlayout: post\ntitle: 안녕\ndate: 2024-01-02 09:00:00 +0900\nmath: true\n---\n\n"
              "![x](/assets/img/a.png)\n");
}

TEST(MigrateArticles, ASiteRootGivesItsPostsOnlyWithTheirSiteAbsoluteImages) {
    const TempDir dir;
    write_jekyll_site(dir);
    MigrateRun run(dir, "eleventy");
    EXPECT_EQ(run.run(), JobStatus::ok);
    ASSERT_EQ(run.report.articles.size(), 1u);
    EXPECT_EQ(run.count("migrate.input.site-root"), 1u);
    EXPECT_EQ(run.count("migrate.image.unresolved"), 0u);
    EXPECT_EQ(run.report.articles[0].keys_dropped, std::vector<std::string>{"layout"});
    EXPECT_EQ(run.count("migrate.key.dropped"), 1u);
    EXPECT_EQ(read_text(dir.path() / "new/posts/hello/a.png"), std::string("\x89PNG\r\n\x1A\n", 8));
    // The date js-yaml would read as a string is written as a timestamp, in its place.
    EXPECT_EQ(read_text(dir.path() / "new/posts/hello.md"),
              "---\ntitle: 안녕\ndate: 2024-01-02T09:00:00+09:00\nmath: true\n---\n\n![x](a.png)\n");
    for (const Diagnostic& d : run.diagnostics.items()) {
        if (d.code == "migrate.input.site-root") {
            EXPECT_EQ(d.message,
                      "jekyll site: its articles are read from _posts; 3 other Markdown file(s) "
                      "of the site are not migrated (README.md, _tabs/about.md, docs/CHANGELOG.md)");
        }
    }

    // Within Jekyll, `layout` means what it meant, and the date stays as written.
    MigrateRun jekyll(dir, "jekyll");
    jekyll.job.output = (dir.path() / "jekyll").string();
    EXPECT_EQ(jekyll.run(), JobStatus::ok);
    EXPECT_TRUE(jekyll.report.articles.at(0).keys_dropped.empty());
    EXPECT_EQ(read_text(dir.path() / "jekyll/_posts/2024-01-02-hello.md"),
              "---\nlayout: post\ntitle: 안녕\ndate: 2024-01-02 09:00:00 +0900\nmath: true\n"
              "redirect_from: [/blog/2024/01/02/hello.html]\n---\n\n![x](/assets/hello/a.png)\n");
}

TEST(MigrateArticles, SiteTakesTheSourcesAddressTitleAndLanguageAndWritesNoEmptyRules) {
    const TempDir dir;
    write_jekyll_site(dir);
    dir.write("old/_config.yml",
              "title: 노트\nlang: ko-KR\nurl: https://notes.example\nbaseurl: /blog\n"
              "permalink: /posts/:title/\n");
    MigrateRun run(dir, "hugo");
    run.job.site = true;
    EXPECT_EQ(run.run(), JobStatus::ok);
    const std::string config = read_text(dir.path() / "new/hugo.toml");
    EXPECT_NE(config.find("baseURL = \"https://notes.example/blog/\"\ntitle = \"노트\"\n"
                          "languageCode = \"ko-KR\"\n"),
              std::string::npos)
        << config;
    // Old and new URL are one: no redirect, and no rule file that would hold none.
    ASSERT_EQ(run.report.articles.size(), 1u);
    EXPECT_EQ(run.report.articles[0].old_url, "/blog/posts/hello/");
    EXPECT_EQ(run.report.articles[0].new_url, "/blog/posts/hello/");
    EXPECT_EQ(run.report.redirects, 0u);
    EXPECT_FALSE(std::filesystem::exists(dir.path() / "new/static/_redirects"));
    EXPECT_FALSE(std::filesystem::exists(dir.path() / "new/static/redirects.csv"));
    EXPECT_NE(migrate_summary(run.report).find("every URL kept (no redirects written)"),
              std::string::npos);
}

TEST(MigrateArticles, WritesRedirectsInTheTargetsFormAndAsHostRules) {
    const TempDir dir;
    dir.write("old/_config.yml", "permalink: /:year/:month/:title.html\n");
    dir.write("old/_posts/2024-01-02-hello.md", "---\ntitle: Hello\n---\n\nHi.\n");
    dir.write("old/_drafts/later.md", "---\ntitle: Later\n---\n\nSoon.\n");
    MigrateRun run(dir, "hugo");
    run.job.inputs = {(dir.path() / "old").string()};
    EXPECT_EQ(run.run(), JobStatus::ok);
    const std::string post = read_text(dir.path() / "new/content/posts/hello/index.md");
    EXPECT_NE(post.find("aliases = [\"/2024/01/hello.html\"]"), std::string::npos) << post;
    // A draft was never published: nothing links to its old URL.
    EXPECT_EQ(read_text(dir.path() / "new/static/_redirects").find("later"), std::string::npos);
    EXPECT_NE(read_text(dir.path() / "new/static/_redirects")
                  .find("/2024/01/hello.html /posts/hello/ 301"),
              std::string::npos);
    EXPECT_TRUE(std::filesystem::exists(dir.path() / "new/static/redirects.csv"));
    EXPECT_FALSE(std::filesystem::exists(dir.path() / "new/static/.htaccess"));
    EXPECT_EQ(run.report.redirects, 1u);
    ASSERT_EQ(run.report.site_files.size(), 2u);
    EXPECT_EQ(run.report.site_files[0].path, "static/_redirects");
    const std::string json = migrate_report_json(run.report);
    EXPECT_LT(json.find("\"site_files\""), json.find("static/_redirects")) << json;
    EXPECT_NE(json.find("static/_redirects"), std::string::npos) << json;

    // A dry run plans them and writes none.
    MigrateRun dry(dir, "hugo");
    dry.job.inputs = run.job.inputs;
    dry.job.output = (dir.path() / "dry").string();
    dry.job.dry_run = true;
    EXPECT_EQ(dry.run(), JobStatus::ok);
    ASSERT_EQ(dry.report.site_files.size(), 2u);
    EXPECT_EQ(dry.report.site_files[1].path, "static/redirects.csv");
    EXPECT_FALSE(std::filesystem::exists(dir.path() / "dry"));

    // Jekyll's own form is `redirect_from`; rule files go in the site's root.
    MigrateRun jekyll(dir, "jekyll");
    jekyll.job.inputs = run.job.inputs;
    jekyll.job.output = (dir.path() / "jekyll").string();
    jekyll.job.redirects = {"engine", "apache"};
    EXPECT_EQ(jekyll.run(), JobStatus::ok);
    const std::string moved = read_text(dir.path() / "jekyll/_posts/2024-01-02-hello.md");
    EXPECT_NE(moved.find("redirect_from:"), std::string::npos) << moved;
    EXPECT_TRUE(std::filesystem::exists(dir.path() / "jekyll/.htaccess"));
    EXPECT_FALSE(std::filesystem::exists(dir.path() / "jekyll/_redirects"));

    jekyll.job.redirects = {"netlfy"};
    EXPECT_EQ(jekyll.run(), JobStatus::usage);
}

TEST(MigrateArticles, SiteWritesTheTargetsConfigurationNeverOverTheUsers) {
    const TempDir dir;
    dir.write("old/_config.yml", "permalink: /:year/:title.html\n");
    dir.write("old/_posts/2024-01-02-hello.md", "---\ntitle: Hello\n---\n\nHi.\n");
    MigrateRun run(dir, "hugo");
    run.job.site = true;
    EXPECT_EQ(run.run(), JobStatus::ok);
    const std::string config = read_text(dir.path() / "new/hugo.toml");
    EXPECT_NE(config.find("\"posts\" = \"/posts/:filename/\""), std::string::npos) << config;
    EXPECT_TRUE(std::filesystem::exists(dir.path() / "new/layouts/_default/single.html"));

    // A configuration of the user's: the site is theirs, none of ours is written.
    MigrateRun theirs(dir, "hugo");
    theirs.job.site = true;
    theirs.job.output = (dir.path() / "theirs").string();
    dir.write("theirs/config.toml", "baseURL = 'https://me.example/'\ntheme = 'x'\n");
    EXPECT_EQ(theirs.run(), JobStatus::ok);
    EXPECT_EQ(theirs.count("migrate.site.kept"), 1u);
    EXPECT_FALSE(std::filesystem::exists(dir.path() / "theirs/hugo.toml"));
    EXPECT_FALSE(std::filesystem::exists(dir.path() / "theirs/layouts"));
}

// Astro and Eleventy render a Markdown page without a layout as a bare fragment (no title):
// with --site, a page gets the layout --site writes, also when run again into that site, but
// never one the user's own site lacks.
TEST(MigrateArticles, SitePagesGetThePageLayoutItWrites) {
    const TempDir dir;
    dir.write("old/hugo.toml", "baseURL = 'https://me.example/'\n");
    dir.write("old/content/about.md", "---\ntitle: About\n---\n\nMe.\n");
    dir.write("old/content/posts/hello.md", "---\ntitle: Hello\ndate: 2024-01-02\n---\n\nHi.\n");
    for (const auto& [engine, page, layout, key] :
         {std::tuple{"astro", "src/pages/about.md", "src/layouts/FolioPage.astro",
                     "layout: /src/layouts/FolioPage.astro\n"},
          std::tuple{"eleventy", "about.md", "_includes/folio-page.11ty.cjs",
                     "layout: folio-page.11ty.cjs\n"}}) {
        const std::filesystem::path site = dir.path() / engine;
        MigrateRun run(dir, engine);
        run.job.site = true;
        run.job.output = site.string();
        EXPECT_EQ(run.run(), JobStatus::ok);
        EXPECT_TRUE(std::filesystem::is_regular_file(site / layout)) << engine;
        EXPECT_NE(read_text(site / page).find(key), std::string::npos) << read_text(site / page);
        // Again into the same site: its configuration is folio's, the layout is there.
        EXPECT_EQ(run.run(), JobStatus::ok);
        EXPECT_NE(read_text(site / page).find(key), std::string::npos) << read_text(site / page);

        // Without --site, or into a site of the user's: no layout of ours to name.
        MigrateRun plain(dir, engine);
        plain.job.output = (dir.path() / (std::string(engine) + "-plain")).string();
        EXPECT_EQ(plain.run(), JobStatus::ok);
        EXPECT_EQ(read_text(plain.job.output / std::filesystem::path(page)).find("layout:"),
                  std::string::npos);
        MigrateRun theirs(dir, engine);
        theirs.job.site = true;
        theirs.job.output = (dir.path() / (std::string(engine) + "-theirs")).string();
        const std::string config = engine == std::string_view("astro") ? "astro.config.mjs"
                                                                       : "eleventy.config.mjs";
        dir.write(std::string(engine) + "-theirs/" + config, "export default {};\n");
        EXPECT_EQ(theirs.run(), JobStatus::ok);
        EXPECT_EQ(read_text(theirs.job.output / std::filesystem::path(page)).find("layout:"),
                  std::string::npos);
    }
}

TEST(MigrateArticles, ADryRunWritesNothingAndARerunKeepsTheUsersEdit) {
    const TempDir dir;
    write_blog(dir);
    MigrateRun run(dir, "eleventy");
    run.job.dry_run = true;
    EXPECT_EQ(run.run(), JobStatus::ok);
    EXPECT_FALSE(std::filesystem::exists(dir.path() / "new"));
    ASSERT_EQ(run.report.articles.size(), 2u);
    EXPECT_EQ(run.report.articles[0].files[0].path, "posts/a.md");
    EXPECT_EQ(run.report.articles[0].files[0].action, "write");

    run.job.dry_run = false;
    EXPECT_EQ(run.run(), JobStatus::ok);
    EXPECT_TRUE(std::filesystem::exists(dir.path() / "new/.folio-migrate.json"));
    dir.write("new/posts/a.md", "edited\n");
    EXPECT_EQ(run.run(), JobStatus::ok);
    EXPECT_EQ(read_text(dir.path() / "new/posts/a.md"), "edited\n");
    EXPECT_EQ(run.count("migrate.kept-edit"), 1u);
    EXPECT_EQ(run.report.files_kept, 1u);

    run.job.overwrite_edits = true;
    EXPECT_EQ(run.run(), JobStatus::ok);
    EXPECT_NE(read_text(dir.path() / "new/posts/a.md"), "edited\n");
    EXPECT_EQ(run.count("migrate.kept-edit"), 0u);
}

TEST(MigrateArticles, DoesNotMigrateItsOwnOutputInsideTheSource) {
    const TempDir dir;
    write_blog(dir);
    MigrateRun run(dir, "eleventy");
    run.job.output = (dir.path() / "old/new").string();
    EXPECT_EQ(run.run(), JobStatus::ok);
    EXPECT_EQ(run.report.articles.size(), 2u);
    // Again: the two files written into old/new are inputs now, and are left out.
    EXPECT_EQ(run.run(), JobStatus::ok);
    EXPECT_EQ(run.report.articles.size(), 2u);
    EXPECT_EQ(run.count("migrate.input.in-output"), 1u);
    EXPECT_FALSE(std::filesystem::exists(dir.path() / "old/new/old"));
}

}  // namespace
}  // namespace folio
