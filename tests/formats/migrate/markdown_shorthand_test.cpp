#include "formats/migrate/migrate_shorthands.hpp"

#include <gtest/gtest.h>

#include <filesystem>

#include "formats/registry.hpp"
#include "tests/support/job_run.hpp"
#include "tests/support/temp_dir.hpp"

namespace folio {
namespace {

using testing::read_text;
using testing::TempDir;

// `folio markdown` run as a C++ caller runs it. (These were the tests of write_markdown_files,
// which the shorthand's migration replaced.)
JobStatus run(const MigrateJob& job, Diagnostics& diagnostics) {
    return migrate_articles(job, builtin_load_options(),
                            [&](const Diagnostics& d) { diagnostics.append(d); });
}

MigrateJob job_for(const TempDir& dir, FrontMatterTarget style) {
    MigrateJob job = markdown_files_job(style);
    job.inputs = {(dir.path() / "in").string()};
    job.output = (dir.path() / "out").string();
    return job;
}

TEST(MarkdownShorthand, WritesASlugNamedFilePerArticleInTheChosenStyle) {
    const TempDir dir;
    dir.write("in/one.md",
              "+++\ntitle = \"One\"\nsummary = \"S\"\ncategories = [\"C\"]\n+++\n\n*Body*.\n");
    dir.write("in/sub/two.md", "---\ntitle: Two\nslug: second\n---\n");
    Diagnostics diagnostics;
    EXPECT_EQ(run(job_for(dir, FrontMatterTarget::style_a_yaml), diagnostics), JobStatus::ok);
    EXPECT_TRUE(diagnostics.items().empty());
    EXPECT_EQ(read_text(dir.path() / "out/one.md"),
              "---\ntitle: \"One\"\ncategory: \"C\"\nexcerpt: \"S\"\n---\n\n*Body*.\n");
    EXPECT_EQ(read_text(dir.path() / "out/second.md"),
              "---\ntitle: \"Two\"\nslug: \"second\"\n---\n");

    EXPECT_EQ(run(job_for(dir, FrontMatterTarget::hugo_toml), diagnostics), JobStatus::ok);
    EXPECT_EQ(read_text(dir.path() / "out/one.md"),
              "+++\ntitle = \"One\"\ndraft = false\ncategories = [\"C\"]\nsummary = \"S\"\n+++\n"
              "\n*Body*.\n");
}

TEST(MarkdownShorthand, CopiesBodiesAsWrittenUnlessAskedToReformat) {
    const TempDir dir;
    const std::string body =
        "\r\n# Kept\r\n\r\nHi\\! _x_ [ref][r]\r\n\r\n1. a\r\n1. b\r\n\r\n[r]: /r\r\n";
    dir.write("in/one.md", "---\r\ntitle: One\r\n---\r\n" + body);
    Diagnostics diagnostics;
    MigrateJob job = job_for(dir, FrontMatterTarget::style_b_yaml);
    EXPECT_EQ(run(job, diagnostics), JobStatus::ok);
    // The front matter is written anew, with the file's CRLF; the body, from the blank line
    // after it, is the file's.
    EXPECT_EQ(read_text(dir.path() / "out/one.md"), "---\r\ntitle: One\r\n---\r\n" + body);

    job.reformat = true;
    EXPECT_EQ(run(job, diagnostics), JobStatus::ok);
    EXPECT_EQ(read_text(dir.path() / "out/one.md"),
              "---\ntitle: One\n---\n\n# Kept\n\nHi! *x* [ref](/r)\n\n1. a\n2. b\n");
    EXPECT_TRUE(diagnostics.items().empty());
}

TEST(MarkdownShorthand, ReportsWhatTheStyleCannotHoldAndGoesOnPastABrokenFile) {
    const TempDir dir;
    dir.write("in/a.md", "---\ntitle: [unclosed\n---\n");
    dir.write("in/b.md", "---\ntitle: B\nnote: null\n---\n\nText.\n");
    Diagnostics diagnostics;
    EXPECT_EQ(run(job_for(dir, FrontMatterTarget::hugo_toml), diagnostics),
              JobStatus::input_errors);
    std::vector<std::string> codes;
    for (const Diagnostic& d : diagnostics.items()) codes.push_back(d.code);
    ASSERT_EQ(codes.size(), 2u);
    EXPECT_EQ(diagnostics.items()[0].severity, Severity::error);
    EXPECT_EQ(codes[1], "hugo.toml.null");
    EXPECT_FALSE(std::filesystem::exists(dir.path() / "out/a.md"));
    EXPECT_EQ(read_text(dir.path() / "out/b.md"),
              "+++\ntitle = \"B\"\ndraft = false\n+++\n\nText.\n");
}

}  // namespace
}  // namespace folio
