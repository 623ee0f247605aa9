#include "src/images/image_bytes.hpp"

#include <gtest/gtest.h>

#include <string>

namespace folio {
namespace {

TEST(ImageFormat, TellsImagesByTheirFirstBytes) {
    EXPECT_EQ(image_format(std::string("\x89PNG\r\n\x1A\n\0\0", 10)), "PNG");
    EXPECT_EQ(image_format("\xFF\xD8\xFF\xE0\x00\x10JFIF"), "JPEG");
    EXPECT_EQ(image_format("GIF89a\x01\x00"), "GIF");
    EXPECT_EQ(image_format(std::string("RIFF\x10\0\0\0WEBPVP8 ", 16)), "WebP");
    EXPECT_EQ(image_format(std::string("\0\0\0\x1C" "ftypavif\0\0\0\0", 16)), "AVIF");
    EXPECT_EQ(image_format("\xEF\xBB\xBF<?xml version=\"1.0\"?>\n<!-- c -->\n<svg xmlns=\"x\"/>"),
              "SVG");
    EXPECT_EQ(image_format("  <svg viewBox=\"0 0 1 1\"></svg>"), "SVG");
}

TEST(ImageFormat, FindsNoImageInTextZerosOrHtml) {
    EXPECT_EQ(image_format(""), "");
    EXPECT_EQ(image_format("just some text"), "");
    EXPECT_EQ(image_format(std::string(4096, '\0')), "");
    EXPECT_EQ(image_format("<html><body>no</body></html>"), "");
    EXPECT_EQ(image_format(std::string("<svg\0", 5)), "");
}

TEST(HasImageExtension, KnowsImageNamesWhateverTheirCase) {
    EXPECT_TRUE(has_image_extension("a/b/photo.PNG"));
    EXPECT_TRUE(has_image_extension("x.jpeg"));
    EXPECT_TRUE(has_image_extension("logo.svg"));
    EXPECT_FALSE(has_image_extension("paper.pdf"));
    EXPECT_FALSE(has_image_extension("folder.png/file"));
    EXPECT_FALSE(has_image_extension("noextension"));
}

}  // namespace
}  // namespace folio
