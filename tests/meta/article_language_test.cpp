#include "src/meta/article_language.hpp"

#include <gtest/gtest.h>

namespace folio {
namespace {

constexpr const char* kEnglish =
    "Turning a year of posts into an e-book is not hard, but the order of the chapters and the "
    "metadata that readers show are what you notice first. This is what we found.";
constexpr const char* kDutch =
    "Een blog begint met een map en drie bestanden. Twee jaar later staan er honderden artikelen "
    "en het is niet meer duidelijk wat er in de map hoort, maar dat kan beter. Het is zo.";

Meta with_language(std::string tag) {
    Meta meta;
    meta.language = std::move(tag);
    return meta;
}

TEST(ArticleLanguage, PrefersTheArticlesOwnTagOverItsText) {
    EXPECT_EQ(article_language(with_language("nl_NL"), kEnglish), "nl-NL");
    EXPECT_EQ(article_language(with_language("fa"), kEnglish), "fa");
}

TEST(ArticleLanguage, DetectsTheTextWhenTheTagIsMissingOrNoTag) {
    EXPECT_EQ(article_language(Meta{}, kEnglish), "en");
    EXPECT_EQ(article_language(Meta{}, kDutch), "nl");
    EXPECT_EQ(article_language(with_language("Dutch please"), kDutch), "nl");
}

TEST(ArticleLanguage, LeavesShortUncertainAndPlaceholderTextUnknown) {
    EXPECT_EQ(article_language(Meta{}, "The end."), "");
    EXPECT_EQ(article_language(Meta{}, "Lorem ipsum dolor sit amet, consectetur adipiscing elit, "
                                       "sed do eiusmod tempor incididunt ut labore et dolore "
                                       "magna aliqua. Ut enim ad minim veniam, quis nostrud "
                                       "exercitation ullamco laboris nisi ut aliquip ex ea "
                                       "commodo consequat."),
              "");
}

TEST(LanguageVotes, NamesTheLanguageOfMostArticlesNotTheFirst) {
    LanguageVotes votes;
    for (const char* tag : {"nl", "en", "", "en", "fa", ""}) votes.add(tag);
    std::size_t count = 0;
    EXPECT_EQ(votes.winner(&count), "en");
    EXPECT_EQ(count, 2u);
    EXPECT_EQ(LanguageVotes{}.winner(), "");
}

TEST(LanguageVotes, BreaksTiesAlphabetically) {
    LanguageVotes votes;
    votes.add("nl");
    votes.add("en");
    EXPECT_EQ(votes.winner(), "en");
}

}  // namespace
}  // namespace folio
