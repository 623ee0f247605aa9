#include "src/text/language_tag.hpp"

#include <gtest/gtest.h>

namespace folio {
namespace {

TEST(LanguageTag, AcceptsBcp47TagsAndUnderscores) {
    EXPECT_EQ(language_tag("nl"), "nl");
    EXPECT_EQ(language_tag("nl_NL"), "nl-NL");
    EXPECT_EQ(language_tag("zh-Hant-2020"), "zh-Hant-2020");
}

TEST(LanguageTag, RefusesWhatIsNoTag) {
    for (const char* bad : {"", "-", "nl-", "1nl", "Dutch (NL)", "toolongtag", "nl--NL"}) {
        EXPECT_EQ(language_tag(bad), "") << bad;
    }
}

TEST(LanguageTag, SaysWhyATagIsRefused) {
    EXPECT_EQ(language_tag_problem("english please"), "it contains a space");
    EXPECT_EQ(language_tag_problem(""), "it is empty");
    EXPECT_EQ(language_tag_problem("nl-"), "it ends with a dash");
    EXPECT_EQ(language_tag_problem("nl--NL"),
              "it has an empty subtag (two dashes, or one at the start)");
    EXPECT_EQ(language_tag_problem("toolongtag"), "a subtag is longer than 8 characters");
    EXPECT_EQ(language_tag_problem("1nl"), "the language subtag has a digit");
    EXPECT_EQ(language_tag_problem("Dutch(NL)"), "it contains '('");
    EXPECT_EQ(language_tag_problem("nl_NL"), "");
    EXPECT_EQ(language_tag_problem("zh-Hant-2020"), "");
}

TEST(LanguageTag, KnowsWhichLanguagesAreWrittenRightToLeft) {
    for (const char* tag : {"fa", "ar", "he", "ur", "ps", "yi", "dv", "fa-IR", "AR_eg", "ckb",
                            "az-Arab", "ku-Arab-IQ", "ji"}) {
        EXPECT_TRUE(is_right_to_left(tag)) << tag;
    }
    for (const char* tag : {"", "en", "nl-NL", "fr", "far", "a", "az-Latn", "uz-Cyrl",
                            "sd-Deva", "ar-Latn", "en-US-x-arab"}) {
        EXPECT_FALSE(is_right_to_left(tag)) << tag;
    }
}

}  // namespace
}  // namespace folio
