#include "formats/migrate/migrate_shorthands.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "formats/registry.hpp"
#include "tests/support/job_run.hpp"
#include "tests/support/temp_dir.hpp"

namespace folio {
namespace {

// The eight bytes every PNG starts with: images are copied only when their bytes are one.
const std::string kPngSignature("\x89PNG\r\n\x1A\n", 8);

using testing::read_text;
using testing::TempDir;

// `folio hugo` run as a C++ caller runs it: the shorthand's migration, the built-in formats, a
// sink that keeps what it is sent. (These were the tests of write_hugo_site, which it replaced.)
struct HugoRun {
    MigrateJob job = hugo_content_job();
    Diagnostics diagnostics;

    explicit HugoRun(const TempDir& dir) {
        job.inputs = {(dir.path() / "posts").string()};
        job.output = (dir.path() / "content").string();
    }
    JobStatus run() {
        return migrate_articles(job, builtin_load_options(),
                                [this](const Diagnostics& d) { diagnostics.append(d); });
    }
    std::vector<std::string> codes() const {
        std::vector<std::string> out;
        for (const Diagnostic& d : diagnostics.items()) out.push_back(d.code);
        return out;
    }
};

TEST(HugoShorthand, AliasesAJekyllSitesOldUrlsByItsConfiguration) {
    const TempDir dir;
    // The posts of a Jekyll site: its `_config.yml` says what their URLs were.
    dir.write("_config.yml", "permalink: /:categories/:title/\n");
    dir.write("_posts/2024-05-06-moving.md",
              "---\ntitle: Moving\ncategories: [Life]\n---\n\nBoxes.\n");
    HugoRun run(dir);
    run.job.inputs = {(dir.path() / "_posts").string()};
    EXPECT_EQ(run.run(), JobStatus::ok);
    const std::string page = read_text(dir.path() / "content/posts/moving/index.md");
    EXPECT_NE(page.find("aliases = [\"/life/moving/\"]"), std::string::npos) << page;
    // Nothing but the content: no rule files, no configuration.
    EXPECT_FALSE(std::filesystem::exists(dir.path() / "content/static"));
    EXPECT_FALSE(std::filesystem::exists(dir.path() / "content/_redirects"));
}

TEST(HugoShorthand, WritesABundlePerArticleWithAliasesAndImages) {
    const TempDir dir;
    dir.write(
        "posts/first.md",
        "---\ntitle: First\ndate: 2025-12-21\n---\n\n# First\n\nSee ![a](img/Diagram.PNG).\n");
    dir.write("posts/img/Diagram.PNG", kPngSignature);  // copied only when it is an image
    dir.write("posts/second.md", "---\ntitle: Second\n---\n\nText.\n");
    HugoRun run(dir);
    run.job.old_permalink = "/blog/:slug/";
    EXPECT_EQ(run.run(), JobStatus::ok);
    EXPECT_TRUE(run.diagnostics.items().empty());
    const auto content = dir.path() / "content";
    EXPECT_EQ(read_text(content / "posts/first/index.md"),
              "+++\n"
              "title = \"First\"\n"
              "date = 2025-12-21\n"
              "draft = false\n"
              "aliases = [\"/blog/first/\"]\n"
              "+++\n"
              "\n"
              "See ![a](diagram.png).\n");
    EXPECT_EQ(read_text(content / "posts/first/diagram.png"), kPngSignature);
    EXPECT_EQ(read_text(content / "posts/second/index.md"),
              "+++\ntitle = \"Second\"\ndraft = false\naliases = [\"/blog/second/\"]\n+++\n"
              "\nText.\n");
}

TEST(HugoShorthand, WritesFlatFilesIntoTheContentRootWithoutASection) {
    const TempDir dir;
    dir.write("posts/first.md", "---\ntitle: First\n---\n\nText.\n");
    HugoRun run(dir);
    MigrateJob flat = hugo_content_job("", false);
    flat.inputs = run.job.inputs;
    flat.output = run.job.output;
    run.job = flat;
    EXPECT_EQ(run.run(), JobStatus::ok);
    EXPECT_TRUE(std::filesystem::is_regular_file(dir.path() / "content/first.md"));
}

TEST(HugoShorthand, NotesSiteAbsoluteImagesWithoutAStaticFolderOncePerRun) {
    const TempDir dir;
    dir.write("posts/a.md", "---\ntitle: A\n---\n\n![x](/images/x.png)\n");
    dir.write("posts/b.md", "---\ntitle: B\n---\n\n![y](/images/y.png)\n");
    HugoRun run(dir);
    EXPECT_EQ(run.run(), JobStatus::ok);
    EXPECT_EQ(run.codes(), std::vector<std::string>{"hugo.image.unresolved"});
    // With the static folder the image is copied into the bundle.
    dir.write("static/images/x.png", kPngSignature);
    HugoRun with_static(dir);
    with_static.job.static_dir = (dir.path() / "static").string();
    with_static.job.inputs = {(dir.path() / "posts/a.md").string()};
    EXPECT_EQ(with_static.run(), JobStatus::ok);
    EXPECT_EQ(read_text(dir.path() / "content/posts/a/x.png"), kPngSignature);
}

TEST(HugoShorthand, RefusesAnUnknownPermalinkTokenBeforeReadingAnything) {
    const TempDir dir;
    dir.write("posts/a.md", "---\ntitle: A\n---\n");
    HugoRun run(dir);
    run.job.old_permalink = "/:nope/";
    EXPECT_EQ(run.run(), JobStatus::usage);
    ASSERT_EQ(run.codes(), std::vector<std::string>{"usage.permalink"});
    EXPECT_EQ(run.diagnostics.items()[0].severity, Severity::error);
    EXPECT_FALSE(std::filesystem::exists(dir.path() / "content"));
}

TEST(HugoShorthand, GoesOnPastABrokenArticleAndReportsInputErrors) {
    const TempDir dir;
    dir.write("posts/a.md", "---\ntitle: [unclosed\n---\n\nText.\n");
    dir.write("posts/b.md", "---\ntitle: B\n---\n\nText.\n");
    HugoRun run(dir);
    run.job.inputs.push_back((dir.path() / "missing.md").string());
    EXPECT_EQ(run.run(), JobStatus::input_errors);
    EXPECT_TRUE(std::filesystem::exists(dir.path() / "content/posts/b/index.md"));
    EXPECT_FALSE(std::filesystem::exists(dir.path() / "content/posts/a"));
    ASSERT_FALSE(run.diagnostics.items().empty());
    EXPECT_EQ(run.diagnostics.items()[0].code, "input.missing");
}

}  // namespace
}  // namespace folio
