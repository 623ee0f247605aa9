#include "src/output/resource_reader.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdint>
#include <string>

#include <unistd.h>

#include "tests/support/temp_dir.hpp"

namespace folio {
namespace {

using testing::TempDir;

const std::string kPng("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16);

// Issue 23: a 1 GB sparse "image" (36 KB of input) was copied whole into the site and the
// Hugo bundle. It is refused by its size, before a byte is read.
TEST(DiskResourceReader, RefusesAnImageLargerThanTheBoundWithoutReadingIt) {
    const TempDir dir;
    const std::string sparse = dir.write("huge.png", kPng);
    ASSERT_EQ(::truncate(sparse.c_str(), std::int64_t{1} << 30), 0);
    const DiskResourceReader reader;
    const auto started = std::chrono::steady_clock::now();
    EXPECT_FALSE(reader.read(sparse).has_value());
    EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(1));
    EXPECT_EQ(reader.why_refused(sparse),
              "holds 1 GiB, more than the largest image read (50 MiB, --max-image-size)");

    const std::string small = dir.write("small.png", kPng + std::string(100, 'x'));
    EXPECT_EQ(DiskResourceReader(116).read(small), kPng + std::string(100, 'x'));
    EXPECT_FALSE(DiskResourceReader(115).read(small).has_value());
}

// Issue 23: a text file named `.png` was copied as the image.
TEST(DiskResourceReader, RefusesAFileNamedAsAnImageWhoseBytesAreNone) {
    const TempDir dir;
    const std::string text = dir.write("photo.png", "<html>not an image</html>");
    const DiskResourceReader reader;
    EXPECT_FALSE(reader.read(text).has_value());
    EXPECT_EQ(reader.why_refused(text),
              "is named as an image but its bytes are none (not PNG, JPEG, GIF, WebP, AVIF, BMP, "
              "ICO, TIFF, JPEG XL or SVG)");
    // A PNG named .jpg is still an image; a file not named as an image (a PDF) is read as is.
    EXPECT_TRUE(reader.read(dir.write("photo.jpg", kPng)).has_value());
    EXPECT_TRUE(reader.read(dir.write("paper.pdf", "%PDF-1.7")).has_value());
    EXPECT_EQ(reader.why_refused((dir.path() / "none.png").string()), "does not exist");
    EXPECT_EQ(reader.why_refused(dir.path().string()), "is not a regular file");
}

}  // namespace
}  // namespace folio
