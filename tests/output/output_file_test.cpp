#include "output/output_file.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "support/temp_dir.hpp"

namespace folio {
namespace {

namespace fs = std::filesystem;
using testing::TempDir;

std::string slurp(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

TEST(WriteFileAtomically, ReplacesTheTargetAndLeavesNoTemporaryFile) {
    const TempDir dir;
    const fs::path target = dir.path() / "sub" / "feed.xml";
    ASSERT_FALSE(write_file_atomically(target, "old").has_value());
    ASSERT_FALSE(write_file_atomically(target, "new").has_value());
    EXPECT_EQ(slurp(target), "new");
    int entries = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(target.parent_path())) ++entries;
    EXPECT_EQ(entries, 1);
}

TEST(WriteFileAtomically, WritesUnsyncedFilesThatTheFinalSyncCommits) {
    const TempDir dir;
    for (int i = 0; i < 3; ++i) {
        ASSERT_FALSE(write_file_atomically(dir.path() / "page.md", std::to_string(i),
                                           Sync::at_end).has_value());
    }
    EXPECT_EQ(slurp(dir.path() / "page.md"), "2");
    int entries = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir.path())) ++entries;
    EXPECT_EQ(entries, 1);
    EXPECT_FALSE(sync_file_system(dir.path()).has_value());
    const auto missing = sync_file_system(dir.path() / "nowhere");
    ASSERT_TRUE(missing.has_value());
    EXPECT_EQ(missing->code, "output.write");
}

TEST(WriteFileAtomically, ReportsAnUnwritableTarget) {
    const TempDir dir;
    const fs::path blocker = dir.path() / "file";
    ASSERT_FALSE(write_file_atomically(blocker, "x").has_value());
    const auto error = write_file_atomically(blocker / "inside.xml", "y");
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->code, "output.write");
    EXPECT_EQ(slurp(blocker), "x");
}

TEST(PathInside, RefusesEveryWayOut) {
    const fs::path root = "/site";
    EXPECT_EQ(path_inside(root, "posts/a/index.html"), fs::path("/site/posts/a/index.html"));
    for (const std::string_view bad : {"../etc/passwd", "/etc/passwd", "a/../../b", "a//b", "a/./b",
                                       "a\\..\\b", "", "a/"}) {
        EXPECT_FALSE(path_inside(root, bad).has_value()) << bad;
    }
    EXPECT_FALSE(path_inside(root, std::string_view("a\0b", 3)).has_value());
}

TEST(WriteFiles, WritesInsideTheRootAndReportsTheRest) {
    const TempDir dir;
    Diagnostics diagnostics;
    const auto written =
        write_files(dir.path(), {{"posts/a/index.html", "a"}, {"../escape.html", "x"}}, diagnostics);
    ASSERT_EQ(written.size(), 1u);
    EXPECT_EQ(slurp(dir.path() / "posts/a/index.html"), "a");
    EXPECT_FALSE(fs::exists(dir.path().parent_path() / "escape.html"));
    ASSERT_EQ(diagnostics.items().size(), 1u);
    EXPECT_EQ(diagnostics.items()[0].code, "output.outside-root");
}

}  // namespace
}  // namespace folio
