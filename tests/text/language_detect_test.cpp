#include <gtest/gtest.h>

#include "src/text/language_detect.hpp"

namespace folio {
namespace {

TEST(DetectLanguage, RecognisesDutch) {
    const LanguageGuess guess = detect_language(
        "Een blog begint met één map en drie bestanden. Twee jaar later staan er honderden "
        "artikelen en het is niet meer duidelijk wat er in de map hoort, maar dat kan beter.");
    EXPECT_EQ(guess.tag, "nl");
    EXPECT_GT(guess.confidence, 0.6);
}

TEST(DetectLanguage, RecognisesEnglish) {
    const LanguageGuess guess = detect_language(
        "Turning a year of posts into an e-book is not hard, but the order of the chapters and "
        "the metadata that readers show are what you notice first.");
    EXPECT_EQ(guess.tag, "en");
    EXPECT_GT(guess.confidence, 0.6);
}

TEST(DetectLanguage, RecognisesGermanFrenchAndSpanish) {
    EXPECT_EQ(
        detect_language("Das ist nicht der Weg, und wir sind auch noch nicht bei dem Ziel.").tag,
        "de");
    EXPECT_EQ(detect_language(
                  "Nous sommes dans la maison avec les enfants, mais cette fois pas pour le dîner.")
                  .tag,
              "fr");
    EXPECT_EQ(
        detect_language(
            "Los niños están con el perro para ver las películas del sábado, pero sin sus padres.")
            .tag,
        "es");
}

TEST(DetectLanguage, IgnoresCaseAndPunctuation) {
    EXPECT_EQ(detect_language("THE CAT, AND THE DOG; WITH THE BIRD.").tag, "en");
}

// Words are compared whole: a longer word that starts with a stop word, or one that holds a
// letter outside ASCII, is not that stop word.
TEST(DetectLanguage, CountsWholeWordsOnly) {
    EXPECT_EQ(detect_language("theatre andante thereof withhold").tag, "");
    EXPECT_EQ(detect_language("thé ând hét").tag, "");
    EXPECT_EQ(detect_language("themselves thé het een van").tag, "nl");
    EXPECT_EQ(detect_language("porque porque the").tag, "es");
}

TEST(DetectLanguage, GivesNoTagWithoutEvidence) {
    const LanguageGuess guess = detect_language("12345 ### ---");
    EXPECT_EQ(guess.tag, "");
    EXPECT_EQ(guess.confidence, 0.0);
    EXPECT_EQ(guess.evidence, 0U);
}

TEST(LanguageSample, KeepsAShortTextWholeAndCutsALongOneAtACharacterBoundary) {
    EXPECT_EQ(language_sample("kort"), "kort");
    // 2,047 ASCII bytes, then a two-byte é across the 2,048-byte mark: the cut comes before it.
    const std::string text = std::string(2047, 'a') + "\xC3\xA9" + std::string(100, 'b');
    EXPECT_EQ(language_sample(text), std::string(2047, 'a'));
    const std::string ascii(5000, 'x');
    EXPECT_EQ(language_sample(ascii).size(), 2048U);
}

}  // namespace
}  // namespace folio
