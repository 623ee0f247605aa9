#include "src/text/search_fold.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace folio {
namespace {

std::vector<std::string> words_of(std::string_view text) {
    std::vector<std::string> words;
    for_each_search_word(fold_for_search(text),
                         [&words](std::string_view word) { words.emplace_back(word); });
    return words;
}

// What search.js's fold() gives for each word, as Node 18 computed it with the script's
// function: the index's words must be spelled as the script spells a query.
TEST(SearchFold, FoldsAsTheSearchPagesScriptDoes) {
    const std::pair<std::string, std::string> table[] = {
        {"Café", "cafe"},
        {"Straße", "strasse"},
        {"STRASSE", "strasse"},
        {"Ærøskøbing", "aeroskobing"},
        {"Łódź", "lodz"},
        {"Œuvre", "oeuvre"},
        {"ΟΔΟΣ", "οδοσ"},
        {"οδός", "οδοσ"},
        {"ﬁnance", "finance"},
        {"Ｆｕｌｌ", "full"},
        {"①", "1"},
        {"İstanbul", "istanbul"},
        {"한국어",
         "\xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB\xE1\x84\x80\xE1\x85\xAE\xE1\x86\xA8"
         "\xE1\x84\x8B\xE1\x85\xA5"},
        {"東京の天気", "東京の天気"},
        {"ｶﾀｶﾅ", "カタカナ"},
        {"Ǆemal", "dzemal"},
        {"Ÿes", "yes"},
        {"Þórður", "thordur"},
        {"Ĳssel", "ijssel"},
        {"Москва", "москва"},
        {"Ελλάδα", "ελλαδα"},
        {"x²", "x2"},
        {"ℌilbert", "hilbert"},
        {"𝐁old", "bold"},
    };
    for (const auto& [word, folded] : table) EXPECT_EQ(fold_for_search(word), folded) << word;
}

TEST(SearchFold, SplitsAtWhatIsNoWordCharacter) {
    EXPECT_EQ(words_of("Don't stop—the café, (2025)!"),
              (std::vector<std::string>{"don", "t", "stop", "the", "cafe", "2025"}));
    EXPECT_EQ(words_of(""), std::vector<std::string>{});
}

TEST(SearchFold, CutsChineseAndJapaneseIntoPairsAndTheirLastCharacter) {
    EXPECT_EQ(words_of("東京の天気。晴"),
              (std::vector<std::string>{"東京", "京の", "の天", "天気", "気", "晴"}));
    // Letters of other scripts beside them are words of their own.
    EXPECT_EQ(words_of("iPhone買った2台"),
              (std::vector<std::string>{"iphone", "買っ", "った", "た", "2", "台"}));
}

TEST(SearchFold, KeysAWordByItsFirstTwoCharactersOrItsFirstChineseOne) {
    EXPECT_EQ(search_word_key("cafe"), "ca");
    EXPECT_EQ(search_word_key("c"), "c");
    EXPECT_EQ(search_word_key("москва"), "мо");
    EXPECT_EQ(search_word_key("天気"), "天");
    EXPECT_EQ(search_word_key("a天"), "a天");
}

}  // namespace
}  // namespace folio
