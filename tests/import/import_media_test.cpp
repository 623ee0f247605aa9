#include "src/import/import_media.hpp"

#include <gtest/gtest.h>

#include "src/output/download_cache_name.hpp"
#include "tests/support/temp_dir.hpp"

namespace folio {
namespace {

TEST(UploadedMediaPath, IsThePathBelowWordPressOrGhostMediaFolder) {
    EXPECT_EQ(uploaded_media_path("https://old.example.com/wp-content/uploads/2020/05/x.jpg"),
              "2020/05/x.jpg");
    EXPECT_EQ(uploaded_media_path("/content/images/2024/03/a%20b.png?v=2#top"), "2024/03/a b.png");
    // Jetpack's image CDN keeps the site's path after its own host.
    EXPECT_EQ(uploaded_media_path(
                  "https://i0.wp.com/old.example.com/wp-content/uploads/2019/01/y.jpg?resize=300"),
              "2019/01/y.jpg");
    // A WordPress.com blog's uploads are at the root of its media host, also through the proxy.
    EXPECT_EQ(uploaded_media_path("https://myblog.files.wordpress.com/2015/02/z.jpg?w=640"),
              "2015/02/z.jpg");
    EXPECT_EQ(
        uploaded_media_path("https://i2.wp.com/myblog.files.wordpress.com/2015/02/z.jpg?ssl=1"),
        "2015/02/z.jpg");
    EXPECT_EQ(uploaded_media_path("https://example.org/images/x.jpg"), "");
    EXPECT_EQ(uploaded_media_path("/wp-content/uploads/"), "");
    EXPECT_EQ(uploaded_media_path("/wp-content/uploads/2020/../../../etc/passwd"), "");
    EXPECT_EQ(uploaded_media_path("/wp-content/uploads/2020/%2e%2e/%2e%2e/x.jpg"), "");
}

TEST(OriginalOfResized, NamesTheImageAnEngineResized) {
    EXPECT_EQ(original_of_resized("2020/05/photo-300x200.jpg"), "2020/05/photo.jpg");
    EXPECT_EQ(original_of_resized("2020/05/big-photo-scaled.jpeg"), "2020/05/big-photo.jpeg");
    EXPECT_EQ(original_of_resized("2020/05/photo-rotated.png"), "2020/05/photo.png");
    EXPECT_EQ(original_of_resized("size/w600/2024/03/a.jpg"), "2024/03/a.jpg");
    EXPECT_EQ(original_of_resized("size/w1000/format/webp/2024/03/a.jpg"), "2024/03/a.jpg");
    EXPECT_EQ(original_of_resized("2020/05/photo.jpg"), "");
    EXPECT_EQ(original_of_resized("2020/05/route-66.jpg"), "");
    EXPECT_EQ(original_of_resized("2020/05/1920x1080.jpg"), "");
}

TEST(LocateImportedMedia, FindsImagesInTheMediaFolderInEitherLayout) {
    testing::TempDir dir;
    dir.write("media/2020/05/photo.jpg", "J");
    dir.write("media/wp-content/uploads/2020/06/other.png", "P");
    dir.write("media/content/images/2024/03/ghost.webp", "W");
    ImportMedia media;
    media.dir = (dir.path() / "media").generic_string();
    const ImageLocator locate = locate_imported_media(make_image_locator({}), media);

    ImageLocation at = locate("https://old.example.com/wp-content/uploads/2020/05/photo.jpg", "");
    EXPECT_EQ(at.kind, ImageLocation::Kind::local);
    EXPECT_EQ(at.path, media.dir + "/2020/05/photo.jpg");
    EXPECT_FALSE(at.stand_in);

    at = locate("https://old.example.com/wp-content/uploads/2020/06/other.png", "");
    EXPECT_EQ(at.path, media.dir + "/wp-content/uploads/2020/06/other.png");

    at = locate("/content/images/size/w600/2024/03/ghost.webp", "");
    EXPECT_EQ(at.path, media.dir + "/content/images/2024/03/ghost.webp");
    EXPECT_TRUE(at.stand_in);

    // A resized copy the folder lacks: its original stands in.
    at = locate("https://old.example.com/wp-content/uploads/2020/05/photo-300x200.jpg", "");
    EXPECT_EQ(at.path, media.dir + "/2020/05/photo.jpg");
    EXPECT_TRUE(at.stand_in);

    // Found nowhere: local at the place looked for, so the copying job warns it is missing.
    at = locate("https://old.example.com/wp-content/uploads/2020/05/gone.jpg", "");
    EXPECT_EQ(at.kind, ImageLocation::Kind::local);
    EXPECT_EQ(at.path, media.dir + "/2020/05/gone.jpg");

    // Everything else as the locator it wraps says.
    EXPECT_EQ(locate("https://example.org/x.jpg", "").kind, ImageLocation::Kind::remote);
    EXPECT_EQ(locate("/images/x.jpg", "").kind, ImageLocation::Kind::needs_static);
}

// --fetch-images without --media, and a download that cannot be made (Ghost's site-relative
// /content/images/... with no old address): the reference had been handed on as a path on
// this machine, which the copying job would have read from the file system's root.
TEST(LocateImportedMedia, AnImageNotDownloadedIsNoPathOnThisMachine) {
    testing::TempDir dir;
    ImportMedia media;
    media.fetcher = std::make_shared<UrlFetcher>(dir.path() / "cache", FetchLimits{});
    const ImageLocator locate = locate_imported_media(make_image_locator({}), media);
    const ImageLocation at = locate("/content/images/2024/03/x.jpg", "");
    EXPECT_EQ(at.kind, ImageLocation::Kind::needs_static);
    EXPECT_NE(at.path, "/content/images/2024/03/x.jpg");
}

// The "downloaded" bytes are put in the fetcher's cache first: no network is needed.
TEST(LocateImportedMedia, DownloadsFromWordPressComsMediaHostAndTheOldSitesOrigin) {
    testing::TempDir dir;
    const std::string png("\x89PNG\r\n\x1A\n", 8);
    const std::string on_host = "https://myblog.files.wordpress.com/2015/02/z.jpg";
    const std::string on_site = "https://old.example.com/blog/content/images/2024/03/g.png";
    dir.write("cache/" + download_cache_name(on_host), png);
    dir.write("cache/" + download_cache_name(on_site), png);
    ImportMedia media;
    media.fetcher = std::make_shared<UrlFetcher>(dir.path() / "cache", FetchLimits{});
    media.old_base_url = "https://old.example.com/blog/";
    const ImageLocator locate = locate_imported_media(make_image_locator({}), media);

    ImageLocation at = locate("https://myblog.files.wordpress.com/2015/02/z.jpg?w=640", "");
    EXPECT_EQ(at.kind, ImageLocation::Kind::local);
    EXPECT_EQ(at.path, (dir.path() / "cache" / download_cache_name(on_host)).string());
    EXPECT_EQ(at.name, "z.jpg");
    // The reference holds the site's path already: it goes after the origin.
    at = locate("/blog/content/images/2024/03/g.png", "");
    EXPECT_EQ(at.kind, ImageLocation::Kind::local);
    EXPECT_EQ(at.path, (dir.path() / "cache" / download_cache_name(on_site)).string());
}

TEST(LocateImportedMedia, WithoutMediaIsTheLocatorItWraps) {
    const ImageLocator locate = locate_imported_media(make_image_locator({}), ImportMedia{});
    EXPECT_EQ(locate("https://old.example.com/wp-content/uploads/2020/05/x.jpg", "").kind,
              ImageLocation::Kind::remote);
}

}  // namespace
}  // namespace folio
