#include "src/text/slug.hpp"

#include <gtest/gtest.h>

#include <string>

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

// The slugs WordPress gives posts in these scripts, percent-decoded: what their old URLs hold.
TEST(UnicodeSlug, KeepsScriptsWithNoAsciiSpelling) {
    EXPECT_EQ(unicode_slug("日本語のブログ"), "日本語のブログ");
    EXPECT_EQ(unicode_slug("سلام-دنیا"), "سلام-دنیا");
    EXPECT_EQ(unicode_slug("مرحبا بالعالم"), "مرحبا-بالعالم");
    EXPECT_EQ(unicode_slug("नमस्ते दुनिया"), "नमस्ते-दुनिया");
}

TEST(UnicodeSlug, LowercasesScriptsWithCase) {
    EXPECT_EQ(unicode_slug("Привет, Мир!"), "привет-мир");
    EXPECT_EQ(unicode_slug("Ελληνικά Άρθρα"), "ελληνικά-άρθρα");
    EXPECT_EQ(unicode_slug("Բարեւ"), "բարեւ");
    EXPECT_EQ(unicode_slug("Ѣ Ґ Ӂ"), "ѣ-ґ-ӂ");
}

TEST(UnicodeSlug, TransliteratesLatinAsSlugifyDoes) {
    EXPECT_EQ(unicode_slug("Wat is AI & Technologie?"), "wat-is-ai-technologie");
    EXPECT_EQ(unicode_slug("Café Привет"), "cafe-привет");
    EXPECT_EQ(unicode_slug("Tokyo東京2025"), "tokyo東京2025");
    EXPECT_EQ(unicode_slug("cafe\u0301"), "cafe");
}

TEST(UnicodeSlug, SeparatesAtPunctuationOfEveryScript) {
    EXPECT_EQ(unicode_slug("日本語、ブログ。"), "日本語-ブログ");
    EXPECT_EQ(unicode_slug("a/b\\c.d"), "a-b-c-d");
    EXPECT_EQ(unicode_slug("«Привет» — 🎉"), "привет");
}

// The full-width forms' punctuation was kept as if it were letters (`：`, `？`, `｡`).
TEST(UnicodeSlug, SeparatesAtFullWidthPunctuation) {
    EXPECT_EQ(unicode_slug("标题：副标题？"), "标题-副标题");
    EXPECT_EQ(unicode_slug("ｔｅｓｔ［１］｛２｝｡ok"), "ｔｅｓｔ-１-２-ok");
}

TEST(UnicodeSlug, KeepsCombiningMarksOfAKeptLetter) {
    EXPECT_EQ(unicode_slug("\u0438\u0306"), "\u0438\u0306");  // й, decomposed
}

TEST(UnicodeSlug, TreatsInvalidUtf8AndReplacementCharactersAsSeparators) {
    EXPECT_EQ(unicode_slug("\xE6\x97 日本"), "日本");
    EXPECT_EQ(unicode_slug("a\uFFFDb"), "a-b");
}

TEST(UnicodeSlug, IsCutAtACharacterBoundaryWithinTheBound) {
    std::string long_title;
    for (int i = 0; i < 100; ++i) long_title += "日本";
    const std::string slug = unicode_slug(long_title);
    EXPECT_LE(slug.size(), kMaxSlugBytes);
    EXPECT_EQ(slug.size() % 3, 0U);
    EXPECT_EQ(slug, long_title.substr(0, slug.size()));
    EXPECT_EQ(unicode_slug(std::string(199, 'a') + " b"), std::string(199, 'a'));
}

}  // namespace
}  // namespace folio
