#include "formats/html/site_session.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <map>

#include "src/output/output_lock.hpp"
#include "tests/support/job_run.hpp"
#include "tests/support/temp_dir.hpp"

namespace folio::html {
namespace {

namespace fs = std::filesystem;
using testing::read_text;
using testing::TempDir;

// Every file of a site (the lock aside) and its bytes.
std::map<std::string, std::string> site_files(const fs::path& root) {
    std::map<std::string, std::string> files;
    for (const auto& entry : fs::recursive_directory_iterator(root)) {
        if (!entry.is_regular_file()) continue;
        const std::string relative = fs::relative(entry.path(), root).generic_string();
        if (relative != ".folio.lock") files[relative] = read_text(entry.path());
    }
    return files;
}

struct SessionFixture {
    TempDir dir;
    bool drafts = false;  ///< the site shows drafts, as `folio serve` does by default
    SiteJob job;
    std::vector<Diagnostic> reported;
    SiteSession session;

    static SiteJob make_job(const TempDir& dir, const std::string& output, bool drafts = false) {
        SiteJob job;
        job.publication.drafts = drafts;
        job.inputs = {(dir.path() / "posts").string()};
        // An export and a favicon when the test made them.
        if (fs::exists(dir.path() / "blog.xml")) job.inputs.push_back((dir.path() / "blog.xml").string());
        if (fs::exists(dir.path() / "icon.svg")) job.favicon = (dir.path() / "icon.svg").string();
        job.output = (dir.path() / output).string();
        job.base_url = "https://example.org/";
        job.title = "Blog";
        job.language = "en";
        job.time_zone = "UTC";
        job.feeds.rss = [](const Feed& feed) {
            std::string out = "rss";
            for (const FeedItem& item : feed.items) out += "\n" + item.title + ": " + item.content_html;
            return out;
        };
        job.feeds.atom = [](const Feed& feed) { return "atom " + std::to_string(feed.items.size()); };
        return job;
    }

    explicit SessionFixture(const std::function<void(const TempDir&)>& write,
                            bool show_drafts = false)
        : drafts(show_drafts),
          job((write(dir), make_job(dir, "site", drafts))),
          session(job, testing::test_load_options(), [this](const Diagnostics& d) {
              for (const Diagnostic& one : d.items()) reported.push_back(one);
          }) {}

    // What a full build of the inputs as they are now writes.
    std::map<std::string, std::string> full_build() const {
        const SiteJob fresh = make_job(dir, "full", drafts);
        fs::remove_all(fresh.output);
        testing::run_job(build_site, fresh);
        return site_files(fresh.output);
    }

