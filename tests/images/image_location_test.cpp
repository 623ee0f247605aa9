#include "src/images/image_location.hpp"

#include <gtest/gtest.h>

#include <filesystem>

#include "tests/support/temp_dir.hpp"

namespace folio {
namespace {

using testing::TempDir;

TEST(ResolveLocalImage, NeverLeavesItsRoot) {
    EXPECT_EQ(resolve_local_image("../../etc/passwd", "site/posts/a.md", ""), "");
    EXPECT_EQ(resolve_local_image("/../../etc/passwd", "a.md", "static"), "");
    EXPECT_EQ(resolve_local_image("%2e%2e/%2e%2e/etc/passwd", "posts/a.md", ""), "");
    EXPECT_EQ(resolve_local_image("img/a%20b.png?x=1#y", "posts/a.md", ""), "posts/img/a b.png");
    EXPECT_EQ(resolve_local_image("/blog/x.png", "posts/a.md", "static"), "static/blog/x.png");
    EXPECT_EQ(resolve_local_image("https://x.org/a.png", "posts/a.md", "static"), "");
    EXPECT_EQ(resolve_local_image("data:image/png;base64,AAAA", "posts/a.md", ""), "");
}

// Issue 7: lexically inside is not enough; a symbolic link below the root may lead out.
TEST(ResolveLocalImage, RefusesSymbolicLinksThatLeaveTheirRoot) {
    const TempDir dir;
    dir.write("secret/s.png", "secret");
    dir.write("site/posts/ok.png", "ok");
    dir.write("site/static/ok.png", "ok");
    std::filesystem::create_directory_symlink(dir.path() / "secret", dir.path() / "site/posts/linked");
    std::filesystem::create_symlink(dir.path() / "secret/s.png", dir.path() / "site/static/s.png");
    const std::string article = (dir.path() / "site/posts/a.md").generic_string();
    const std::string static_dir = (dir.path() / "site/static").generic_string();
    EXPECT_EQ(resolve_local_image("linked/s.png", article, static_dir), "");
    EXPECT_EQ(resolve_local_image("/s.png", article, static_dir), "");
    EXPECT_EQ(resolve_local_image("ok.png", article, static_dir),
              (dir.path() / "site/posts/ok.png").generic_string());
    EXPECT_EQ(resolve_local_image("/ok.png", article, static_dir),
              (dir.path() / "site/static/ok.png").generic_string());
    // A link that stays inside is fine.
    std::filesystem::create_symlink(dir.path() / "site/posts/ok.png", dir.path() / "site/posts/alias.png");
    EXPECT_EQ(resolve_local_image("alias.png", article, static_dir),
              (dir.path() / "site/posts/alias.png").generic_string());
}

TEST(ResolveLocalImage, RefusesANulByteAfterDecoding) {
    EXPECT_EQ(resolve_local_image("ok.png%00/../x.png", "site/posts/a.md", ""), "");
}

// One locator for every job that copies images (the site, Hugo bundles).
TEST(MakeImageLocator, SaysWhereEachKindOfReferencePoints) {
    const TempDir dir;
    dir.write("posts/a.png", "png");
    const std::string article = (dir.path() / "posts/x.md").generic_string();
    const ImageLocator without_static = make_image_locator("");
    EXPECT_EQ(without_static("https://cdn.example/a.png", article).kind,
              ImageLocation::Kind::remote);
    EXPECT_EQ(without_static("/img/a.png", article).kind, ImageLocation::Kind::needs_static);
    EXPECT_EQ(without_static("../../../etc/passwd", article).kind, ImageLocation::Kind::outside);
    const ImageLocation local = without_static("a.png", article);
    EXPECT_EQ(local.kind, ImageLocation::Kind::local);
    EXPECT_EQ(local.path, (dir.path() / "posts/a.png").generic_string());
    const ImageLocator with_static = make_image_locator((dir.path() / "static").generic_string());
    const ImageLocation site_absolute = with_static("/img/a.png", article);
    EXPECT_EQ(site_absolute.kind, ImageLocation::Kind::local);
    EXPECT_EQ(site_absolute.path, (dir.path() / "static/img/a.png").generic_string());
}

TEST(ImageMediaType, TakesTheImageMediaTypeFromTheExtension) {
    EXPECT_EQ(image_media_type("x.PNG?v=2"), "image/png");
    EXPECT_EQ(image_media_type("https://cdn.example/a.jpeg#x"), "image/jpeg");
    EXPECT_EQ(image_media_type("a.webp"), "image/webp");
    EXPECT_EQ(image_media_type("a.svg"), "image/svg+xml");
    EXPECT_EQ(image_media_type("photo"), "");
    EXPECT_EQ(image_media_type("dir.v2/photo"), "");
}
}  // namespace
}  // namespace folio
