#include "src/text/utf8.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace folio {
namespace {

std::vector<char32_t> decode_all(std::string_view text) {
    std::vector<char32_t> out;
    std::size_t pos = 0;
    while (pos < text.size()) out.push_back(next_code_point(text, pos));
    return out;
}

TEST(Utf8, DecodesOneToFourByteCharacters) {
    EXPECT_EQ(decode_all("a\xC3\xAF\xE2\x80\x99\xF0\x9F\x98\x80"),
              (std::vector<char32_t>{U'a', U'ï', U'’', U'\U0001F600'}));
}

TEST(Utf8, AdvancesPastEachCharacterItDecodes) {
    const std::string_view text = "\xC3\xA9x";
    std::size_t pos = 0;
    EXPECT_EQ(next_code_point(text, pos), U'é');
    EXPECT_EQ(pos, 2u);
    EXPECT_EQ(next_code_point(text, pos), U'x');
    EXPECT_EQ(pos, 3u);
}

TEST(Utf8, ReturnsReplacementWithoutAdvancingAtTheEnd) {
    std::size_t pos = 1;
    EXPECT_EQ(next_code_point("a", pos), U'\uFFFD');
    EXPECT_EQ(pos, 1u);
}

TEST(Utf8, RejectsOverlongEncodingsOneByteAtATime) {
    // `/` as two bytes, NUL as two bytes, `/` as three and four bytes.
    EXPECT_EQ(decode_all("\xC0\xAF"), (std::vector<char32_t>{0xFFFD, 0xFFFD}));
    EXPECT_EQ(decode_all("\xC1\x80"), (std::vector<char32_t>{0xFFFD, 0xFFFD}));
    EXPECT_EQ(decode_all("\xE0\x80\xAF"), (std::vector<char32_t>{0xFFFD, 0xFFFD, 0xFFFD}));
    EXPECT_EQ(decode_all("\xF0\x80\x80\xAF"),
              (std::vector<char32_t>{0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD}));
}

TEST(Utf8, RejectsEncodedSurrogates) {
    EXPECT_EQ(decode_all("\xED\xA0\x80"), (std::vector<char32_t>{0xFFFD, 0xFFFD, 0xFFFD}));
    EXPECT_EQ(decode_all("\xED\xBF\xBF"), (std::vector<char32_t>{0xFFFD, 0xFFFD, 0xFFFD}));
    EXPECT_EQ(decode_all("\xED\x9F\xBF"), (std::vector<char32_t>{0xD7FF}));
}

TEST(Utf8, RejectsCodePointsAboveTheUnicodeRange) {
    EXPECT_EQ(decode_all("\xF4\x90\x80\x80"),
              (std::vector<char32_t>{0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD}));
    EXPECT_EQ(decode_all("\xF5\x80"), (std::vector<char32_t>{0xFFFD, 0xFFFD}));
    EXPECT_EQ(decode_all("\xF4\x8F\xBF\xBF"), (std::vector<char32_t>{0x10FFFF}));
}

TEST(Utf8, RejectsTruncatedSequencesAndResumesAtTheNextByte) {
    EXPECT_EQ(decode_all("\xE2\x80"), (std::vector<char32_t>{0xFFFD, 0xFFFD}));
    EXPECT_EQ(decode_all("\xE2\x80x"), (std::vector<char32_t>{0xFFFD, 0xFFFD, U'x'}));
    EXPECT_EQ(decode_all("\xC3\xC3\xA9"), (std::vector<char32_t>{0xFFFD, U'é'}));
}

TEST(Utf8, RejectsALoneContinuationByte) {
    EXPECT_EQ(decode_all("a\x80z"), (std::vector<char32_t>{U'a', 0xFFFD, U'z'}));
}

TEST(Utf8, AppendsEachEncodingLength) {
    std::string out;
    append_utf8(out, U'a');
    append_utf8(out, U'é');
    append_utf8(out, U'€');
    append_utf8(out, U'\U0001F600');
    EXPECT_EQ(out, "a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80");
}

TEST(Utf8, AppendsReplacementForSurrogatesAndOutOfRangeValues) {
    std::string out;
    append_utf8(out, 0xD800);
    append_utf8(out, 0x110000);
    EXPECT_EQ(out, "\xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST(Utf8, FindsTheFirstInvalidByte) {
    EXPECT_EQ(find_invalid_utf8("caf\xC3\xA9"), std::string_view::npos);
    EXPECT_EQ(find_invalid_utf8(""), std::string_view::npos);
    EXPECT_EQ(find_invalid_utf8("caf\xE9!"), 3u);
    EXPECT_EQ(find_invalid_utf8("ok\xED\xA0\x80"), 2u);
    EXPECT_EQ(find_invalid_utf8("ok\xF0\x9F\x98"), 2u);
}

// Long ASCII runs are skipped eight bytes at a time: the first invalid byte is still found
// wherever it sits against those eight-byte steps, after valid multi-byte characters too.
TEST(Utf8, FindsTheFirstInvalidByteInLongText) {
    for (std::size_t at = 0; at < 40; ++at) {
        std::string text(48, 'a');
        text[at] = '\xE9';
        EXPECT_EQ(find_invalid_utf8(text), at) << at;
        std::string valid(48, 'a');
        valid.replace(at, 2, "\xC3\xA9");
        EXPECT_EQ(find_invalid_utf8(valid), std::string_view::npos) << at;
        valid[47] = '\x80';
        EXPECT_EQ(find_invalid_utf8(valid), 47u) << at;
    }
}

TEST(Utf8, ReplacesEachInvalidByteAndKeepsValidText) {
    EXPECT_EQ(to_valid_utf8("caf\xE9 \xC3\xA9"), "caf\xEF\xBF\xBD \xC3\xA9");
    EXPECT_EQ(to_valid_utf8("\xC0\xAF"), "\xEF\xBF\xBD\xEF\xBF\xBD");
    EXPECT_EQ(to_valid_utf8("geïntegreerde"), "geïntegreerde");
}

}  // namespace
}  // namespace folio