    std::string post(const std::string& name) const { return (dir.path() / "posts" / name).string(); }
};

void write_site(const TempDir& dir) {
    dir.write("posts/a.md", "---\ntitle: A\ndate: 2025-01-01\ntags: [x]\n---\n\nAlpha.\n");
    dir.write("posts/b.md", "---\ntitle: B\ndate: 2025-01-02\ntags: [x]\n---\n\nBeta, see "
                            "[c](/posts/c/).\n");
    dir.write("posts/c.md", "---\ntitle: C\ndate: 2025-01-03\ntags: [x, y]\n---\n\nGamma.\n");
    dir.write("posts/d.md", "---\ntitle: D\ndate: 2025-01-04\n---\n\nDelta.\n");
}

TEST(SiteSession, AfterEachEditTheSiteIsWhatAFullBuildWrites) {
    SessionFixture f(write_site);
    ASSERT_EQ(f.session.build(), JobStatus::ok);
    EXPECT_EQ(site_files(f.job.output), f.full_build());

    // The body: only its page.
    f.dir.write("posts/a.md", "---\ntitle: A\ndate: 2025-01-01\ntags: [x]\n---\n\nAlpha two.\n");
    RebuildSummary summary = f.session.rebuild({f.post("a.md")});
    EXPECT_EQ(summary.page_files, (std::vector<std::string>{"posts/a/index.html"}));
    EXPECT_FALSE(summary.lists);
    EXPECT_EQ(site_files(f.job.output), f.full_build());

    // The title: the lists, neighbours and related posts too.
    f.dir.write("posts/c.md", "---\ntitle: C again\ndate: 2025-01-03\ntags: [x, y]\n---\n\nGamma.\n");
    summary = f.session.rebuild({f.post("c.md")});
    EXPECT_TRUE(summary.lists);
    EXPECT_EQ(site_files(f.job.output), f.full_build());

    // A new article, then one deleted: its page, its tag page and the link to it go.
    f.dir.write("posts/e.md", "---\ntitle: E\ndate: 2025-01-05\ntags: [z]\n---\n\nEpsilon.\n");
    f.session.rebuild({f.post("e.md")});
    EXPECT_EQ(site_files(f.job.output), f.full_build());
    fs::remove(f.post("c.md"));
    summary = f.session.rebuild({f.post("c.md")});
    EXPECT_EQ(summary.removed, 1U);
    EXPECT_FALSE(fs::exists(fs::path(f.job.output) / "posts/c/index.html"));
    EXPECT_FALSE(fs::exists(fs::path(f.job.output) / "tags/y/index.html"));
    EXPECT_EQ(site_files(f.job.output), f.full_build());
}

// Every file of the search index, one after the other.
std::string search_index_text(const fs::path& site) {
    std::string text;
    for (const auto& file : fs::directory_iterator(site / "search")) {
        if (file.path().filename().string().starts_with("search-")) text += read_text(file.path());
    }
    return text;
}

void write_site_with_draft(const TempDir& dir) {
    write_site(dir);
    dir.write("posts/e.md", "---\ntitle: Eve\ndate: 2025-01-05\ndraft: true\ntags: [x]\n---\n\n"
                            "Epsilon words.\n");
}

// `folio serve` shows drafts, marked as such on their page and wherever they are listed, and
// keeps them out of what machines read (feeds, sitemap, search index), as `folio html
// --drafts` does: its site stays the full build's after a draft is published and made a
// draft again.
TEST(SiteSession, ShowsDraftsMarkedAndKeepsThemOutOfFeedsSitemapAndSearch) {
    SessionFixture f(write_site_with_draft, true);
    ASSERT_EQ(f.session.build(), JobStatus::ok);
    const fs::path site = f.job.output;
    const std::string mark = "<span class=\"draft\">Draft</span>";
    const std::string page = read_text(site / "posts/e/index.html");
    EXPECT_NE(page.find("<h1>Eve " + mark + "</h1>"), std::string::npos) << page;
    EXPECT_NE(page.find("<meta name=\"robots\" content=\"noindex\">"), std::string::npos);
    for (const char* list : {"index.html", "archive/index.html", "tags/x/index.html"})
        EXPECT_NE(read_text(site / list).find("Eve " + mark + "</a>"), std::string::npos) << list;
    // A published article is not marked, and its neighbour link names the draft as one.
    const std::string page_d = read_text(site / "posts/d/index.html");
    EXPECT_EQ(page_d.find("<h1>D <span"), std::string::npos);
    EXPECT_NE(page_d.find("Eve " + mark + "</a>"), std::string::npos);
    EXPECT_EQ(read_text(site / "feed.xml").find("Eve"), std::string::npos);
    EXPECT_EQ(read_text(site / "sitemap.xml").find("posts/e/"), std::string::npos);
    EXPECT_EQ(search_index_text(site).find("Eve"), std::string::npos);
    EXPECT_NE(search_index_text(site).find("posts/d/"), std::string::npos);
    EXPECT_EQ(site_files(site), f.full_build());

    // Published: no mark, and in the feeds, the sitemap and the search index.
    f.dir.write("posts/e.md",
                "---\ntitle: Eve\ndate: 2025-01-05\ntags: [x]\n---\n\nEpsilon words.\n");
    f.session.rebuild({f.post("e.md")});
    EXPECT_EQ(read_text(site / "posts/e/index.html").find(mark), std::string::npos);
    EXPECT_NE(read_text(site / "feed.xml").find("Eve"), std::string::npos);
    EXPECT_NE(read_text(site / "sitemap.xml").find("posts/e/"), std::string::npos);
    EXPECT_NE(search_index_text(site).find("Eve"), std::string::npos);
    EXPECT_EQ(site_files(site), f.full_build());

    // A draft again.
    f.dir.write("posts/e.md", "---\ntitle: Eve\ndate: 2025-01-05\ndraft: true\ntags: [x]\n---\n\n"
                              "Epsilon words.\n");
    f.session.rebuild({f.post("e.md")});
    EXPECT_NE(read_text(site / "posts/e/index.html").find(mark), std::string::npos);
    EXPECT_EQ(read_text(site / "feed.xml").find("Eve"), std::string::npos);
    EXPECT_EQ(site_files(site), f.full_build());
}

// The search index's files an edit rewrote, by name.
std::vector<std::string> rewritten_search_files(const fs::path& site, fs::file_time_type since) {
    std::vector<std::string> names;
    for (const auto& file : fs::directory_iterator(site / "search")) {
        if (fs::last_write_time(file.path()) > since) names.push_back(file.path().filename().string());
    }
    std::sort(names.begin(), names.end());
    return names;
}

TEST(SiteSession, AnEditRewritesOnlyTheSearchIndexFilesItChanges) {
    SessionFixture f(write_site);
    ASSERT_EQ(f.session.build(), JobStatus::ok);
    const fs::path site = f.job.output;
    const auto long_ago = fs::file_time_type::clock::now() - std::chrono::hours(24);
    const auto age_all = [&] {
        for (const auto& file : fs::directory_iterator(site / "search"))
            fs::last_write_time(file.path(), long_ago);
    };
    age_all();
    // A new word: its key's file, the list of keys, and the article's summary.
    f.dir.write("posts/a.md", "---\ntitle: A\ndate: 2025-01-01\ntags: [x]\n---\n\nAlpha zeta.\n");
    f.session.rebuild({f.post("a.md")});
    EXPECT_EQ(rewritten_search_files(site, long_ago),
              (std::vector<std::string>{"search-articles-1.js", "search-index.js",
                                        "search-words-7a65.js"}));
    EXPECT_EQ(site_files(site), f.full_build());
    // The word gone again: so is its file.
    age_all();
    f.dir.write("posts/a.md", "---\ntitle: A\ndate: 2025-01-01\ntags: [x]\n---\n\nAlpha.\n");
    f.session.rebuild({f.post("a.md")});
    EXPECT_FALSE(fs::exists(site / "search/search-words-7a65.js"));
    EXPECT_EQ(rewritten_search_files(site, long_ago),
              (std::vector<std::string>{"search-articles-1.js", "search-index.js"}));
    EXPECT_EQ(site_files(site), f.full_build());
}

// Without a base URL there are no feeds, whose change would have rewritten the manifest anyway.
TEST(SiteSession, ANewWordsFileIsInTheManifestSoAFullBuildCanRemoveIt) {
    TempDir dir;
    write_site(dir);
    SiteJob job = SessionFixture::make_job(dir, "site");
    job.base_url.clear();
    SiteSession session(job, testing::test_load_options(), [](const Diagnostics&) {});
    ASSERT_EQ(session.build(), JobStatus::ok);
    dir.write("posts/a.md", "---\ntitle: A\ndate: 2025-01-01\ntags: [x]\n---\n\nAlpha zeta.\n");
    session.rebuild({(dir.path() / "posts/a.md").string()});
    ASSERT_TRUE(fs::exists(fs::path(job.output) / "search/search-words-7a65.js"));
    EXPECT_NE(read_text(fs::path(job.output) / ".folio-manifest").find("search/search-words-7a65.js"),
              std::string::npos);
}

TEST(SiteSession, ABrokenFrontMatterIsAProblemAtItsPageUntilItIsFixed) {
    SessionFixture f(write_site);
    ASSERT_EQ(f.session.build(), JobStatus::ok);
    const std::string before = read_text(fs::path(f.job.output) / "posts/b/index.html");
    f.dir.write("posts/b.md", "---\ntitle: [B\ndate: 2025-01-02\n---\n\nBroken.\n");
    f.session.rebuild({f.post("b.md")});
    ASSERT_EQ(f.session.problems().size(), 1U);
    EXPECT_EQ(f.session.problems()[0].source, f.post("b.md"));
    EXPECT_EQ(f.session.problems()[0].page_file, "posts/b/index.html");
    EXPECT_NE(f.session.problems()[0].message.find("b.md:3:5: error: invalid YAML"), std::string::npos)
        << f.session.problems()[0].message;
    // The last good page stays.
    EXPECT_EQ(read_text(fs::path(f.job.output) / "posts/b/index.html"), before);

    f.dir.write("posts/b.md", "---\ntitle: B\ndate: 2025-01-02\ntags: [x]\n---\n\nFixed.\n");
    f.session.rebuild({f.post("b.md")});
    EXPECT_TRUE(f.session.problems().empty());
    EXPECT_EQ(site_files(f.job.output), f.full_build());
}

// A page made again because a neighbour changed, whose file cannot be read now (gone, and the
// watcher not yet told): the body loop made no page, and its page and images had been removed
// as "no longer shown".
TEST(SiteSession, APageWhoseBodyCannotBeReadAgainStays) {
    SessionFixture f(write_site);
    ASSERT_EQ(f.session.build(), JobStatus::ok);
    const fs::path page = fs::path(f.job.output) / "posts/b/index.html";
    const std::string before = read_text(page);
    fs::remove(f.post("b.md"));
    // C's title shows in B's "newer" link: B's page is made again.
    f.dir.write("posts/c.md", "---\ntitle: C again\ndate: 2025-01-03\ntags: [x, y]\n---\n\nGamma.\n");
    f.session.rebuild({f.post("c.md")});
    ASSERT_TRUE(fs::exists(page));
    EXPECT_EQ(read_text(page), before);
}

// B's front matter is broken while C's title changes: B's page, made again for its "newer"
// link, had been made of the broken file.
TEST(SiteSession, ABrokenArticlesPageIsNotRemadeForANeighbour) {
    SessionFixture f(write_site);
    ASSERT_EQ(f.session.build(), JobStatus::ok);
    const fs::path page = fs::path(f.job.output) / "posts/b/index.html";
    const std::string before = read_text(page);
    f.dir.write("posts/b.md", "---\ntitle: [B\ndate: 2025-01-02\n---\n\nHalf written.\n");
    f.session.rebuild({f.post("b.md")});
    ASSERT_EQ(f.session.problems().size(), 1U);
    f.dir.write("posts/c.md", "---\ntitle: C again\ndate: 2025-01-03\ntags: [x, y]\n---\n\nGamma.\n");
    f.session.rebuild({f.post("c.md")});
    EXPECT_EQ(read_text(page), before);
}

// An export among the inputs: its posts are sources of their own. A new article made the
// inputs be listed again, without the export's posts, and every imported post's page went.
TEST(SiteSession, AnExportsPostsStayWhenAnArticleIsAdded) {
    const TempDir dir;
    write_site(dir);
    dir.write("blog.xml",
              "<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n"
              "<rss version=\"2.0\" xmlns:wp=\"http://wordpress.org/export/1.2/\" "
              "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">\n<channel>\n"
              "<item><title>Imported</title><wp:post_id>7</wp:post_id>"
              "<wp:post_type>post</wp:post_type><wp:status>publish</wp:status>"
              "<wp:post_name>imported</wp:post_name>"
              "<wp:post_date>2020-01-02 10:00:00</wp:post_date>"
              "<content:encoded><![CDATA[<p>From WordPress.</p>]]></content:encoded></item>\n"
              "</channel>\n</rss>\n");
    SiteJob job = SessionFixture::make_job(dir, "site");
    job.inputs.push_back((dir.path() / "blog.xml").string());
    SiteSession session(job, testing::test_load_options(), [](const Diagnostics&) {});
    ASSERT_EQ(session.build(), JobStatus::ok);
    const fs::path imported = fs::path(job.output) / "posts/imported/index.html";
    ASSERT_TRUE(fs::exists(imported));
    dir.write("posts/e.md", "---\ntitle: E\ndate: 2025-01-05\n---\n\nEpsilon.\n");
    session.rebuild({(dir.path() / "posts/e.md").string()});
    EXPECT_TRUE(fs::exists(fs::path(job.output) / "posts/e/index.html"));
    EXPECT_TRUE(fs::exists(imported));
}

// Another run held the site's lock: the rebuild wrote nothing, but the session had taken in
// the edits (the new metadata, C's new title), so the next rebuild planned from articles whose
// pages were never written and left A's body and C's title out of the site.
TEST(SiteSession, EditsALockedSiteKeptOutAreWrittenWithTheNextOnes) {
    SessionFixture f(write_site);
    ASSERT_EQ(f.session.build(), JobStatus::ok);
    const std::map<std::string, std::string> before = site_files(f.job.output);
    {
        const Result<OutputLock> other = OutputLock::take(f.job.output, OutputShape::folder);
        ASSERT_TRUE(other);
        f.dir.write("posts/a.md", "---\ntitle: A\ndate: 2025-01-01\ntags: [x]\n---\n\nAlpha two.\n");
        f.dir.write("posts/c.md", "---\ntitle: C again\ndate: 2025-01-03\ntags: [x, y]\n---\n\nGamma.\n");
        f.reported.clear();
        const RebuildSummary summary = f.session.rebuild({f.post("a.md"), f.post("c.md")});
        EXPECT_TRUE(summary.page_files.empty());
        ASSERT_EQ(f.reported.size(), 1U);
        EXPECT_EQ(f.reported[0].code, "output.locked");
        EXPECT_EQ(site_files(f.job.output), before);
    }
    f.dir.write("posts/b.md", "---\ntitle: B\ndate: 2025-01-02\ntags: [x]\n---\n\nBeta two.\n");
    f.session.rebuild({f.post("b.md")});
    EXPECT_EQ(site_files(f.job.output), f.full_build());
}

// The same for a full build (the favicon changed): the session had read every article again as
// if the site had been written.
TEST(SiteSession, AFullBuildALockedSiteKeptOutIsDoneWithTheNextChange) {
    SessionFixture f([](const TempDir& dir) {
        write_site(dir);
        dir.write("icon.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
    });
    ASSERT_EQ(f.session.build(), JobStatus::ok);
    {
        const Result<OutputLock> other = OutputLock::take(f.job.output, OutputShape::folder);
        ASSERT_TRUE(other);
        f.dir.write("posts/c.md", "---\ntitle: C again\ndate: 2025-01-03\ntags: [x, y]\n---\n\nGamma.\n");
        f.dir.write("icon.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"16\"/>\n");
        f.session.rebuild({(f.dir.path() / "icon.svg").string(), f.post("c.md")});
    }
    f.dir.write("posts/b.md", "---\ntitle: B\ndate: 2025-01-02\ntags: [x]\n---\n\nBeta two.\n");
    EXPECT_TRUE(f.session.rebuild({f.post("b.md")}).full);
    EXPECT_EQ(site_files(f.job.output), f.full_build());
}

constexpr std::string_view kExportStart =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n"
    "<rss version=\"2.0\" xmlns:wp=\"http://wordpress.org/export/1.2/\" "
    "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">\n<channel>\n";

std::string exported_post(const std::string& slug, const std::string& title, const std::string& body) {
    return "<item><title>" + title + "</title><wp:post_id>" + std::to_string(slug.size()) +
           "</wp:post_id><wp:post_type>post</wp:post_type><wp:status>publish</wp:status>"
           "<wp:post_name>" + slug + "</wp:post_name>"
           "<wp:post_date>2020-01-02 10:00:00</wp:post_date>"
           "<content:encoded><![CDATA[<p>" + body + "</p>]]></content:encoded></item>\n";
}

std::string export_of(const std::string& items) {
    return std::string(kExportStart) + items + "</channel>\n</rss>\n";
}

// A WordPress export saved while served: its posts were kept as first read, so an edited post
// kept its old page, a removed one its page and a new one had none.
TEST(SiteSession, ASavedExportIsReadAgainWithItsPostsPages) {
    SessionFixture f([](const TempDir& dir) {
        write_site(dir);
        dir.write("blog.xml", export_of(exported_post("kept", "Kept", "First words.") +
                                        exported_post("dropped", "Dropped", "Gone soon.")));
    });
    ASSERT_EQ(f.session.build(), JobStatus::ok);
    const fs::path site(f.job.output);
    ASSERT_TRUE(fs::exists(site / "posts/dropped/index.html"));
    f.dir.write("blog.xml", export_of(exported_post("kept", "Kept and edited", "Second words.") +
                                      exported_post("added", "Added", "New here.")));
    const RebuildSummary summary = f.session.rebuild({(f.dir.path() / "blog.xml").string()});
    EXPECT_EQ(summary.removed, 1U);
    EXPECT_NE(read_text(site / "posts/kept/index.html").find("Second words."), std::string::npos);
    EXPECT_TRUE(fs::exists(site / "posts/added/index.html"));
    EXPECT_FALSE(fs::exists(site / "posts/dropped/index.html"));
    EXPECT_EQ(site_files(f.job.output), f.full_build());
}

// A folder of articles moved out of the inputs (the watcher names the folder), then moved back
// in (the watcher names the files it holds).
TEST(SiteSession, AFolderMovedAwayTakesItsPagesAndMovedBackBringsThem) {
    SessionFixture f([](const TempDir& dir) {
        write_site(dir);
        dir.write("posts/2024/e.md", "---\ntitle: E\ndate: 2024-06-01\ntags: [x]\n---\n\nEpsilon.\n");
        dir.write("posts/2024/deep/f.md", "---\ntitle: F\ndate: 2024-07-01\n---\n\nPhi.\n");
    });
    ASSERT_EQ(f.session.build(), JobStatus::ok);
    const fs::path site(f.job.output);
    ASSERT_TRUE(fs::exists(site / "posts/f/index.html"));
    fs::create_directories(f.dir.path() / "elsewhere");
    fs::rename(f.dir.path() / "posts/2024", f.dir.path() / "elsewhere/2024");
    RebuildSummary summary = f.session.rebuild({f.post("2024")});
    EXPECT_EQ(summary.removed, 2U);
    EXPECT_FALSE(fs::exists(site / "posts/e/index.html"));
    EXPECT_EQ(site_files(f.job.output), f.full_build());
    fs::rename(f.dir.path() / "elsewhere/2024", f.dir.path() / "posts/2024");
    summary = f.session.rebuild({f.post("2024/deep/f.md"), f.post("2024/e.md")});
    EXPECT_TRUE(fs::exists(site / "posts/e/index.html"));
    EXPECT_EQ(site_files(f.job.output), f.full_build());
}

}  // namespace
}  // namespace folio::html
