#include "src/serve/site_server.hpp"

#include <gtest/gtest.h>

namespace folio::serve {
namespace {

TEST(SiteServer, MapsRequestPathsToTheSiteFiles) {
    EXPECT_EQ(site_file_for("/"), "index.html");
    EXPECT_EQ(site_file_for("/posts/x/"), "posts/x/index.html");
    EXPECT_EQ(site_file_for("/posts/x/index.html"), "posts/x/index.html");
    EXPECT_EQ(site_file_for("/style.css"), "style.css");
    EXPECT_EQ(site_file_for("//posts//x/"), "posts/x/index.html");
}

TEST(SiteServer, RefusesPathsThatLeaveTheSiteOrNameHiddenFiles) {
    EXPECT_EQ(site_file_for("/../etc/passwd"), "");
    EXPECT_EQ(site_file_for("/posts/../../x"), "");
    EXPECT_EQ(site_file_for("/./index.html"), "");
    EXPECT_EQ(site_file_for("/.folio-manifest"), "");
    EXPECT_EQ(site_file_for("/.folio.lock"), "");
    EXPECT_EQ(site_file_for("/a\\..\\b"), "");
    EXPECT_EQ(site_file_for(std::string("/a\0b", 4)), "");
    EXPECT_EQ(site_file_for("relative"), "");
}

// The Location was the decoded path as it came: a folder named with a space or an accent gave
// a header no client accepts (`Location: /mon café/`).
TEST(SiteServer, SendsAFolderToItsSlashWithThePathEncoded) {
    EXPECT_EQ(folder_location("/posts/b"), "/posts/b/");
    EXPECT_EQ(folder_location("/posts/mon café"), "/posts/mon%20caf%C3%A9/");
    EXPECT_EQ(folder_location("/100%/a%41"), "/100%25/a%2541/");
    EXPECT_EQ(folder_location("/what?#[x]"), "/what%3F%23%5Bx%5D/");
}

TEST(SiteServer, NamesTheContentTypesOfASite) {
    EXPECT_EQ(content_type_for("posts/x/index.html"), "text/html; charset=utf-8");
    EXPECT_EQ(content_type_for("style.css"), "text/css; charset=utf-8");
    EXPECT_EQ(content_type_for("feed.xml"), "application/xml");
    EXPECT_EQ(content_type_for("posts/x/Photo.JPG"), "image/jpeg");
    EXPECT_EQ(content_type_for("favicon.svg"), "image/svg+xml");
    EXPECT_EQ(content_type_for("notes.unknown"), "application/octet-stream");
}

}  // namespace
}  // namespace folio::serve
