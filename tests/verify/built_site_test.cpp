#include "src/verify/built_site.hpp"

#include <gtest/gtest.h>

namespace folio::verify {
namespace {

const BuiltSite kSite("site", {"index.html", "a/b/index.html", "c.html", "d", "d.html", "e/index.html",
                               "img/x.png", "Case/index.html", "caf\xC3\xA9/index.html"});

TEST(BuiltSite, ServesFoldersFromTheirIndex) {
    EXPECT_EQ(kSite.file_for("/"), "index.html");
    EXPECT_EQ(kSite.file_for("/a/b/"), "a/b/index.html");
    EXPECT_EQ(kSite.file_for("/a/"), "");
}

TEST(BuiltSite, ServesAPathWithoutSlashAsFileThenHtmlThenFolder) {
    EXPECT_EQ(kSite.file_for("/a/b"), "a/b/index.html");
    EXPECT_EQ(kSite.file_for("/c"), "c.html");
    EXPECT_EQ(kSite.file_for("/c.html"), "c.html");
    EXPECT_EQ(kSite.file_for("/d"), "d");  // the file itself comes first
    EXPECT_EQ(kSite.file_for("/img/x.png"), "img/x.png");
    // `/c/` is a folder, and there is none.
    EXPECT_EQ(kSite.file_for("/c/"), "");
}

TEST(BuiltSite, LooksUpCaseSensitivelyAndDecodedPaths) {
    EXPECT_EQ(kSite.file_for("/Case/"), "Case/index.html");
    EXPECT_EQ(kSite.file_for("/case/"), "");
    EXPECT_EQ(kSite.file_for("/caf\xC3\xA9/"), "caf\xC3\xA9/index.html");
}

TEST(BuiltSite, NamesThePathAPageIsServedAt) {
    EXPECT_EQ(page_path_of("index.html"), "/");
    EXPECT_EQ(page_path_of("a/b/index.html"), "/a/b/");
    EXPECT_EQ(page_path_of("c.html"), "/c.html");
    EXPECT_EQ(page_path_of("xindex.html"), "/xindex.html");
    EXPECT_TRUE(is_html_file("a/B.HTM"));
    EXPECT_FALSE(is_html_file("a/b.xml"));
}

TEST(BuiltSite, ReportsAFolderThatIsNotThere) {
    const Result<BuiltSite> site = BuiltSite::read("/nonexistent/folder/for/verify");
    ASSERT_FALSE(site);
    EXPECT_EQ(format_diagnostic(site.error()),
              "/nonexistent/folder/for/verify: error: no such folder (the built new site) [verify.site]\n");
}

}  // namespace
}  // namespace folio::verify
