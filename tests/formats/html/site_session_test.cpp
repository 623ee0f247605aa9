#include "formats/html/site_session.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <map>

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
    SiteJob job;
    std::vector<Diagnostic> reported;
    SiteSession session;

    static SiteJob make_job(const TempDir& dir, const std::string& output) {
        SiteJob job;
        job.inputs = {(dir.path() / "posts").string()};
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

    explicit SessionFixture(const std::function<void(const TempDir&)>& write)
        : job((write(dir), make_job(dir, "site"))),
          session(job, testing::test_load_options(), [this](const Diagnostics& d) {
              for (const Diagnostic& one : d.items()) reported.push_back(one);
          }) {}

    // What a full build of the inputs as they are now writes.
    std::map<std::string, std::string> full_build() const {
        const SiteJob fresh = make_job(dir, "full");
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

}  // namespace
}  // namespace folio::html
