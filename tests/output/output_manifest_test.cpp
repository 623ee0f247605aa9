#include "src/output/output_manifest.hpp"

#include <gtest/gtest.h>

#include <filesystem>

#include "tests/support/temp_dir.hpp"

namespace folio {
namespace {

namespace fs = std::filesystem;
using testing::TempDir;

TEST(OutputManifest, ListsPathsSortedOnceAfterItsHeadingAndReadsThemBack) {
    const std::string text =
        write_manifest({"b/index.html", "a.css", "b/index.html", "bad\nname"}, "# heading\n");
    EXPECT_EQ(text, "# heading\na.css\nb/index.html\n");
    EXPECT_EQ(read_manifest(text), (std::vector<std::string>{"a.css", "b/index.html"}));
    EXPECT_EQ(read_manifest("# note\r\nx\r\n\ny"), (std::vector<std::string>{"x", "y"}));
}

TEST(OutputManifest, StaleFilesAreThoseOfThePreviousRunOnly) {
    EXPECT_EQ(
        stale_files({"old/index.html", "kept.html", "old/img.png"}, {"kept.html", "new.html"}),
        (std::vector<std::string>{"old/img.png", "old/index.html"}));
    EXPECT_TRUE(stale_files({}, {"x"}).empty());
}

TEST(OutputManifest, ReadsThePreviousListOnlyFromARegularFile) {
    const TempDir dir;
    EXPECT_TRUE(previous_manifest(dir.path() / "absent").empty());
    dir.write("elsewhere/list", "# x\nprecious.txt\n");
    EXPECT_EQ(previous_manifest(dir.path() / "elsewhere/list"),
              (std::vector<std::string>{"precious.txt"}));
    fs::create_symlink(dir.path() / "elsewhere/list", dir.path() / "linked");
    EXPECT_TRUE(previous_manifest(dir.path() / "linked").empty());
}

TEST(OutputManifest, RemovesStaleFilesOnlyInsideAndWarnsInTheOwnersWords) {
    const TempDir dir;
    dir.write("out/old.epub", "x");
    dir.write("outside.epub", "precious");
    dir.write("elsewhere/b.epub", "precious");
    fs::create_directory_symlink(dir.path() / "elsewhere", dir.path() / "out/linked");
    Diagnostics diagnostics;
    remove_stale_files(dir.path() / "out", dir.path() / "out/.list",
                       {"old.epub", "../outside.epub", "linked/b.epub", "gone.epub"},
                       {"epub", "the folder"}, diagnostics);
    EXPECT_FALSE(fs::exists(dir.path() / "out/old.epub"));
    EXPECT_TRUE(fs::exists(dir.path() / "outside.epub"));
    EXPECT_TRUE(fs::exists(dir.path() / "elsewhere/b.epub"));
    ASSERT_EQ(diagnostics.items().size(), 2u);
    EXPECT_EQ(format_diagnostic(diagnostics.items()[0]),
              (dir.path() / "out/.list").string() +
                  ": warning: the manifest names '../outside.epub', which is not inside the "
                  "folder: it is left alone [epub.manifest.outside]\n");
    EXPECT_EQ(diagnostics.items()[1].code, "epub.manifest.link");
}

}  // namespace
}  // namespace folio
