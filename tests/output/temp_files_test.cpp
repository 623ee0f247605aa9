#include "src/output/temp_files.hpp"

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fcntl.h>

#include <atomic>
#include <filesystem>
#include <string>
#include <thread>

#include "tests/support/temp_dir.hpp"

namespace folio {
namespace {

namespace fs = std::filesystem;
using testing::TempDir;

// Runs `body` in a child process (the handlers are process-wide: not in the test runner) and
// returns its wait status.
template <typename Body>
int in_child(Body body) {
    const pid_t child = ::fork();
    if (child == 0) {
        body();
        ::_exit(0);
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    return status;
}

TEST(TempFiles, ARegisteredFileIsRemovedWhenASignalEndsTheProcess) {
    const TempDir dir;
    const std::string temp = dir.write("book.tmp", "half a book");
    const std::string kept = dir.write("forgotten.tmp", "renamed into place already");
    const int status = in_child([&] {
        remove_temp_files_on_signals();
        temp_file_created(register_temp_file(temp.c_str()));
        const int place = register_temp_file(kept.c_str());
        forget_temp_file(place);
        ::raise(SIGTERM);
    });
    EXPECT_TRUE(WIFSIGNALED(status));
    EXPECT_EQ(WTERMSIG(status), SIGTERM);
    EXPECT_FALSE(fs::exists(temp));
    EXPECT_TRUE(fs::exists(kept));
}

TEST(TempFiles, TheRegistrationForgetsWhenItGoes) {
    const TempDir dir;
    const std::string temp = dir.write("page.tmp", "x");
    const int status = in_child([&] {
        remove_temp_files_on_signals();
        { const TempFileRegistration registration(temp.c_str()); }
        ::raise(SIGINT);
    });
    EXPECT_TRUE(WIFSIGNALED(status));
    EXPECT_TRUE(fs::exists(temp));
}

// A writer thread goes on making files while the signal's handler runs on another thread: a
// file it made after the handler had passed its place was left behind (hardening.interrupted
// found one once). Many short runs, each ended while files are being made as fast as they can.
TEST(TempFiles, NoFileIsLeftThatAnotherThreadMadeWhileTheHandlerRan) {
    const TempDir dir;
    for (int run = 0; run < 300; ++run) {
        in_child([&] {
            remove_temp_files_on_signals();
            std::atomic<bool> writing{false};
            std::thread writer([&] {
                for (unsigned long n = 0;; ++n) {
                    const std::string path =
                        (dir.path() / ("run" + std::to_string(run) + "-" + std::to_string(n) + ".tmp"))
                            .string();
                    TempFileRegistration registration(path.c_str());
                    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL, 0644);
                    registration.created();
                    writing.store(true);
                    if (fd >= 0) ::close(fd);
                    ::unlink(path.c_str());
                }
            });
            while (!writing.load()) std::this_thread::yield();
            ::raise(SIGTERM);
            writer.join();
        });
    }
    std::vector<std::string> left;
    for (const auto& entry : fs::directory_iterator(dir.path())) left.push_back(entry.path().string());
    EXPECT_TRUE(left.empty()) << left.size() << " files left, such as " << left.front();
}

}  // namespace
}  // namespace folio
