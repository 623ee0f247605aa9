#include "src/text/slug.hpp"

#include <gtest/gtest.h>

namespace folio {
namespace {

TEST(Slugify, LowercasesAndJoinsWordsWithOneHyphen) {
    EXPECT_EQ(slugify("Wat is AI & Technologie?"), "wat-is-ai-technologie");
}

TEST(Slugify, TransliteratesAccentsAndDropsApostrophesInsideWords) {
    EXPECT_EQ(slugify("Geïntegreerde café’s"), "geintegreerde-cafes");
    EXPECT_EQ(slugify("Why It's Late"), "why-its-late");
    EXPECT_EQ(slugify("rock\u02BCn\u02BCroll"), "rocknroll");
}

TEST(Slugify, UsesTheOverridesForLettersWithoutADecomposition) {
    EXPECT_EQ(slugify("Straße"), "strasse");
    EXPECT_EQ(slugify("Æbleskiver Œuvre"), "aebleskiver-oeuvre");
    EXPECT_EQ(slugify("Øresund Łódź"), "oresund-lodz");
    EXPECT_EQ(slugify("Đorđe Þór"), "dorde-thor");
    EXPECT_EQ(slugify("ĳsbeer"), "ijsbeer");
}

TEST(Slugify, TransliteratesLatinExtendedLetters) {
    EXPECT_EQ(slugify("Ångström Ärger naïve"), "angstrom-arger-naive");
    EXPECT_EQ(slugify("Šťastný Dvořák"), "stastny-dvorak");
    EXPECT_EQ(slugify("Tiếng Việt"), "tieng-viet");
    EXPECT_EQ(slugify("ƒ Ș"), "f-s");
}

TEST(Slugify, DropsCombiningAccentsOfDecomposedText) {
    EXPECT_EQ(slugify("cafe\u0301 nai\u0308ve"), "cafe-naive");
}

TEST(Slugify, TurnsEveryOtherCharacterIntoASeparator) {
    EXPECT_EQ(slugify("AI&Technologie"), "ai-technologie");
    EXPECT_EQ(slugify("snake_case/and.dots"), "snake-case-and-dots");
    EXPECT_EQ(slugify("€ 5 — 10"), "5-10");
    EXPECT_EQ(slugify("I ❤️ C++"), "i-c");
}

TEST(Slugify, PutsNoHyphenAtEitherEnd) {
    EXPECT_EQ(slugify("  -- «Hello», world! --  "), "hello-world");
    EXPECT_EQ(slugify("'quoted'"), "quoted");
}

TEST(Slugify, KeepsDigitsAndSuperscripts) {
    EXPECT_EQ(slugify("Top 10 van 2025"), "top-10-van-2025");
    EXPECT_EQ(slugify("m² prijs"), "m2-prijs");
}

TEST(Slugify, IsEmptyWhenNothingIsLeft) {
    EXPECT_EQ(slugify("日本語のブログ"), "");
    EXPECT_EQ(slugify("?!"), "");
    EXPECT_EQ(slugify(""), "");
}

TEST(Slugify, SeparatesAroundScriptsItCannotSpell) {
    EXPECT_EQ(slugify("Tokyo東京2025"), "tokyo-2025");
}

TEST(Slugify, TreatsInvalidUtf8AsASeparator) { EXPECT_EQ(slugify("caf\xE9 ok"), "caf-ok"); }

}  // namespace
}  // namespace folio
