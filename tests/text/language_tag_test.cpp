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

}  // namespace
}  // namespace folio
