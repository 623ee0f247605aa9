#include "src/meta/publication.hpp"

#include <gtest/gtest.h>

namespace folio {
namespace {

Meta dated(std::string_view date, std::string_view expires = "") {
    Meta meta;
    meta.date = parse_date(date);
    if (!expires.empty()) meta.expires = parse_date(expires);
    return meta;
}

PublicationRules at(std::string_view now) {
    PublicationRules rules;
    rules.now = to_unix_seconds(*parse_date(now));
    return rules;
}

TEST(Publication, ADraftIsLeftOutUnlessDraftsAreAskedFor) {
    Meta meta = dated("2020-01-01");
    meta.draft = true;
    PublicationRules rules = at("2026-01-01T00:00:00Z");
    EXPECT_EQ(unpublished(meta, rules), Unpublished::draft);
    rules.drafts = true;
    EXPECT_EQ(unpublished(meta, rules), Unpublished::no);
}

TEST(Publication, AnArticleDatedAfterTheBuildIsLeftOutUnlessFutureIsAskedFor) {
    PublicationRules rules = at("2026-03-01T12:00:00Z");
    EXPECT_EQ(unpublished(dated("2026-03-01T12:00:01Z"), rules), Unpublished::future);
    EXPECT_EQ(unpublished(dated("2026-03-01T12:00:00Z"), rules), Unpublished::no);
    EXPECT_EQ(unpublished(dated("2026-03-01T13:30:00+01:00"), rules), Unpublished::future);
    rules.future = true;
    EXPECT_EQ(unpublished(dated("2999-01-01"), rules), Unpublished::no);
}

TEST(Publication, AHugoPublishDateAfterTheDateKeepsTheArticleFutureUntilThen) {
    PublicationRules rules = at("2026-03-05T00:00:00Z");
    Meta meta = dated("2026-03-01");
    meta.extra.emplace_back("publishDate", Value{*parse_date("2026-03-10")});
    EXPECT_EQ(unpublished(meta, rules), Unpublished::future);
    meta.extra.back().first = "pubdate";
    EXPECT_EQ(unpublished(meta, rules), Unpublished::future);
    rules.now = to_unix_seconds(*parse_date("2026-03-10T00:00:01Z"));
    EXPECT_EQ(unpublished(meta, rules), Unpublished::no);
    // Jekyll's `published` is a boolean, and an earlier publishDate changes nothing.
    Meta jekyll = dated("2026-03-01");
    jekyll.extra.emplace_back("published", Value{true});
    EXPECT_EQ(unpublished(jekyll, at("2026-03-05T00:00:00Z")), Unpublished::no);
    Meta earlier = dated("2026-03-04");
    earlier.extra.emplace_back("PublishDate", Value{*parse_date("2026-03-01")});
    EXPECT_EQ(unpublished(earlier, at("2026-03-03T00:00:00Z")), Unpublished::future);
    EXPECT_EQ(unpublished(earlier, at("2026-03-05T00:00:00Z")), Unpublished::no);
}

TEST(Publication, DatesWithoutAnOffsetAreReadInTheZone) {
    // Midnight of 2 March in Tokyo is 15:00 UTC on 1 March: published at 16:00 UTC.
    PublicationRules rules = at("2026-03-01T16:00:00Z");
    EXPECT_EQ(unpublished(dated("2026-03-02"), rules), Unpublished::future);
    rules.zone = *TimeZone::parse("+09:00");
    EXPECT_EQ(unpublished(dated("2026-03-02"), rules), Unpublished::no);
}

TEST(Publication, AnExpiredArticleIsLeftOutUnlessExpiredIsAskedFor) {
    PublicationRules rules = at("2026-03-01T00:00:00Z");
    EXPECT_EQ(unpublished(dated("2020-01-01", "2026-03-01"), rules), Unpublished::expired);
    EXPECT_EQ(unpublished(dated("2020-01-01", "2026-03-02"), rules), Unpublished::no);
    rules.expired = true;
    EXPECT_EQ(unpublished(dated("2020-01-01", "2021-01-01"), rules), Unpublished::no);
}

TEST(Publication, WithoutABuildTimeOnlyDraftsDecide) {
    PublicationRules rules;
    EXPECT_EQ(unpublished(dated("2999-01-01", "2000-01-01"), rules), Unpublished::no);
    EXPECT_EQ(unpublished(Meta{}, at("2026-01-01T00:00:00Z")), Unpublished::no);  // undated
}

TEST(LeftOut, NamesWhatWasLeftOutAndTheOptionsThatIncludeIt) {
    LeftOut none;
    EXPECT_EQ(none.note(), "");
    LeftOut one;
    one.add(Unpublished::draft);
    EXPECT_EQ(one.note(), "1 draft is left out (--drafts includes it)");
    LeftOut all;
    all.add(Unpublished::draft);
    all.add(Unpublished::draft);
    all.add(Unpublished::future);
    all.add(Unpublished::expired);
    all.add(Unpublished::no);
    EXPECT_EQ(all.total(), 4U);
    EXPECT_EQ(all.note(),
              "2 drafts, 1 dated after this build and 1 expired are left out (--drafts, --future "
              "and --expired include them)");
}

}  // namespace
}  // namespace folio
