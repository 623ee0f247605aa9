#include "formats/feed/feed_job.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "formats/registry.hpp"
#include "src/syndication/feed_stylesheet.hpp"
#include "tests/support/job_run.hpp"
#include "tests/support/temp_dir.hpp"

namespace folio::feed {
namespace {

using testing::JobRun;
using testing::read_text;
using testing::run_job;
using testing::TempDir;

JobRun run(const FeedJob& job) { return run_job(build_feed_file, job); }

FeedJob job_in(const TempDir& dir) {
    dir.write("posts/old.md", "---\ntitle: Old\ndate: 2025-01-01\n---\n\nOld text.\n");
    dir.write("posts/new.md", "---\ntitle: New\ndate: 2025-03-01\n---\n\nNew text.\n");
    dir.write("posts/undated.md", "---\ntitle: Undated\n---\n\nNo date.\n");
    FeedJob job;
    job.inputs = {(dir.path() / "posts").string()};
    job.output = (dir.path() / "out/feed.json").string();
    job.format = FeedFormat::json;
    job.base_url = "https://example.org/";
    job.title = "Example";
    job.time_zone = "UTC";
    return job;
}

TEST(FeedJob, WritesTheNewestArticlesAndWarnsAboutUndatedOnes) {
    const TempDir dir;
    FeedJob job = job_in(dir);
    job.limit = 1;
    job.source_date_epoch = "1767225600";
    std::filesystem::create_directories(dir.path() / "out");
    const JobRun result = run(job);
    EXPECT_EQ(result.status, JobStatus::ok);
    ASSERT_EQ(result.diagnostics.size(), 1U);
    EXPECT_EQ(result.diagnostics[0].code, "feed.no-date");
    const std::string json = read_text(dir.path() / "out/feed.json");
    EXPECT_NE(json.find("\"title\": \"New\""), std::string::npos) << json;
    EXPECT_EQ(json.find("\"title\": \"Old\""), std::string::npos) << json;
    // The feed URL defaults to the base URL plus the output's name.
    EXPECT_NE(json.find("https://example.org/feed.json"), std::string::npos) << json;
}

// The JSON Feed items' languages, in feed order (newest first), and the feed's.
std::string languages_in(const std::string& json) {
    std::string out;
    for (std::size_t at = json.find("\"language\": \""); at != std::string::npos;
         at = json.find("\"language\": \"", at + 1)) {
        const std::size_t start = at + 13;
        out += json.substr(start, json.find('"', start) - start) + ' ';
    }
    return out;
}

TEST(FeedJob, GivesEveryItemItsOwnLanguageWhateverTheFeedsIs) {
    for (const std::size_t limit : {std::size_t{0}, std::size_t{10}}) {
        const TempDir dir;
        dir.write("posts/english.md",
                  "---\ntitle: Notes\ndate: 2025-10-05\n---\n\nThis is what we changed in the "
                  "release, and why it was worth the wait: the book that you read is not the one "
                  "that was written.\n");
        dir.write("posts/dutch.md",
                  "---\ntitle: Notities\ndate: 2025-10-06\n---\n\nDit is wat er is veranderd "
                  "en waarom het de moeite van het wachten waard was: het boek dat je leest is "
                  "niet meer het boek dat er was.\n");
        dir.write("posts/lorem.md",
                  "---\ntitle: Hello\ndate: 2025-10-07\n---\n\nLorem ipsum dolor sit amet, "
                  "consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et "
                  "dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation.\n");
        FeedJob job;
        job.inputs = {(dir.path() / "posts").string()};
        job.output = (dir.path() / "feed.json").string();
        job.format = FeedFormat::json;
        job.base_url = "https://example.org/";
        job.time_zone = "UTC";
        job.limit = limit;
        job.language = "nl";
        ASSERT_EQ(run(job).status, JobStatus::ok);
        // Before, every item said the feed's `nl`; lorem ipsum takes the feed's.
        EXPECT_EQ(languages_in(read_text(dir.path() / "feed.json")), "nl nl nl en ")
            << "limit " << limit;

        // Without a language of its own the feed takes the one most items are in.
        job.language.clear();
        dir.write("posts/english2.md",
                  "---\ntitle: More\ndate: 2025-10-04\n---\n\nThis is the second post that we "
                  "wrote, and it is not the last one: there are more of them to come.\n");
        ASSERT_EQ(run(job).status, JobStatus::ok);
        EXPECT_EQ(languages_in(read_text(dir.path() / "feed.json")), "en nl en en ")
            << "limit " << limit;
    }
}

// Issue 22: browsers show an XML feed through the stylesheet written beside it.
TEST(FeedJob, WritesTheStylesheetBesideAnXmlFeedUnlessToldNot) {
    const TempDir dir;
    FeedJob job = job_in(dir);
    job.format = FeedFormat::atom;
    job.output = (dir.path() / "out/atom.xml").string();
    EXPECT_EQ(run(job).status, JobStatus::ok);
    EXPECT_EQ(read_text(dir.path() / "out/feed.xsl"), std::string(feed_stylesheet()));
    EXPECT_NE(read_text(dir.path() / "out/atom.xml").find("href=\"feed.xsl\"?>"),
              std::string::npos);

    const TempDir other;
    FeedJob without = job_in(other);
    without.format = FeedFormat::rss;
    without.output = (other.path() / "out/feed.xml").string();
    without.stylesheet = false;
    EXPECT_EQ(run(without).status, JobStatus::ok);
    EXPECT_FALSE(std::filesystem::exists(other.path() / "out/feed.xsl"));
    EXPECT_EQ(read_text(other.path() / "out/feed.xml").find("xml-stylesheet"), std::string::npos);

    const TempDir json_dir;
    EXPECT_EQ(run(job_in(json_dir)).status, JobStatus::ok);  // JSON Feed: no stylesheet
    EXPECT_FALSE(std::filesystem::exists(json_dir.path() / "out/feed.xsl"));
}

// `-o static/feed.xml` beside a site's own feed.xsl: the feed job had replaced it.
TEST(FeedJob, KeepsAFeedStylesheetItDidNotWrite) {
    const TempDir dir;
    FeedJob job = job_in(dir);
    job.format = FeedFormat::rss;
    job.output = (dir.path() / "out/feed.xml").string();
    dir.write("out/feed.xsl", "<xsl:stylesheet>the site's own</xsl:stylesheet>\n");
    const JobRun result = run(job);
    EXPECT_EQ(result.status, JobStatus::ok);
    EXPECT_TRUE(result.has_code("feed.stylesheet.kept"));
    EXPECT_EQ(read_text(dir.path() / "out/feed.xsl"),
              "<xsl:stylesheet>the site's own</xsl:stylesheet>\n");
    // Folio's own, of an older version (it has the mark), is written again without a word.
    dir.write("out/feed.xsl", "<?xml version=\"1.0\"?>\n" + std::string(kFeedStylesheetMark) +
                                  "\n<xsl:stylesheet>older</xsl:stylesheet>\n");
    const JobRun again = run(job);
    EXPECT_EQ(again.status, JobStatus::ok);
    EXPECT_FALSE(again.has_code("feed.stylesheet.kept"));
    EXPECT_EQ(read_text(dir.path() / "out/feed.xsl"), std::string(feed_stylesheet()));
}

TEST(FeedJob, RefusesToPingWithoutAHubAndAHubThatIsNoUrl) {
    const TempDir dir;
    FeedJob job = job_in(dir);
    job.ping = true;
    JobRun result = run(job);
    EXPECT_EQ(result.status, JobStatus::usage);
    ASSERT_EQ(result.diagnostics.size(), 1U);
    EXPECT_EQ(result.diagnostics[0].code, "feed.ping");
    job.hub = "hub.example";
    result = run(job);
    EXPECT_EQ(result.status, JobStatus::usage);
    ASSERT_EQ(result.diagnostics.size(), 1U);
    EXPECT_EQ(result.diagnostics[0].code, "feed.hub");
    EXPECT_FALSE(std::filesystem::exists(dir.path() / "out/feed.json"));
}

TEST(FeedJob, RefusesABadSourceDateEpochBeforeReadingAnything) {
    const TempDir dir;
    FeedJob job = job_in(dir);
    job.source_date_epoch = "yesterday";
    const JobRun result = run(job);
    EXPECT_EQ(result.status, JobStatus::usage);
    ASSERT_EQ(result.diagnostics.size(), 1U);
    EXPECT_EQ(result.diagnostics[0].code, "feed.source-date-epoch");
    EXPECT_EQ(result.diagnostics[0].message,
              "SOURCE_DATE_EPOCH='yesterday' is not a number of seconds since 1970-01-01");
    EXPECT_FALSE(std::filesystem::exists(dir.path() / "out/feed.json"));
}

TEST(FeedJob, RefusesAMissingBaseUrlAndALanguageThatIsNoTag) {
    const TempDir dir;
    FeedJob job = job_in(dir);
    job.base_url.clear();
    JobRun result = run(job);
    EXPECT_EQ(result.status, JobStatus::usage);
    ASSERT_EQ(result.diagnostics.size(), 1U);
    EXPECT_EQ(result.diagnostics[0].code, "feed.base-url");

    job = job_in(dir);
    job.language = "Dutch (NL)";
    result = run(job);
    EXPECT_EQ(result.status, JobStatus::usage);
    ASSERT_EQ(result.diagnostics.size(), 1U);
    EXPECT_EQ(result.diagnostics[0].code, "feed.language");
    EXPECT_EQ(result.diagnostics[0].message,
              "language 'Dutch (NL)' is not a BCP 47 language tag like nl or en-GB: it contains "
              "a space");
}

}  // namespace
}  // namespace folio::feed
