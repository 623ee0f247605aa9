#include <gtest/gtest.h>

#include "tests/meta/meta_test_support.hpp"

namespace folio {
namespace {

using namespace folio::testing;  // test builders only

constexpr std::array both_styles{FrontMatterStyle::a, FrontMatterStyle::b};

TEST(MapCommonKeys, TakesTitleSlugDraftAndLanguageInBothStyles) {
    for (const FrontMatterStyle style : both_styles) {
        const auto out = map_in(front_matter({{"title", text("Hallo")},
                                              {"slug", text("hallo-wereld")},
                                              {"draft", boolean(true)},
                                              {"language", text("nl")}}),
                                style);
        EXPECT_EQ(out.meta.title, "Hallo");
        EXPECT_EQ(out.meta.slug, "hallo-wereld");
        EXPECT_TRUE(out.meta.draft);
        EXPECT_EQ(out.meta.language, "nl");
        EXPECT_TRUE(out.meta.extra.empty());
        EXPECT_TRUE(out.diagnostics.items().empty());
    }
}

TEST(MapCommonKeys, AcceptsLangForTheLanguage) {
    const auto out = map_in(front_matter({{"lang", text("en-GB")}}), FrontMatterStyle::a);
    EXPECT_EQ(out.meta.language, "en-GB");
    EXPECT_TRUE(out.meta.extra.empty());
}

TEST(MapCommonKeys, LeavesLanguageCodeInExtraBecauseItIsHugoSiteConfiguration) {
    const auto out = map_in(front_matter({{"languageCode", text("nl-NL")}}), FrontMatterStyle::b);
    EXPECT_EQ(out.meta.language, "");
    EXPECT_EQ(out.meta.extra, (Map{{"languageCode", text("nl-NL")}}));
}

TEST(MapCommonKeys, TakesADecodedDateInBothStyles) {
    Date stamp = ymd(2026, 2, 27);
    stamp.has_time = true;
    stamp.hour = 20;
    stamp.minute = 25;
    stamp.second = 44;
    stamp.nanosecond = 255000000;
    stamp.fraction_digits = 3;
    stamp.offset_minutes = 0;
    stamp.offset_is_z = true;
    for (const FrontMatterStyle style : both_styles) {
        const auto out = map_in(front_matter({{"date", date_value(stamp)}}), style);
        EXPECT_EQ(out.meta.date, stamp);
        EXPECT_TRUE(out.meta.extra.empty());
    }
}

TEST(MapCommonKeys, ParsesAQuotedDateStringInBothStyles) {
    for (const FrontMatterStyle style : both_styles) {
        const auto out = map_in(front_matter({{"date", text("2025-12-21")}}), style);
        EXPECT_EQ(out.meta.date, ymd(2025, 12, 21));
        EXPECT_TRUE(out.meta.extra.empty());
    }
}

TEST(MapCommonKeys, ParsesEveryDateStringFormHugoAccepts) {
    for (const char* written :
         {"2025-12-21", "2025-12-21T10:00:00", "2025-12-21T10:00:00Z", "2026-02-27T20:25:44.255Z",
          "2025-12-21T10:00:00+01:00", "2025-12-21 10:00:00"}) {
        const auto out = map_in(front_matter({{"date", text(written)}}), FrontMatterStyle::b);
        ASSERT_TRUE(out.meta.date.has_value()) << written;
        EXPECT_EQ(out.meta.date, parse_date(written)) << written;
        EXPECT_TRUE(out.diagnostics.items().empty()) << written;
    }
}

TEST(MapCommonKeys, TakesTagsAsAListOrOneString) {
    const auto listed =
        map_in(front_matter({{"tags", list({text("ai"), text("hugo")})}}), FrontMatterStyle::b);
    EXPECT_EQ(listed.meta.tags, (std::vector<std::string>{"ai", "hugo"}));
    const auto single = map_in(front_matter({{"tags", text("ai")}}), FrontMatterStyle::a);
    EXPECT_EQ(single.meta.tags, (std::vector<std::string>{"ai"}));
    EXPECT_TRUE(single.meta.extra.empty());
}

TEST(MapCommonKeys, TakesAuthorOrAuthorsAsAStringOrAList) {
    const auto one = map_in(front_matter({{"author", text("Ada")}}), FrontMatterStyle::a);
    EXPECT_EQ(one.meta.authors, (std::vector<std::string>{"Ada"}));
    const auto many =
        map_in(front_matter({{"authors", list({text("Ada"), text("Bob")})}}), FrontMatterStyle::b);
    EXPECT_EQ(many.meta.authors, (std::vector<std::string>{"Ada", "Bob"}));
    const auto listed =
        map_in(front_matter({{"author", list({text("Ada")})}}), FrontMatterStyle::b);
    EXPECT_EQ(listed.meta.authors, (std::vector<std::string>{"Ada"}));
}

TEST(MapCommonKeys, KeepsEveryUnknownKeyInSourceOrderWithItsType) {
    const Map unknown{{"weight", integer(3)},
                      {"doelgroep", text("ouders")},
                      {"ratio", Value{0.5}},
                      {"series", list({text("AI")})},
                      {"params", map({{"math", boolean(true)}})},
                      {"empty", null()},
                      {"publishDate", date_value(ymd(2026, 1, 1))}};
    FrontMatter fm = front_matter({{"title", text("T")}});
    fm.entries.insert(fm.entries.begin(), unknown.begin(), unknown.begin() + 3);
    fm.entries.insert(fm.entries.end(), unknown.begin() + 3, unknown.end());
    fm.positions.resize(fm.entries.size());
    const auto out = map_in(fm, FrontMatterStyle::b);
    EXPECT_EQ(out.meta.title, "T");
    EXPECT_EQ(out.meta.extra, unknown);
}

TEST(MapCommonKeys, TreatsNullAsUnsetAndConsumesTheKey) {
    const auto out = map_in(front_matter({{"title", null()},
                                          {"date", null()},
                                          {"tags", null()},
                                          {"draft", null()},
                                          {"summary", null()},
                                          {"cover", null()}}),
                            FrontMatterStyle::b);
    EXPECT_EQ(out.meta, Meta{});
    EXPECT_TRUE(out.diagnostics.items().empty());
}

TEST(MapCommonKeys, TreatsEmptyTextAsUnset) {
    const auto out = map_in(
        front_matter({{"tags", text("")}, {"authors", list({})}, {"featuredImage", text("")}}),
        FrontMatterStyle::a);
    EXPECT_EQ(out.meta, Meta{});
}

TEST(MapCommonKeys, MatchesKeysCaseSensitively) {
    const auto out =
        map_in(front_matter({{"Title", text("T")}, {"Tags", text("ai")}}), FrontMatterStyle::b);
    EXPECT_EQ(out.meta.title, "");
    EXPECT_TRUE(out.meta.tags.empty());
    EXPECT_EQ(out.meta.extra, (Map{{"Title", text("T")}, {"Tags", text("ai")}}));
}

TEST(MapCommonKeys, MapsOnlyCommonKeysWhenThereIsNoStyle) {
    const auto out =
        map_in(front_matter({{"title", text("T")}, {"summary", text("S")}, {"excerpt", text("E")}}),
               FrontMatterStyle::none);
    EXPECT_EQ(out.meta.title, "T");
    EXPECT_EQ(out.meta.summary, "");
    EXPECT_EQ(out.meta.extra, (Map{{"summary", text("S")}, {"excerpt", text("E")}}));
}

}  // namespace
}  // namespace folio
