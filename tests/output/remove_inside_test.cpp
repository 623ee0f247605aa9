#include "src/output/remove_inside.hpp"

#include <gtest/gtest.h>

#include <filesystem>

#include "tests/support/temp_dir.hpp"

namespace folio {
namespace {

namespace fs = std::filesystem;
using testing::TempDir;

TEST(RemoveFileInside, RemovesARegularFileAndTheFoldersItLeavesEmpty) {
    const TempDir dir;
    dir.write("root/a/b/page.html", "x");
    dir.write("root/a/keep.html", "x");
    std::string error;
    EXPECT_EQ(remove_file_inside(dir.path() / "root", "a/b/page.html", error), Removal::removed);
    EXPECT_FALSE(fs::exists(dir.path() / "root/a/b"));
    EXPECT_TRUE(fs::exists(dir.path() / "root/a/keep.html"));
    EXPECT_EQ(remove_file_inside(dir.path() / "root", "a/b/page.html", error), Removal::absent);
}

TEST(RemoveFileInside, NeverFollowsALinkOnTheWay) {
    const TempDir dir;
    dir.write("outside/page.html", "precious");
    dir.write("root/x", "");
    fs::create_directory_symlink(dir.path() / "outside", dir.path() / "root/linked");
    std::string error;
    EXPECT_EQ(remove_file_inside(dir.path() / "root", "linked/page.html", error),
              Removal::through_link);
    EXPECT_TRUE(fs::exists(dir.path() / "outside/page.html"));
}

TEST(RemoveFileInside, LeavesALinkAFolderAndPathsOutsideTheRootAlone) {
    const TempDir dir;
    dir.write("outside.html", "precious");
    dir.write("root/folder/inner", "x");
    fs::create_symlink(dir.path() / "outside.html", dir.path() / "root/link.html");
    std::string error;
    const fs::path root = dir.path() / "root";
    EXPECT_EQ(remove_file_inside(root, "link.html", error), Removal::not_regular);
    EXPECT_EQ(remove_file_inside(root, "folder", error), Removal::not_regular);
    EXPECT_EQ(remove_file_inside(root, "../outside.html", error), Removal::outside);
    EXPECT_EQ(remove_file_inside(root, (dir.path() / "outside.html").string(), error),
              Removal::outside);
    EXPECT_TRUE(fs::exists(dir.path() / "outside.html"));
    EXPECT_TRUE(fs::is_symlink(dir.path() / "root/link.html"));
}

}  // namespace
}  // namespace folio
