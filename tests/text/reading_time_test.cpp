#include "src/text/reading_time.hpp"

#include <gtest/gtest.h>

#include <string>

namespace folio {
namespace {

std::string words(std::size_t count, std::string_view word = "word") {
    std::string out;
    for (std::size_t i = 0; i < count; ++i) {
        out += word;
        out += i % 12 == 11 ? "\n" : " ";
    }
    return out;
}

TEST(ReadingTime, CountsWordsBetweenAnySpaces) {
    const ReadingTime time = reading_time("Een\tkop koffie,\nen  code — toch? 42\u00a0keer");
    EXPECT_EQ(time.words, 8u);  // the dash on its own is no word
    EXPECT_EQ(time.cjk_characters, 0u);
    EXPECT_EQ(time.minutes, 1u);
}

TEST(ReadingTime, RoundsUpAtTwoHundredTwentyWordsAMinute) {
    EXPECT_EQ(reading_time("").minutes, 0u);
    EXPECT_EQ(reading_time(" \n ").minutes, 0u);
    EXPECT_EQ(reading_time(words(1)).minutes, 1u);
    EXPECT_EQ(reading_time(words(220)).minutes, 1u);
    EXPECT_EQ(reading_time(words(221)).minutes, 2u);
    EXPECT_EQ(reading_time(words(2200)).minutes, 10u);
}

TEST(ReadingTime, CountsChineseAndJapaneseByCharacter) {
    // 13 Han characters and kana; a full stop and a comma that separate but do not count.
    const ReadingTime time = reading_time("静的サイトを書く。中国語、日本");
    EXPECT_EQ(time.cjk_characters, 13u);
    EXPECT_EQ(time.words, 0u);
    std::string long_text;
    for (int i = 0; i < 1000; ++i) long_text += "字";
    EXPECT_EQ(reading_time(long_text).minutes, 2u);
    long_text += "字";
    EXPECT_EQ(reading_time(long_text).minutes, 3u);
}

TEST(ReadingTime, MixesLatinWordsInsideCjkText) {
    const ReadingTime time = reading_time("我用folio写博客和EPUB电子书");
    EXPECT_EQ(time.words, 2u);
    EXPECT_EQ(time.cjk_characters, 9u);
}

TEST(ReadingTime, CountsKoreanByWordsAsItIsSpaced) {
    const ReadingTime time = reading_time("정적 사이트 생성기");
    EXPECT_EQ(time.words, 3u);
    EXPECT_EQ(time.cjk_characters, 0u);
}

}  // namespace
}  // namespace folio
