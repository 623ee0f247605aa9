#include "src/output/temp_files.hpp"

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>

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
        register_temp_file(temp.c_str());
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

}  // namespace
}  // namespace folio
