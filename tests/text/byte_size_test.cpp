#include "src/text/byte_size.hpp"

#include <gtest/gtest.h>

namespace folio {
namespace {

TEST(ParseByteSize, ReadsBytesWithOrWithoutB) {
    EXPECT_EQ(parse_byte_size("2000"), 2000U);
    EXPECT_EQ(parse_byte_size("2000B"), 2000U);
    EXPECT_EQ(parse_byte_size("0"), 0U);
}

TEST(ParseByteSize, MultipliesKilobytesAndMegabytesBy1024) {
    EXPECT_EQ(parse_byte_size("512K"), 512U * 1024);
    EXPECT_EQ(parse_byte_size("512KB"), 512U * 1024);
    EXPECT_EQ(parse_byte_size("10M"), 10U * 1024 * 1024);
    EXPECT_EQ(parse_byte_size("10MB"), 10U * 1024 * 1024);
}

TEST(ParseByteSize, RejectsWhatIsNotASize) {
    EXPECT_EQ(parse_byte_size(""), std::nullopt);
    EXPECT_EQ(parse_byte_size("M"), std::nullopt);
    EXPECT_EQ(parse_byte_size("ten"), std::nullopt);
    EXPECT_EQ(parse_byte_size("10G"), std::nullopt);
    EXPECT_EQ(parse_byte_size("10m"), std::nullopt);
    EXPECT_EQ(parse_byte_size("10 M"), std::nullopt);
    EXPECT_EQ(parse_byte_size("99999999999999999999999"), std::nullopt);
}

// strtoull takes a sign and leading blanks: "-1" was 2^64 - 1 bytes.
TEST(ParseByteSize, RejectsASignBlanksAndSizesPast64Bits) {
    EXPECT_EQ(parse_byte_size("-1"), std::nullopt);
    EXPECT_EQ(parse_byte_size("+10M"), std::nullopt);
    EXPECT_EQ(parse_byte_size(" 10M"), std::nullopt);
    EXPECT_EQ(parse_byte_size("18014398509481984K"), std::nullopt);
    EXPECT_EQ(parse_byte_size("17592186044416M"), std::nullopt);
    EXPECT_EQ(parse_byte_size("17592186044415M"), 17592186044415ULL * 1024 * 1024);
}

TEST(DescribeSize, SaysSizesInBinaryUnits) {
    EXPECT_EQ(describe_size(1), "1 byte");
    EXPECT_EQ(describe_size(1023), "1023 bytes");
    EXPECT_EQ(describe_size(16 << 20), "16 MiB");
    EXPECT_EQ(describe_size(1536), "1.5 KiB");
    EXPECT_EQ(describe_size(std::uint64_t{3} << 40), "3 TiB");
}

}  // namespace
}  // namespace folio
