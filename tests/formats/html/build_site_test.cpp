#include "formats/html/build_site.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "formats/registry.hpp"
#include "tests/support/job_run.hpp"
#include "tests/support/temp_dir.hpp"

namespace folio::html {
namespace {

using testing::JobRun;
using testing::read_text;
using testing::run_job;
using testing::TempDir;

// The job as a C++ caller runs it: no binary, no CLI11, diagnostics collected.
JobRun run(const SiteJob& job) { return run_job(build_site, job); }

TEST(BuildSite, WritesPagesListsFeedsThroughTheInjectedWritersAndAManifest) {
    const TempDir dir;
    dir.write("posts/first.md", "---\ntitle: First\ndate: 2025-01-01\ntags: [a]\n---\n\nOne.\n");
    dir.write("posts/second.md", "---\ntitle: Second\ndate: 2025-02-01\n---\n\nTwo.\n");
    SiteJob job;
    job.inputs = {(dir.path() / "posts").string()};
    job.output = (dir.path() / "site").string();
    job.base_url = "https://example.org/blog";
    job.title = "My blog";
    job.language = "en";
    job.time_zone = "UTC";
    std::size_t feeds_written = 0;
    job.feeds.rss = [&feeds_written](const Feed& feed) {
        ++feeds_written;
        return "rss:" + feed.feed_url + ":" + std::to_string(feed.items.size());
    };
    job.feeds.atom = [&feeds_written](const Feed& feed) {
        ++feeds_written;
        return "atom:" + feed.feed_url + ":" + feed.items.front().title;
    };

    const JobRun result = run(job);
    EXPECT_EQ(result.status, JobStatus::ok);
    const std::filesystem::path site = dir.path() / "site";
    EXPECT_TRUE(std::filesystem::exists(site / "posts/first/index.html"));
    EXPECT_TRUE(std::filesystem::exists(site / "posts/second/index.html"));
    EXPECT_TRUE(std::filesystem::exists(site / "tags/a/index.html"));
    EXPECT_TRUE(std::filesystem::exists(site / "sitemap.xml"));
    EXPECT_EQ(feeds_written, 2U);
    EXPECT_EQ(read_text(site / "feed.xml"), "rss:https://example.org/blog/feed.xml:2");
    EXPECT_EQ(read_text(site / "atom.xml"), "atom:https://example.org/blog/atom.xml:Second");
    const std::string manifest = read_text(site / ".folio-manifest");
    EXPECT_NE(manifest.find("posts/first/index.html"), std::string::npos);
    EXPECT_NE(manifest.find("feed.xml"), std::string::npos);

    // A second run without the first article removes its page (listed in the manifest).
    std::filesystem::remove(dir.path() / "posts/first.md");
    EXPECT_EQ(run(job).status, JobStatus::ok);
    EXPECT_FALSE(std::filesystem::exists(site / "posts/first/index.html"));
    EXPECT_TRUE(std::filesystem::exists(site / "posts/second/index.html"));
}

TEST(BuildSite, MarksEachPageAndFeedItemWithItsOwnLanguageAndDirection) {
    const TempDir dir;
    dir.write("posts/english.md",
              "---\ntitle: Notes\ndate: 2025-10-05\ntags: [a]\n---\n\nThis is what we changed "
              "in the release, and why it was worth the wait: the book that you read is not the "
              "one that was written.\n");
    dir.write("posts/persian.md",
              "---\ntitle: یادداشت\ndate: 2025-10-06\n---\n\nاین یک نوشته کوتاه درباره "
              "برنامه‌نویسی است. ما امروز با هم یک کتاب الکترونیکی می‌سازیم و پیش از آن چند نکته "
              "را بررسی می‌کنیم.\n");
    dir.write("posts/lorem.md",
              "---\ntitle: Hello\ndate: 2025-10-07\n---\n\nLorem ipsum dolor sit amet, "
              "consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore "
              "magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco.\n");
    SiteJob job;
    job.inputs = {(dir.path() / "posts").string()};
    job.output = (dir.path() / "site").string();
    job.base_url = "https://example.org/";
    job.language = "nl";
    job.time_zone = "UTC";
    std::string item_languages;
    job.feeds.rss = [](const Feed&) { return std::string("rss"); };
    job.feeds.atom = [&item_languages](const Feed& feed) {
        for (const FeedItem& item : feed.items) item_languages += item.title + "=" + item.language + " ";
        return std::string("atom");
    };
    ASSERT_EQ(run(job).status, JobStatus::ok);
    const std::filesystem::path site = dir.path() / "site";
    const std::string english = read_text(site / "posts/english/index.html");
    EXPECT_NE(english.find("<html lang=\"en\">"), std::string::npos) << english;
    EXPECT_NE(english.find("5 October 2025"), std::string::npos) << english;
    const std::string persian = read_text(site / "posts/persian/index.html");
    EXPECT_NE(persian.find("<html lang=\"fa\" dir=\"rtl\">"), std::string::npos) << persian;
    // The site's own words around it are Dutch, left to right.
    EXPECT_NE(persian.find("<nav class=\"site\" lang=\"nl\" dir=\"ltr\">"), std::string::npos)
        << persian;
    const std::string lorem = read_text(site / "posts/lorem/index.html");
    EXPECT_NE(lorem.find("<html lang=\"nl\">"), std::string::npos) << lorem;
    const std::string index = read_text(site / "index.html");
    EXPECT_NE(index.find("<article class=\"entry\" lang=\"fa\" dir=\"rtl\">"),
              std::string::npos)
        << index;
    EXPECT_EQ(item_languages, "Hello=nl یادداشت=fa Notes=en ");
}

TEST(BuildSite, WarnsOncePerArticleAboutGarbledText) {
    const TempDir dir;
    dir.write("posts/a.md", "---\ntitle: A\ndate: 2025-01-01\n---\n\nThe caf\xC3\x83\xC2\xA9 and "
                            "the caf\xC3\x83\xC2\xA9.\n");
    SiteJob job;
    job.inputs = {(dir.path() / "posts").string()};
    job.output = (dir.path() / "site").string();
    job.time_zone = "UTC";
    const JobRun result = run(job);
    EXPECT_EQ(result.status, JobStatus::ok);
    std::size_t warnings = 0;
    for (const Diagnostic& d : result.diagnostics) {
        if (d.code != "html.mojibake") continue;
        ++warnings;
        EXPECT_EQ(d.line, 6U);
        EXPECT_EQ(d.column, 8U);
    }
    EXPECT_EQ(warnings, 1U);
}

// Issue 22: a browser shows the site's feeds as pages (feed.xsl) or, where it has dropped XSLT,
// the site explains them (feeds.html, linked from every footer).
TEST(BuildSite, WritesTheFeedsStylesheetAndAPageAboutTheFeeds) {
    const TempDir dir;
    dir.write("posts/first.md", "---\ntitle: First\ndate: 2025-01-01\n---\n\nOne.\n");
    SiteJob job;
    job.inputs = {(dir.path() / "posts").string()};
    job.output = (dir.path() / "site").string();
    job.base_url = "https://example.org/blog/";
    job.title = "My & blog";
    job.description = "Notes";
    job.hub = "https://hub.example/";
    job.language = "nl";
    job.time_zone = "UTC";
    job.feeds.rss = [](const Feed& feed) {
        return std::string(feed.stylesheet ? "stylesheet" : "") + "|" + feed.description + "|" +
               feed.hub;
    };
    job.feeds.atom = [](const Feed& feed) { return feed.stylesheet ? "stylesheet" : ""; };
    EXPECT_EQ(run(job).status, JobStatus::ok);
    const std::filesystem::path site = dir.path() / "site";
    EXPECT_EQ(read_text(site / "feed.xml"), "stylesheet|Notes|https://hub.example/");
    EXPECT_EQ(read_text(site / "atom.xml"), "stylesheet");
    EXPECT_NE(read_text(site / "feed.xsl").find("<xsl:stylesheet"), std::string::npos);
    const std::string page = read_text(site / "feeds.html");
    EXPECT_NE(page.find("<html lang=\"en\">"), std::string::npos) << page;
    EXPECT_NE(page.find("<li><a href=\"feed.xml\">RSS</a>: "
                        "<code>https://example.org/blog/feed.xml</code></li>"),
              std::string::npos)
        << page;
    EXPECT_NE(page.find("Follow <span lang=\"nl\">My &amp; blog</span> in a feed reader"), std::string::npos) << page;
    EXPECT_NE(read_text(site / "posts/first/index.html").find("<a href=\"../../feeds.html\">"),
              std::string::npos);
    const std::string manifest = read_text(site / ".folio-manifest");
    EXPECT_NE(manifest.find("feeds.html"), std::string::npos);
    EXPECT_NE(manifest.find("feed.xsl"), std::string::npos);
}

// Issue 22: the search index holds what the site publishes, never a draft or a future post.
TEST(BuildSite, IndexesThePublishedArticlesOnlyForSearch) {
    const TempDir dir;
    dir.write("posts/shown.md",
              "---\ntitle: Shown\ndate: 2025-01-01\ntags: [kept]\n---\n\nVisible words.\n");
    dir.write("posts/draft.md",
              "---\ntitle: Secret draft\ndate: 2025-01-02\ndraft: true\n---\n\nHidden.\n");
    dir.write("posts/later.md", "---\ntitle: Scheduled\ndate: 2999-01-01\n---\n\nNot yet.\n");
    SiteJob job;
    job.inputs = {(dir.path() / "posts").string()};
    job.output = (dir.path() / "site").string();
    job.time_zone = "UTC";
    job.publication.now = 1767225600;  // 2026-01-01
    EXPECT_EQ(run(job).status, JobStatus::ok);
    const std::filesystem::path site = dir.path() / "site";
    // The whole index: its keys, its words and the articles' metadata.
    std::string index;
    for (const auto& file : std::filesystem::directory_iterator(site / "search")) {
        if (file.path().filename() != "search.js" && file.path().extension() == ".js")
            index += read_text(file.path());
    }
    EXPECT_NE(index.find("[\"posts/shown/index.html\",\"Shown\",\"2025-01-01\",[\"kept\"],"
                         "\"Visible words.\"]"),
              std::string::npos)
        << index;
    EXPECT_NE(index.find("[\"visible\",[1]]"), std::string::npos) << index;
    EXPECT_EQ(index.find("hidden"), std::string::npos) << index;
    EXPECT_EQ(index.find("secret"), std::string::npos) << index;
    EXPECT_EQ(index.find("Secret"), std::string::npos) << index;
    EXPECT_EQ(index.find("Hidden"), std::string::npos) << index;
    EXPECT_EQ(index.find("Scheduled"), std::string::npos) << index;
    EXPECT_TRUE(std::filesystem::exists(site / "search/index.html"));
    EXPECT_TRUE(std::filesystem::exists(site / "search/search.js"));
    EXPECT_NE(read_text(site / "style.css").find("form.search"), std::string::npos);
    EXPECT_NE(read_text(site / ".folio-manifest").find("search/search-index.js"),
              std::string::npos);

    // Without search: no page, script or index (the last run's are removed), no link to them.
    job.search = false;
    EXPECT_EQ(run(job).status, JobStatus::ok);
    EXPECT_FALSE(std::filesystem::exists(site / "search"));
    EXPECT_EQ(read_text(site / "index.html").find("search/"), std::string::npos);
    EXPECT_EQ(read_text(site / "style.css").find("form.search"), std::string::npos);
}

TEST(BuildSite, WithoutABaseUrlWritesNoFeedsOrSitemapAndSaysSo) {
    const TempDir dir;
    dir.write("a.md", "---\ntitle: A\ndate: 2025-01-01\n---\n\nText.\n");
    SiteJob job;
    job.inputs = {(dir.path() / "a.md").string()};
    job.output = (dir.path() / "site").string();
    job.feeds.rss = [](const Feed&) { return std::string("rss"); };
    job.feeds.atom = [](const Feed&) { return std::string("atom"); };
    const JobRun result = run(job);
    EXPECT_EQ(result.status, JobStatus::ok);
    EXPECT_TRUE(result.has_code("html.no-base-url"));
    EXPECT_TRUE(std::filesystem::exists(dir.path() / "site/posts/a/index.html"));
    EXPECT_FALSE(std::filesystem::exists(dir.path() / "site/feed.xml"));
    EXPECT_FALSE(std::filesystem::exists(dir.path() / "site/feed.xsl"));
    EXPECT_FALSE(std::filesystem::exists(dir.path() / "site/feeds.html"));
    EXPECT_FALSE(std::filesystem::exists(dir.path() / "site/sitemap.xml"));
}

TEST(BuildSite, RefusesWrongSettingsBeforeWritingAnything) {
    const TempDir dir;
    dir.write("a.md", "---\ntitle: A\n---\n\nText.\n");
    SiteJob job;
    job.inputs = {(dir.path() / "a.md").string()};
    job.output = (dir.path() / "site").string();
    job.base_url = "example.org";
    job.page_size = 0;
    job.time_zone = "Mars/Olympus";
    const JobRun result = run(job);
    EXPECT_EQ(result.status, JobStatus::usage);
    EXPECT_TRUE(result.has_code("html.base-url"));
    EXPECT_TRUE(result.has_code("html.page-size"));
    EXPECT_TRUE(result.has_code("html.time-zone"));
    EXPECT_FALSE(std::filesystem::exists(dir.path() / "site"));
}

TEST(BuildSite, RefusesALanguageThatIsNoTag) {
    const TempDir dir;
    dir.write("a.md", "---\ntitle: A\n---\n\nText.\n");
    SiteJob job;
    job.inputs = {(dir.path() / "a.md").string()};
    job.output = (dir.path() / "site").string();
    job.time_zone = "UTC";
    job.language = "english please";
    const JobRun result = run(job);
    EXPECT_EQ(result.status, JobStatus::usage);
    ASSERT_TRUE(result.has_code("html.language"));
    EXPECT_FALSE(std::filesystem::exists(dir.path() / "site"));
}

}  // namespace
}  // namespace folio::html
