#include "src/output/output_file.hpp"

#include <gtest/gtest.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>

#include <chrono>
#include <fstream>
#include <sstream>
#include <thread>

#include "tests/support/temp_dir.hpp"

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

// One batch of files into a root of its own, as a run that writes once would.
std::vector<fs::path> write_into(const fs::path& root, const std::vector<OutputFile>& files,
                                 Diagnostics& diagnostics, Sync sync = Sync::each_file) {
    OutputRoot output(root);
    return write_files(output, files, diagnostics, sync);
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

// Standard output sent into `file` for as long as it lives.
class StandardOutputInto {
public:
    explicit StandardOutputInto(const fs::path& file)
        : saved_(::dup(STDOUT_FILENO)),
          fd_(::open(file.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644)) {
        std::fflush(stdout);
        ::dup2(fd_, STDOUT_FILENO);
    }
    ~StandardOutputInto() {
        ::dup2(saved_, STDOUT_FILENO);
        ::close(saved_);
        ::close(fd_);
    }
    StandardOutputInto(const StandardOutputInto&) = delete;
    StandardOutputInto& operator=(const StandardOutputInto&) = delete;

private:
    int saved_;
    int fd_;
};

TEST(WriteFileAtomically, WritesTheTargetDashToStandardOutputByteForByte) {
    const TempDir dir;
    const fs::path captured = dir.path() / "stdout";
    // An EPUB's ZIP bytes: NUL, CR LF and bytes that are no UTF-8 must arrive unchanged.
    const std::string bytes("PK\x03\x04\0\r\n\xff\xfe end", 14);
    {
        const StandardOutputInto redirect(captured);
        ASSERT_FALSE(write_file_atomically("-", bytes).has_value());
        AtomicFile streamed("-");
        ASSERT_FALSE(streamed.open().has_value());
        ASSERT_FALSE(streamed.write("more").has_value());
        ASSERT_FALSE(streamed.commit().has_value());
    }
    EXPECT_EQ(slurp(captured), bytes + "more");
    EXPECT_FALSE(fs::exists("-"));
    // Standard output is still open after the file that used it is gone.
    EXPECT_NE(::fcntl(STDOUT_FILENO, F_GETFD), -1);
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

TEST(WriteFileAtomically, KeepsTheModeOfTheFileItReplaces) {
    const testing::TempDir dir;
    const std::string target = dir.write("book.epub", "old");
    ASSERT_EQ(::chmod(target.c_str(), 0640), 0);
    ASSERT_FALSE(write_file_atomically(target, "new"));
    struct stat info {};
    ASSERT_EQ(::stat(target.c_str(), &info), 0);
    EXPECT_EQ(info.st_mode & 07777, 0640u);
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
        write_into(dir.path(), {{"posts/a/index.html", "a"}, {"../escape.html", "x"}}, diagnostics);
    ASSERT_EQ(written.size(), 1u);
    EXPECT_EQ(slurp(dir.path() / "posts/a/index.html"), "a");
    EXPECT_FALSE(fs::exists(dir.path().parent_path() / "escape.html"));
    ASSERT_EQ(diagnostics.items().size(), 1u);
    EXPECT_EQ(diagnostics.items()[0].code, "output.outside-root");
}

// Issue 7: a symbolic link inside the output folder must not carry files out of it.
TEST(WriteFiles, RefusesToWriteThroughASymbolicLinkThatLeavesTheRoot) {
    const TempDir dir;
    fs::create_directories(dir.path() / "out");
    fs::create_directories(dir.path() / "elsewhere");
    fs::create_directory_symlink(dir.path() / "elsewhere", dir.path() / "out/posts");
    Diagnostics diagnostics;
    const auto written = write_into(dir.path() / "out",
                                     {OutputFile{"posts/a/index.md", "x"}, OutputFile{"b.md", "y"}},
                                     diagnostics);
    ASSERT_EQ(written.size(), 1u);
    EXPECT_EQ(written.front(), dir.path() / "out/b.md");
    ASSERT_EQ(diagnostics.items().size(), 1u);
    EXPECT_EQ(diagnostics.items().front().code, "output.outside-root");
    EXPECT_TRUE(fs::is_empty(dir.path() / "elsewhere"));
}

TEST(WriteFiles, WritesThroughASymbolicLinkThatStaysInsideTheRoot) {
    const TempDir dir;
    fs::create_directories(dir.path() / "out/real");
    fs::create_directory_symlink(dir.path() / "out/real", dir.path() / "out/posts");
    Diagnostics diagnostics;
    write_into(dir.path() / "out", {OutputFile{"posts/a/index.md", "x"}}, diagnostics);
    EXPECT_TRUE(diagnostics.items().empty());
    EXPECT_EQ(slurp(dir.path() / "out/real/a/index.md"), "x");
}

TEST(WriteFiles, ReportsAFileInTheWayOfAFolder) {
    const TempDir dir;
    fs::create_directories(dir.path() / "out");
    std::ofstream(dir.path() / "out/posts") << "a file";
    Diagnostics diagnostics;
    const auto written = write_into(dir.path() / "out",
                                     {OutputFile{"posts/a/index.md", "x"}, OutputFile{"b.md", "y"}},
                                     diagnostics);
    ASSERT_EQ(written.size(), 1u);
    ASSERT_EQ(diagnostics.items().size(), 1u);
    EXPECT_EQ(diagnostics.items().front().code, "output.write");
    EXPECT_EQ(slurp(dir.path() / "out/posts"), "a file");
}

// A rebuild leaves files that already hold the new bytes alone: same inode, same time.
TEST(WriteFiles, LeavesAFileThatAlreadyHoldsTheBytesAlone) {
    const TempDir dir;
    const fs::path page = dir.path() / "out/posts/a/index.html";
    Diagnostics diagnostics;
    write_into(dir.path() / "out", {OutputFile{"posts/a/index.html", "same"}}, diagnostics);
    const auto old_time = fs::file_time_type::clock::now() - std::chrono::hours(24);
    fs::last_write_time(page, old_time);
    struct stat before {};
    ASSERT_EQ(::stat(page.c_str(), &before), 0);

    const auto written =
        write_into(dir.path() / "out", {OutputFile{"posts/a/index.html", "same"}}, diagnostics);
    ASSERT_EQ(written.size(), 1u);
    struct stat after {};
    ASSERT_EQ(::stat(page.c_str(), &after), 0);
    EXPECT_EQ(after.st_ino, before.st_ino);
    EXPECT_EQ(fs::last_write_time(page), old_time);

    // Same size, other bytes: replaced.
    write_into(dir.path() / "out", {OutputFile{"posts/a/index.html", "diff"}}, diagnostics);
    EXPECT_EQ(slurp(page), "diff");
    EXPECT_NE(fs::last_write_time(page), old_time);
    EXPECT_TRUE(diagnostics.items().empty());
}

// A folder this run made holds only what this run wrote: its files are not compared with what
// is there (nothing is), the folders that were there already are.
TEST(OutputRoot, KnowsWhichFoldersItMade) {
    const TempDir dir;
    fs::create_directories(dir.path() / "out/posts/old");
    OutputRoot root(dir.path() / "out");
    ASSERT_FALSE(root.prepare_folder(dir.path() / "out/posts/old"));
    ASSERT_FALSE(root.prepare_folder(dir.path() / "out/posts/new/deeper"));
    EXPECT_FALSE(root.made_by_this_run(dir.path() / "out"));
    EXPECT_FALSE(root.made_by_this_run(dir.path() / "out/posts"));
    EXPECT_FALSE(root.made_by_this_run(dir.path() / "out/posts/old"));
    EXPECT_TRUE(root.made_by_this_run(dir.path() / "out/posts/new"));
    EXPECT_TRUE(root.made_by_this_run(dir.path() / "out/posts/new/deeper"));
    EXPECT_FALSE(root.made_by_this_run(dir.path() / "out/posts/never"));

    // Two files of one path in one run, in a folder it made: the last one wins, whole.
    Diagnostics diagnostics;
    write_files(root, {OutputFile{"posts/new/a.html", "first"}, OutputFile{"posts/new/a.html", "2nd"}},
                diagnostics);
    EXPECT_EQ(slurp(dir.path() / "out/posts/new/a.html"), "2nd");
    EXPECT_TRUE(diagnostics.items().empty());
}

// One root shared by the workers of a run: folders are made once, whichever thread gets there
// first, and a link planted after the run started is still refused for folders not yet seen.
TEST(OutputRoot, IsSharedByThreadsWritingIntoTheSameFolders) {
    const TempDir dir;
    OutputRoot root(dir.path() / "out/");
    std::vector<std::thread> threads;
    std::vector<Diagnostics> diagnostics(4);
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < 50; ++i) {
                const std::string folder = "posts/" + std::to_string(i % 7);
                write_files(root,
                            {OutputFile{folder + "/" + std::to_string(t) + "-" +
                                            std::to_string(i) + ".html",
                                        "x"}},
                            diagnostics[static_cast<std::size_t>(t)], Sync::at_end);
            }
        });
    }
    for (std::thread& t : threads) t.join();
    for (const Diagnostics& d : diagnostics) EXPECT_TRUE(d.items().empty());
    std::size_t files = 0;
    for (const auto& e : fs::recursive_directory_iterator(dir.path() / "out"))
        files += e.is_regular_file() ? 1 : 0;
    EXPECT_EQ(files, 200u);

    fs::create_directories(dir.path() / "elsewhere");
    fs::create_directory_symlink(dir.path() / "elsewhere", dir.path() / "out/posts/late");
    Diagnostics late;
    write_files(root, {OutputFile{"posts/late/index.html", "x"}}, late);
    ASSERT_EQ(late.items().size(), 1u);
    EXPECT_EQ(late.items().front().code, "output.outside-root");
    EXPECT_TRUE(fs::is_empty(dir.path() / "elsewhere"));
}

TEST(WriteFiles, WritesIntoARootThatIsItselfASymbolicLink) {
    const TempDir dir;
    fs::create_directories(dir.path() / "real");
    fs::create_directory_symlink(dir.path() / "real", dir.path() / "out");
    Diagnostics diagnostics;
    write_into(dir.path() / "out", {OutputFile{"posts/a/index.md", "x"}}, diagnostics);
    EXPECT_TRUE(diagnostics.items().empty());
    EXPECT_EQ(slurp(dir.path() / "real/posts/a/index.md"), "x");
}

}  // namespace
}  // namespace folio
