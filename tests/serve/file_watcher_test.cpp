#include "src/serve/file_watcher.hpp"

#include <unistd.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <initializer_list>
#include <optional>
#include <thread>

#include "tests/support/temp_dir.hpp"

namespace folio::serve {
namespace {

namespace fs = std::filesystem;
using testing::TempDir;

// What the watcher reports next, or nothing after a few seconds (then a test fails rather than
// waits for ever): a pipe written to late stands in for the stop signal.
class NextChanges {
public:
    NextChanges() { EXPECT_EQ(::pipe(ends_), 0); }
    ~NextChanges() {
        ::close(ends_[0]);
        ::close(ends_[1]);
    }
    NextChanges(const NextChanges&) = delete;
    NextChanges& operator=(const NextChanges&) = delete;

    std::vector<std::string> of(FileWatcher& watcher) {
        std::jthread give_up([this](std::stop_token stop) {
            for (int tenth = 0; tenth < 50 && !stop.stop_requested(); ++tenth)
                std::this_thread::sleep_for(std::chrono::milliseconds(100));
            if (!stop.stop_requested()) {
                EXPECT_EQ(::write(ends_[1], "x", 1), 1);
            }
        });
        return watcher.wait(ends_[0], std::chrono::milliseconds(50));
    }

private:
    int ends_[2] = {-1, -1};
};

bool has(const std::vector<std::string>& paths, const fs::path& path) {
    return std::find(paths.begin(), paths.end(), path.generic_string()) != paths.end();
}

// `posts` of a fresh folder watched, after `files` (below the folder) were written.
struct WatchedPosts {
    explicit WatchedPosts(std::initializer_list<std::string_view> files) {
        for (const std::string_view file : files) dir.write(file, "x");
        fs::create_directories(dir.path() / "posts");
        fs::create_directories(dir.path() / "elsewhere");
        watcher.emplace(std::vector<std::string>{(dir.path() / "posts").generic_string()},
                        diagnostics);
    }
    std::vector<std::string> next() { return changes.of(*watcher); }
    std::string path(std::string_view relative) const {
        return (dir.path() / relative).generic_string();
    }
    void move(std::string_view from, std::string_view to) const {
        fs::rename(dir.path() / from, dir.path() / to);
    }

    TempDir dir;
    Diagnostics diagnostics;
    std::optional<FileWatcher> watcher;
    NextChanges changes;
};

TEST(FileWatcher, AFolderMovedInIsToldAsTheFilesItHolds) {
    WatchedPosts w({"posts/a.md", "elsewhere/new/x.md", "elsewhere/new/deep/y.md"});
    ASSERT_TRUE(w.diagnostics.items().empty());
    w.move("elsewhere/new", "posts/new");
    const std::vector<std::string> changed = w.next();
    EXPECT_TRUE(has(changed, w.path("posts/new/x.md"))) << ::testing::PrintToString(changed);
    EXPECT_TRUE(has(changed, w.path("posts/new/deep/y.md")));
    // Watched from now on.
    w.dir.write("posts/new/deep/y.md", "y again");
    EXPECT_EQ(w.next(), std::vector<std::string>{w.path("posts/new/deep/y.md")});
}

// A folder moved out of the tree was told of by nothing: its articles' pages stayed, and edits
// in its new place were still told as edits under the old one.
TEST(FileWatcher, AFolderMovedAwayIsToldByItsPathAndNoLongerWatched) {
    WatchedPosts w({"posts/a.md", "posts/old/b.md", "posts/old/deep/c.md"});
    w.move("posts/old", "elsewhere/old");
    EXPECT_EQ(w.next(), std::vector<std::string>{w.path("posts/old")});
    w.dir.write("elsewhere/old/deep/c.md", "c again");
    w.dir.write("posts/a.md", "a again");
    EXPECT_EQ(w.next(), std::vector<std::string>{w.path("posts/a.md")});
}

TEST(FileWatcher, AFolderRenamedInsideTheTreeIsToldByBothNames) {
    WatchedPosts w({"posts/old/b.md"});
    w.move("posts/old", "posts/new");
    // Sorted: the new file, then the old folder.
    EXPECT_EQ(w.next(), (std::vector<std::string>{w.path("posts/new/b.md"), w.path("posts/old")}));
    w.dir.write("posts/new/b.md", "b again");
    EXPECT_EQ(w.next(), std::vector<std::string>{w.path("posts/new/b.md")});
}

TEST(FileWatcher, AFolderDeletedIsToldByItsPath) {
    WatchedPosts w({"posts/a.md", "posts/gone/deep/b.md"});
    fs::remove_all(w.dir.path() / "posts/gone");
    const std::vector<std::string> changed = w.next();
    EXPECT_TRUE(has(changed, w.path("posts/gone"))) << ::testing::PrintToString(changed);
    EXPECT_TRUE(has(changed, w.path("posts/gone/deep/b.md")));
}

TEST(FileWatcher, AnInputFolderMovedAwayIsToldByItsPath) {
    WatchedPosts w({"posts/a.md"});
    w.move("posts", "posts.old");
    EXPECT_EQ(w.next(), std::vector<std::string>{w.path("posts")});
}

}  // namespace
}  // namespace folio::serve
