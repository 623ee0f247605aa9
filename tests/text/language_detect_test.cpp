#include <gtest/gtest.h>

#include "src/text/language_detect.hpp"

#include <array>
#include <cstdint>
#include <map>
#include <random>
#include <string>
#include <vector>

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

TEST(DetectLanguage, TakesLoremIpsumForNoLanguage) {
    // A theme's starter post: before, `et`, `in` and `sed` made it French.
    const LanguageGuess guess = detect_language(
        "---\ntitle: Hello\n---\nLorem ipsum dolor sit amet, consectetur adipiscing elit, sed do "
        "eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, "
        "quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat. Duis "
        "aute irure dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla "
        "pariatur. Excepteur sint occaecat cupidatat non proident, sunt in culpa qui officia "
        "deserunt mollit anim id est laborum.");
    EXPECT_EQ(guess.tag, "");
    EXPECT_TRUE(guess.placeholder);
}

TEST(DetectLanguage, TellsRightToLeftLanguagesByTheirLetters) {
    const LanguageGuess persian = detect_language(
        "---\ntitle: یادداشت\n---\nاین یک نوشته کوتاه درباره برنامه‌نویسی است. ما امروز با هم یک "
        "کتاب الکترونیکی می‌سازیم و پیش از آن چند نکته را بررسی می‌کنیم.");
    EXPECT_EQ(persian.tag, "fa");
    EXPECT_FALSE(persian.placeholder);
    EXPECT_GT(persian.confidence, 0.6);
    EXPECT_GE(persian.evidence, 8u);
    EXPECT_EQ(detect_language("هذه مقالة قصيرة عن البرمجة. نحن نكتب كتابا إلكترونيا في هذه "
                              "الصفحة ونتحدث عن الكتب والمكتبة.")
                  .tag,
              "ar");
    EXPECT_EQ(detect_language("یہ ایک مختصر مضمون ہے۔ ہم آج ایک کتاب بناتے ہیں اور اس سے پہلے "
                              "کچھ باتیں دیکھتے ہیں۔ یہ بڑا کام ہے۔")
                  .tag,
              "ur");
    EXPECT_EQ(detect_language("זהו מאמר קצר על תכנות. היום אנחנו בונים ספר אלקטרוני ובודקים "
                              "כמה דברים לפני כן.")
                  .tag,
              "he");
}

// A Korean blog of paper reviews (English terms in every sentence) was "en" by its stop
// words, and its book said so; scripts with no stop words told nothing at all.
TEST(DetectLanguage, TellsOtherScriptsByTheirLettersThoughEnglishTermsAreMixedIn) {
    EXPECT_EQ(detect_language("- Transformer의 핵심은 attention mechanism\n- attention "
                              "mechanism은 softmax 함수를 통해 token의 중요도를 평가\n- 그러나 "
                              "LLM은 context에서 핵심 정보를 정확히 파악하는 데 어려움을 겪음")
                  .tag,
              "ko");
    EXPECT_EQ(detect_language("今日は新しい本を作ります。まずいくつかの点を確認しましょう。").tag, "ja");
    EXPECT_EQ(detect_language("今天我们用这个工具制作一本电子书，然后检查一些问题。").tag, "zh");
    EXPECT_EQ(detect_language("Сегодня мы делаем электронную книгу и проверяем несколько вещей.").tag,
              "ru");
    EXPECT_EQ(detect_language("Сьогодні ми робимо електронну книгу і перевіряємо кілька речей.").tag,
              "uk");
    EXPECT_EQ(detect_language("Σήμερα φτιάχνουμε ένα ηλεκτρονικό βιβλίο και ελέγχουμε μερικά πράγματα.").tag,
              "el");
    EXPECT_EQ(detect_language("आज हम एक ई-पुस्तक बनाते हैं और कुछ बातें देखते हैं।").tag, "hi");
    EXPECT_EQ(detect_language("วันนี้เราจะสร้างหนังสืออิเล็กทรอนิกส์และตรวจสอบบางสิ่ง").tag, "th");
    // A few words of another script in an English text leave it English.
    EXPECT_EQ(detect_language("This is the post where we talk about the word 한국어 and the "
                              "book that we make with it for the readers of the blog.")
                  .tag,
              "en");
}

