#include <gtest/gtest.h>

#include "formats/epub/epub_test_support.hpp"
#include "formats/epub/image_catalog.hpp"

namespace folio::epub {
namespace {

TEST(SafeResourceStem, FoldsSpacesQuotesAndAccentsIntoHyphens) {
    EXPECT_EQ(safe_resource_stem("static/blog/images/Why It's Late.png"), "why-it-s-late");
    EXPECT_EQ(safe_resource_stem("a/\"quoted\" café photo.JPG"), "quoted-caf-photo");
    EXPECT_EQ(safe_resource_stem("dir/.png"), "png");
    EXPECT_EQ(safe_resource_stem("dir/---.png"), "image");
}

TEST(ImageCatalog, EmbedsAnImageOnceHoweverOftenItIsUsed) {
    test::MemoryResources files;
    files.files["posts/a b.png"] = test::png_bytes();
    ImageCatalog catalog(files);
    ImageProblem problem = ImageProblem::unreadable;
    EXPECT_EQ(catalog.embed("posts/a b.png", problem), "images/a-b.png");
    EXPECT_EQ(problem, ImageProblem::none);
    EXPECT_EQ(catalog.embed("posts/a b.png", problem), "images/a-b.png");
    EXPECT_EQ(files.reads["posts/a b.png"], 1);
    const std::vector<EmbeddedImage> pending = catalog.take_pending();
    ASSERT_EQ(pending.size(), 1U);
    EXPECT_EQ(pending[0].media_type, "image/png");
    EXPECT_EQ(pending[0].bytes, test::png_bytes());
    EXPECT_TRUE(catalog.take_pending().empty());
    ASSERT_EQ(catalog.images().size(), 1U);
    EXPECT_EQ(catalog.images()[0].bytes, "");
}

TEST(ImageCatalog, NamesByTheSniffedTypeAndNumbersClashingNames) {
    test::MemoryResources files;
    files.files["one/photo.png"] = test::jpeg_bytes();  // a JPEG under a PNG name
    files.files["two/photo.jpg"] = test::jpeg_bytes();
    files.files["three/photo 2.jpg"] = test::jpeg_bytes();
    ImageCatalog catalog(files);
    ImageProblem problem;
    EXPECT_EQ(catalog.embed("one/photo.png", problem), "images/photo.jpg");
    EXPECT_EQ(catalog.embed("two/photo.jpg", problem), "images/photo-2.jpg");
    EXPECT_EQ(catalog.embed("three/photo 2.jpg", problem), "images/photo-2-2.jpg");
    EXPECT_EQ(catalog.images()[0].media_type, "image/jpeg");
}

TEST(ImageCatalog, SaysWhyAnImageCannotBeEmbedded) {
    test::MemoryResources files;
    files.files["notes.png"] = "just text";
    ImageCatalog catalog(files);
    ImageProblem problem = ImageProblem::none;
    EXPECT_EQ(catalog.embed("missing.png", problem), std::nullopt);
    EXPECT_EQ(problem, ImageProblem::unreadable);
    EXPECT_EQ(catalog.embed("notes.png", problem), std::nullopt);
    EXPECT_EQ(problem, ImageProblem::not_an_image);
    EXPECT_EQ(catalog.embed("missing.png", problem), std::nullopt);
    EXPECT_EQ(problem, ImageProblem::unreadable);
    EXPECT_TRUE(catalog.take_pending().empty());
}

}  // namespace
}  // namespace folio::epub
