#include "src/output/output_lock.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "tests/support/temp_dir.hpp"

namespace folio {
namespace {

namespace fs = std::filesystem;
using testing::TempDir;

TEST(OutputLock, ASecondRunIsRefusedNamingTheFirstRunsProcess) {
    const TempDir dir;
    const std::string site = (dir.path() / "site").string();
    Result<OutputLock> first = OutputLock::take(site, OutputShape::folder);
    ASSERT_TRUE(first);
    EXPECT_TRUE(fs::exists(dir.path() / "site/.folio.lock"));
    const Result<OutputLock> second = OutputLock::take(site, OutputShape::folder);
    ASSERT_FALSE(second);
    EXPECT_EQ(second.error().code, "output.locked");
    EXPECT_NE(second.error().message.find("process " + std::to_string(::getpid())),
              std::string::npos)
        << second.error().message;
}

TEST(OutputLock, IsReleasedAndItsFileRemovedWhenTheRunEnds) {
    const TempDir dir;
    const std::string book = (dir.path() / "book.epub").string();
    {
        Result<OutputLock> held = OutputLock::take(book, OutputShape::file);
        ASSERT_TRUE(held);
        EXPECT_TRUE(fs::exists(dir.path() / ".book.epub.folio.lock"));
    }
    EXPECT_FALSE(fs::exists(dir.path() / ".book.epub.folio.lock"));
    EXPECT_TRUE(OutputLock::take(book, OutputShape::file));
}

TEST(OutputLock, ALockFileLeftByAKilledRunIsTakenOver) {
    const TempDir dir;
    dir.write("site/.folio.lock", "999999\n");
    EXPECT_TRUE(OutputLock::take((dir.path() / "site").string(), OutputShape::folder));
}

TEST(OutputLock, StandardOutputNeedsNone) {
    EXPECT_TRUE(OutputLock::take("-", OutputShape::file));
    EXPECT_TRUE(OutputLock::take("-", OutputShape::file));
}

}  // namespace
}  // namespace folio
