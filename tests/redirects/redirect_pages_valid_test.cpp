// Redirect pages are valid HTML5: the Nu HTML checker (vnu.jar from tests/tools, run with
// Debian's Java; skipped where either is missing) reports nothing at all on them.

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "src/redirects/redirect_pages.hpp"
#include "tests/support/temp_dir.hpp"

namespace folio {
namespace {

namespace fs = std::filesystem;

TEST(RedirectPagesValid, TheNuCheckerReportsNothing) {
    const fs::path vnu = fs::path(FOLIO_SOURCE_DIR) / "tests/tools/node_modules/vnu-jar/build/dist/vnu.jar";
    if (!fs::exists("/usr/bin/java") || !fs::exists(vnu)) {
        GTEST_SKIP() << "needs /usr/bin/java and " << vnu.string();
    }
    const std::vector<Redirect> redirects{
        {"/2021/07/08/caf%C3%A9/", "/posts/caf%C3%A9/?a=1&b=%22x%22", "a.md"},
        {"/old/<b>.html", "/posts/b/", "b.md"},
    };
    Diagnostics diagnostics;
    const auto pages = redirect_pages(redirects, "", "https://new.example/", diagnostics);
    ASSERT_EQ(pages.size(), 2u);
    testing::TempDir dir;
    std::string files;
    for (std::size_t i = 0; i < pages.size(); ++i) {
        files += " '" + dir.write("page" + std::to_string(i) + ".html", pages[i].html) + "'";
    }
    const fs::path report = dir.path() / "report.txt";
    const std::string command = "/usr/bin/java -jar '" + vnu.string() + "'" + files + " >'" +
                                report.string() + "' 2>&1";
    EXPECT_EQ(std::system(command.c_str()), 0) << command;
    EXPECT_EQ(fs::file_size(report), 0u) << "the Nu checker said something: see " << command;
}

}  // namespace
}  // namespace folio
