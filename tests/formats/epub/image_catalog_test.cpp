#include <gtest/gtest.h>

#include <thread>

#include "formats/epub/content_hash.hpp"
#include "tests/formats/epub/epub_test_support.hpp"
#include "formats/epub/image_catalog.hpp"

namespace folio::epub {
namespace {

/// `images/<stem>-<first 32 bits of the bytes' hash>.<ext>`, the name the catalog gives.
std::string href_for(const std::string& stem, const std::string& bytes, const std::string& ext) {
    ContentHash hash;
    hash.add(bytes);
    return "images/" + stem + "-" + hash.short_hex() + "." + ext;
}

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
    const std::string href = href_for("a-b", test::png_bytes(), "png");
    EXPECT_EQ(catalog.embed("posts/a b.png", problem), href);
    EXPECT_EQ(problem, ImageProblem::none);
    EXPECT_EQ(catalog.embed("posts/a b.png", problem), href);
    EXPECT_EQ(files.reads["posts/a b.png"], 1);
    const std::optional<EmbeddedImage> image = catalog.take(href);
    ASSERT_TRUE(image);
    EXPECT_EQ(image->media_type, "image/png");
    EXPECT_EQ(image->bytes, test::png_bytes());
    // Taken once: the catalog has let go of the bytes.
    EXPECT_FALSE(catalog.take(href));
    EXPECT_FALSE(catalog.take("images/unknown.png"));
}

TEST(ImageCatalog, NamesByTheSniffedTypeAndTheBytesNotByOrderOfUse) {
    test::MemoryResources files;
    const std::string other_jpeg = test::jpeg_bytes() + "other";
    files.files["one/photo.png"] = test::jpeg_bytes();  // a JPEG under a PNG name
    files.files["two/photo.jpg"] = other_jpeg;
    files.files["three/photo.jpg"] = test::jpeg_bytes();  // the same bytes as one/photo.png
    ImageCatalog first(files);
    ImageCatalog reversed(files);
    ImageProblem problem;
    const std::string one = href_for("photo", test::jpeg_bytes(), "jpg");
    const std::string two = href_for("photo", other_jpeg, "jpg");
    ASSERT_NE(one, two);
    EXPECT_EQ(first.embed("one/photo.png", problem), one);
    EXPECT_EQ(first.embed("two/photo.jpg", problem), two);
    EXPECT_EQ(first.embed("three/photo.jpg", problem), one);
    EXPECT_EQ(reversed.embed("three/photo.jpg", problem), one);
    EXPECT_EQ(reversed.embed("two/photo.jpg", problem), two);
    EXPECT_EQ(reversed.embed("one/photo.png", problem), one);
    EXPECT_EQ(first.take(one)->media_type, "image/jpeg");
}

TEST(ImageCatalog, GivesTheSameNamesWhenThreadsEmbedAtOnce) {
    test::MemoryResources files;
    for (int i = 0; i < 50; ++i)
        files.files["p/" + std::to_string(i) + ".png"] = test::png_bytes() + std::to_string(i);
    ImageCatalog catalog(files);
    std::vector<std::string> names[2];
    {
        std::jthread a([&] {
            ImageProblem problem;
            for (int i = 0; i < 50; ++i)
                names[0].push_back(*catalog.embed("p/" + std::to_string(i) + ".png", problem));
        });
        std::jthread b([&] {
            ImageProblem problem;
            for (int i = 49; i >= 0; --i)
                names[1].insert(names[1].begin(),
                                *catalog.embed("p/" + std::to_string(i) + ".png", problem));
        });
    }
    EXPECT_EQ(names[0], names[1]);
    for (int i = 0; i < 50; ++i) {
        EXPECT_EQ(names[0][i], href_for(std::to_string(i), test::png_bytes() + std::to_string(i),
                                        "png"));
    }
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
}

}  // namespace
}  // namespace folio::epub