// A script wins while its letters are more than a third of the Latin ones; only ASCII letters
// count as Latin, never the punctuation beside them in the code table (`@[\]^_` and `` `{|}~ ``).
TEST(DetectLanguage, CountsOnlyLettersAsLatinBesideAnotherScript) {
    const std::string greek = "αβγδεζηθικ";  // ten letters: worth 29 Latin ones, not 30
    const std::string punctuation = "@[\\]^_`{|}~@[\\]^_`{|}~@[\\]^_`{|}~ ";
    const std::string letters(29, 'x');
    EXPECT_EQ(detect_language(punctuation + letters + greek + punctuation).tag, "el");
    EXPECT_EQ(detect_language(punctuation + letters + "Zz" + greek).tag, "");
    EXPECT_EQ(detect_language(greek + " " + letters + "a").tag, "");
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

// The detector counts a word at a time from bitmaps of 64 bytes; this is what it must count,
// said plainly: words are runs of ASCII letters and bytes outside ASCII, compared in lower case
// with each language's list (the lists of language_detect.cpp, placeholder Latin last).
LanguageGuess guess_word_by_word(std::string_view text) {
    static const std::vector<std::pair<std::string, std::vector<std::string>>> lists = {
        {"nl", {"het", "een", "van", "niet", "ook", "maar", "wat", "zijn", "voor", "bij", "naar",
                "wordt", "dat", "je", "ik", "we", "zo", "nog", "uit", "deze", "heeft", "kan",
                "dan", "over"}},
        {"en", {"the", "and", "of", "to", "is", "that", "it", "with", "for", "this", "you", "are",
                "was", "not", "but", "be", "have", "on", "they", "which", "from", "what", "when",
                "your"}},
        {"de", {"der", "und", "ist", "nicht", "das", "zu", "den", "mit", "sich", "auf", "ein",
                "eine", "auch", "es", "dem", "ich", "wir", "sind", "wird", "oder", "aber", "noch",
                "wie", "bei"}},
        {"fr", {"le", "la", "les", "et", "des", "est", "une", "du", "que", "qui", "pas", "pour",
                "sur", "dans", "avec", "ce", "il", "nous", "vous", "sont", "mais", "ou", "au",
                "cette"}},
        {"es", {"el", "los", "las", "y", "que", "del", "es", "por", "con", "para", "una", "su",
                "al", "lo", "como", "pero", "sus", "le", "ya", "muy", "sin", "sobre", "este",
                "porque"}},
        {"", {"lorem", "ipsum", "dolor", "sit", "amet", "elit", "eiusmod", "tempor", "labore",
              "dolore", "magna", "aliqua", "enim", "minim", "veniam", "quis", "nostrud",
              "ullamco", "laboris", "nisi", "aliquip", "commodo", "duis", "irure"}},
    };
    std::vector<std::size_t> counts(lists.size());
    std::string word;
    const auto count = [&] {
        for (std::size_t i = 0; i < lists.size(); ++i) {
            for (const std::string& stop : lists[i].second) counts[i] += word == stop;
        }
        word.clear();
    };
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x80 || (byte >= 'a' && byte <= 'z')) {
            word += c;
        } else if (byte >= 'A' && byte <= 'Z') {
            word += static_cast<char>(byte - 'A' + 'a');
        } else {
            count();
        }
    }
    count();
    std::size_t best = 0;
    std::size_t total = 0;
    for (std::size_t i = 0; i < counts.size(); ++i) {
        total += counts[i];
        if (counts[i] > counts[best]) best = i;
    }
    if (counts[best] == 0) return {};
    LanguageGuess guess{lists[best].first,
                        static_cast<double>(counts[best]) / static_cast<double>(total), counts[best]};
    guess.placeholder = best == lists.size() - 1;
    return guess;
}

// Random texts of stop words in any case, other words, words with accents or box drawing
// inside, punctuation and runs of every length, so that words begin and end at every place in
// and across the detector's blocks of 8 and 64 bytes, the text's last word included.
TEST(DetectLanguage, CountsWhatAWordByWordCountFinds) {
    const std::vector<std::string> pieces = {
        "the", "The", "THE", "het", "Een", "und", "que", "porque", "cette", "lorem", "ipsum",
        "a", "y", "I", "theatre", "andante", "café", "één", "thé", "├──", "—", "x", "van",
        "overeen", "sind", "les", "Los", "über", "eiusmod", "seven77", "abcdefgh", "abcdefg"};
    const std::vector<std::string> gaps = {" ", "  ", "\n", ", ", ". ", "-", "'", "[", "`", "@",
                                           "{", "~", "1", "_", "\t", ""};
    std::mt19937 random(20261207);
    for (int round = 0; round < 3000; ++round) {
        std::string text;
        const std::size_t words = random() % 700;
        for (std::size_t i = 0; i < words; ++i) {
            text += pieces[random() % pieces.size()];
            text += gaps[random() % gaps.size()];
        }
        const LanguageGuess expected = guess_word_by_word(text);
        const LanguageGuess guess = detect_language(text);
        ASSERT_EQ(guess.tag, expected.tag) << text;
        ASSERT_EQ(guess.evidence, expected.evidence) << text;
        ASSERT_EQ(guess.confidence, expected.confidence) << text;
        ASSERT_EQ(guess.placeholder, expected.placeholder) << text;
    }
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
