// The site's clean-up (issue 23): files the last run wrote and this one did not are removed only
// after a run that succeeded and read articles, never through a symbolic link, never outside
// the site, and the pages of an article that failed to read are kept.

#include <gtest/gtest.h>

#include <filesystem>

#include "formats/html/build_site.hpp"
#include "tests/support/job_run.hpp"
#include "tests/support/temp_dir.hpp"

namespace folio::html {
namespace {

namespace fs = std::filesystem;
using testing::JobRun;
using testing::read_text;
using testing::run_job;
using testing::TempDir;

const char* const kFirst = "---\ntitle: First\ndate: 2025-01-01\n---\n\nOne ![a](a.png)\n";
const char* const kSecond = "---\ntitle: Second\ndate: 2025-02-01\n---\n\nTwo.\n";
// A flow sequence never closed: the article does not read.
const char* const kBroken = "---\ntitle: First\ntags: [a, b\ndate: 2025-01-01\n---\n\nOne.\n";
const char* const kPng =
    "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89";

// A site built once from two articles (the first with an image), as the tests' starting point.
struct BuiltSite {
    TempDir dir;
    SiteJob job;
    fs::path site;

    BuiltSite() {
        dir.write("posts/first.md", kFirst);
        dir.write("posts/a.png", std::string(kPng, 33));
        dir.write("posts/second.md", kSecond);
        job.inputs = {(dir.path() / "posts").string()};
        job.output = (dir.path() / "site").string();
        job.time_zone = "UTC";
        job.language = "en";
        site = dir.path() / "site";
        const JobRun first = run_job(build_site, job);
        EXPECT_EQ(first.status, JobStatus::ok);
        EXPECT_TRUE(fs::exists(site / "posts/first/index.html"));
        EXPECT_TRUE(fs::exists(site / "posts/first/a.png"));
    }
};

TEST(StaleFiles, AreKeptWhenFailFastStopsAtABrokenFirstInput) {
    BuiltSite built;
    built.dir.write("posts/first.md", kBroken);
    LoadOptions load = testing::test_load_options();
    load.fail_fast = true;
    const JobRun result = run_job(build_site, built.job, load);
    EXPECT_EQ(result.status, JobStatus::input_errors);
    EXPECT_TRUE(fs::exists(built.site / "posts/first/index.html"));
    EXPECT_TRUE(fs::exists(built.site / "posts/first/a.png"));
    EXPECT_TRUE(fs::exists(built.site / "posts/second/index.html"));
    EXPECT_TRUE(result.has_code("html.stale.kept"));
}

TEST(StaleFiles, AreKeptWhenTheInputPathIsMistyped) {
    BuiltSite built;
    built.job.inputs = {(built.dir.path() / "psots").string()};
    const JobRun result = run_job(build_site, built.job);
    EXPECT_EQ(result.status, JobStatus::input_errors);
    EXPECT_TRUE(fs::exists(built.site / "posts/first/index.html"));
    EXPECT_TRUE(fs::exists(built.site / "posts/second/index.html"));
    EXPECT_TRUE(result.has_code("html.no-articles"));
}

TEST(StaleFiles, AreKeptAndSaidWhenTheInputFolderIsEmpty) {
    BuiltSite built;
    fs::create_directories(built.dir.path() / "empty");
    built.job.inputs = {(built.dir.path() / "empty").string()};
    const JobRun result = run_job(build_site, built.job);
    EXPECT_TRUE(fs::exists(built.site / "posts/first/index.html"));
    EXPECT_TRUE(fs::exists(built.site / "posts/second/index.html"));
    EXPECT_TRUE(result.has_code("html.no-articles"));
    EXPECT_TRUE(result.has_code("html.stale.kept"));
    // Still listed, so that the next run that succeeds removes them.
    EXPECT_NE(read_text(built.site / ".folio-manifest").find("posts/first/index.html"),
              std::string::npos);
}

TEST(StaleFiles, OfAnArticleWithAYamlTypoAreKeptWithItsImages) {
    BuiltSite built;
    built.dir.write("posts/first.md", kBroken);
    const JobRun result = run_job(build_site, built.job);
    EXPECT_EQ(result.status, JobStatus::input_errors);
    EXPECT_TRUE(fs::exists(built.site / "posts/first/index.html"));
    EXPECT_TRUE(fs::exists(built.site / "posts/first/a.png"));
    EXPECT_TRUE(fs::exists(built.site / "posts/second/index.html"));

    // Fixed and then removed: the run that succeeds cleans up.
    built.dir.write("posts/first.md", kFirst);
    EXPECT_EQ(run_job(build_site, built.job).status, JobStatus::ok);
    fs::remove(built.dir.path() / "posts/first.md");
    EXPECT_EQ(run_job(build_site, built.job).status, JobStatus::ok);
    EXPECT_FALSE(fs::exists(built.site / "posts/first/index.html"));
    EXPECT_FALSE(fs::exists(built.site / "posts/first"));
}

TEST(StaleFiles, AreNeverRemovedThroughAPageFolderReplacedByALink) {
    BuiltSite built;
    // Elsewhere on the machine: a folder holding a file of the same name as the page.
    built.dir.write("elsewhere/index.html", "precious");
    built.dir.write("elsewhere/a.png", "precious");
    fs::remove_all(built.site / "posts/first");
    fs::create_directory_symlink(built.dir.path() / "elsewhere", built.site / "posts/first");
    fs::remove(built.dir.path() / "posts/first.md");
    const JobRun result = run_job(build_site, built.job);
    EXPECT_EQ(result.status, JobStatus::ok);
    EXPECT_EQ(read_text(built.dir.path() / "elsewhere/index.html"), "precious");
    EXPECT_EQ(read_text(built.dir.path() / "elsewhere/a.png"), "precious");
    EXPECT_TRUE(result.has_code("html.manifest.link"));
}

// An earlier version split the search index by article (`search-index-2.js`, ...): a build
// that writes it by word leaves none of those behind.
TEST(StaleFiles, IncludeTheSearchIndexFilesOfAnEarlierVersion) {
    BuiltSite built;
    built.dir.write("site/search/search-index-2.js", "window.folioSearchIndex = [];\n");
    built.dir.write("site/.folio-manifest",
                    read_text(built.site / ".folio-manifest") + "search/search-index-2.js\n");
    EXPECT_EQ(run_job(build_site, built.job).status, JobStatus::ok);
    EXPECT_FALSE(fs::exists(built.site / "search/search-index-2.js"));
    EXPECT_TRUE(fs::exists(built.site / "search/search-index.js"));
    EXPECT_TRUE(fs::exists(built.site / "search/search-articles-1.js"));
}

TEST(StaleFiles, NamedByAForgedManifestLineOutsideTheSiteAreLeftAlone) {
    BuiltSite built;
    built.dir.write("victim.txt", "precious");
    // A line plus a link: the line is inside the site by its text, the link leads out.
    fs::create_directory_symlink(built.dir.path(), built.site / "door");
    const fs::path manifest = built.site / ".folio-manifest";
    std::string text = read_text(manifest);
    text += "../victim.txt\n" + (built.dir.path() / "victim.txt").string() + "\ndoor/victim.txt\n";
    built.dir.write("site/.folio-manifest", text);
    const JobRun result = run_job(build_site, built.job);
    EXPECT_EQ(result.status, JobStatus::ok);
    EXPECT_EQ(read_text(built.dir.path() / "victim.txt"), "precious");
    EXPECT_TRUE(result.has_code("html.manifest.outside"));
    EXPECT_TRUE(result.has_code("html.manifest.link"));
    // And the forged lines are not carried into the new manifest.
    EXPECT_EQ(read_text(manifest).find("victim"), std::string::npos);
}

}  // namespace
}  // namespace folio::html
