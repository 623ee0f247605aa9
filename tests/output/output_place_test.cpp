#include "src/output/output_place.hpp"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>

#include "tests/support/temp_dir.hpp"

namespace folio {
namespace {

namespace fs = std::filesystem;
using testing::TempDir;

std::string code_of(const std::optional<Diagnostic>& problem) {
    return problem ? problem->code : "";
}

TEST(OutputPlace, RefusesAnOutputThatIsAnInput) {
    const TempDir dir;
    const std::string posts = dir.path() / "posts";
    dir.write("posts/a.md", "# A\n");
    EXPECT_EQ(code_of(output_place_problem({posts}, posts, OutputShape::folder)), "usage.overlap");
    EXPECT_EQ(code_of(output_place_problem({posts}, posts + "/", OutputShape::folder)),
              "usage.overlap");
    // The same file by another name: a hard link.
    fs::create_hard_link(dir.path() / "posts/a.md", dir.path() / "b.md");
    EXPECT_EQ(code_of(output_place_problem({posts + "/a.md"}, (dir.path() / "b.md").string(),
                                           OutputShape::file)),
              "usage.overlap");
}

TEST(OutputPlace, RefusesAnOutputInsideOrAroundAnInput) {
    const TempDir dir;
    const std::string posts = dir.path() / "posts";
    dir.write("posts/a.md", "# A\n");
    EXPECT_EQ(code_of(output_place_problem({posts}, posts + "/x.md", OutputShape::file)),
              "usage.overlap");
    EXPECT_EQ(code_of(output_place_problem({posts}, posts + "/out/site", OutputShape::folder)),
              "usage.overlap");
    EXPECT_EQ(code_of(output_place_problem({posts + "/a.md"}, dir.path().string(),
                                           OutputShape::folder)),
              "usage.overlap");
    // Through a link to the input.
    fs::create_directory_symlink(posts, dir.path() / "alias");
    EXPECT_EQ(code_of(output_place_problem({posts}, (dir.path() / "alias/new").string(),
                                           OutputShape::folder)),
              "usage.overlap");
}

TEST(OutputPlace, AcceptsOutputsApartFromTheInputs) {
    const TempDir dir;
    dir.write("posts/a.md", "# A\n");
    const std::string posts = dir.path() / "posts";
    EXPECT_FALSE(output_place_problem({posts}, dir.path() / "site", OutputShape::folder));
    // A sibling whose name starts with the input's is not inside it.
    EXPECT_FALSE(output_place_problem({posts}, dir.path() / "posts-site", OutputShape::folder));
    EXPECT_FALSE(output_place_problem({posts}, dir.path() / "book.epub", OutputShape::file));
    EXPECT_FALSE(output_place_problem({"-"}, "-", OutputShape::file));
    EXPECT_FALSE(output_place_problem({posts, "missing"}, "-", OutputShape::file));
}

TEST(OutputPlace, RefusesAnOutputThatIsNotARegularFileOrFolder) {
    const TempDir dir;
    const std::string fifo = dir.path() / "pipe";
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    EXPECT_EQ(code_of(output_place_problem({}, fifo, OutputShape::file)), "usage.output-kind");
    EXPECT_EQ(code_of(output_place_problem({}, fifo, OutputShape::folder)), "usage.output-kind");
    dir.write("file.epub", "x");
    EXPECT_EQ(code_of(output_place_problem({}, dir.path() / "file.epub", OutputShape::folder)),
              "usage.output-kind");
    EXPECT_EQ(code_of(output_place_problem({}, dir.path().string(), OutputShape::file)),
              "usage.output-kind");
}

TEST(OutputPlace, RefusesStandardOutputByItsDeviceName) {
    // Whatever standard output is while the test runs (a terminal, a pipe, a file), the name
    // stands for it and a rename over it would replace /dev/stdout itself.
    EXPECT_EQ(code_of(output_place_problem({}, "/dev/stdout", OutputShape::file)),
              "usage.output-kind");
    EXPECT_EQ(code_of(output_place_problem({}, "/proc/self/fd/1", OutputShape::file)),
              "usage.output-kind");
}

TEST(OutputPlace, TakesARegularFileThatLivesInDevShm) {
    // /dev/shm is a tmpfs: a book written there before is replaced like any file. It was
    // refused as "a system file that stands for another" for lying under /dev/.
    if (!fs::is_directory("/dev/shm")) GTEST_SKIP() << "no /dev/shm on this machine";
    const std::string book = "/dev/shm/folio-output-place-test.epub";
    { std::ofstream(book) << "x"; }
    const auto problem = output_place_problem({}, book, OutputShape::file);
    fs::remove(book);
    EXPECT_FALSE(problem) << (problem ? problem->message : "");
}

}  // namespace
}  // namespace folio
