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
