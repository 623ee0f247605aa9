#include <gtest/gtest.h>

#include "tests/formats/epub/epub_test_support.hpp"
#include "formats/epub/media_type.hpp"

namespace folio::epub {
namespace {

TEST(SniffImageType, RecognisesPngJpegGifAndWebpBySignature) {
    EXPECT_EQ(sniff_image_type(test::png_bytes()).media_type, "image/png");
    EXPECT_EQ(sniff_image_type(test::jpeg_bytes()).media_type, "image/jpeg");
    EXPECT_EQ(sniff_image_type("GIF89a\x01\x00").media_type, "image/gif");
    EXPECT_EQ(sniff_image_type(std::string("RIFF\x10\0\0\0WEBPVP8 ", 16)).media_type, "image/webp");
    EXPECT_EQ(sniff_image_type(test::jpeg_bytes()).extension, "jpg");
}

TEST(SniffImageType, RecognisesSvgAfterDeclarationCommentAndDoctype) {
    const ImageType type = sniff_image_type(
        "\xEF\xBB\xBF<?xml version=\"1.0\"?>\n<!-- drawn by hand -->\n"
        "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"x\">\n<svg "
        "xmlns=\"http://www.w3.org/2000/svg\"/>");
    EXPECT_EQ(type.media_type, "image/svg+xml");
    EXPECT_EQ(type.extension, "svg");
}

TEST(SniffImageType, GivesNothingForOtherBytes) {
    EXPECT_EQ(sniff_image_type("").media_type, "");
    EXPECT_EQ(sniff_image_type("<html><body/></html>").media_type, "");
    EXPECT_EQ(sniff_image_type("RIFF\x10\0\0\0WAVE").media_type, "");
    EXPECT_EQ(sniff_image_type("\x89PNG").media_type, "");
}

}  // namespace
}  // namespace folio::epub
