#include "src/meta/engine_profile.hpp"

#include <gtest/gtest.h>

#include "tests/meta/meta_test_support.hpp"

namespace folio {
namespace {

using namespace folio::testing;  // test builders only

Mapped map_as(std::string_view engine, const FrontMatter& fm) {
    const EngineProfile* profile = find_engine_profile(engine);
    EXPECT_NE(profile, nullptr) << engine;
    const SourceText source("posts/a.md", "");
    Mapped out;
    out.meta = map_front_matter(fm, *profile, source, out.diagnostics);
    return out;
}

TEST(EngineProfiles, AreTheSixBuiltInEnginesByName) {
    EXPECT_EQ(engine_profile_names(), "hugo, jekyll, astro, eleventy, nextjs, gatsby");
    EXPECT_EQ(find_engine_profile("wordpress"), nullptr);
}

TEST(EngineProfiles, ReadAstrosContentCollectionKeys) {
    const auto out = map_as("astro", front_matter({{"title", text("T")},
                                                   {"description", text("D")},
                                                   {"pubDate", text("2024-07-08")},
                                                   {"updatedDate", text("2024-07-09")},
                                                   {"heroImage", text("/blog-placeholder-3.jpg")}}));
    EXPECT_EQ(out.meta.date, ymd(2024, 7, 8));
    EXPECT_EQ(out.meta.updated, ymd(2024, 7, 9));
    EXPECT_EQ(out.meta.description, "D");
    ASSERT_TRUE(out.meta.cover.has_value());
    EXPECT_EQ(out.meta.cover->source, "/blog-placeholder-3.jpg");
    EXPECT_TRUE(out.meta.extra.empty());
    EXPECT_TRUE(out.diagnostics.items().empty()) << printed(out.diagnostics);
}

TEST(EngineProfiles, ReadTheNextjsStartersAuthorMapAndKeepItsPicture) {
    const Value author = map({{"name", text("Tim Neutkens")},
                              {"picture", text("/assets/blog/authors/tim.jpeg")}});
    const auto out = map_as("nextjs", front_matter({{"title", text("T")},
                                                    {"excerpt", text("E")},
                                                    {"coverImage", text("/assets/cover.jpg")},
                                                    {"date", text("2020-03-16T05:35:07.322Z")},
                                                    {"author", author},
                                                    {"ogImage", map({{"url", text("/og.jpg")}})}}));
    EXPECT_EQ(out.meta.authors, std::vector<std::string>{"Tim Neutkens"});
    EXPECT_EQ(out.meta.summary, "E");
    ASSERT_TRUE(out.meta.cover.has_value());
    EXPECT_EQ(out.meta.cover->source, "/assets/cover.jpg");
    // The picture is in no typed field: the author map stays whole, and so does ogImage.
    EXPECT_EQ(out.meta.extra,
              (Map{{"author", author}, {"ogImage", map({{"url", text("/og.jpg")}})}}));
    EXPECT_TRUE(out.diagnostics.items().empty()) << printed(out.diagnostics);
}

TEST(EngineProfiles, TakeNextjsOgImageAsTheCoverOnlyWhenThereIsNoCoverImage) {
    const auto out =
        map_as("nextjs", front_matter({{"ogImage", map({{"url", text("/og.jpg")}})}}));
    ASSERT_TRUE(out.meta.cover.has_value());
    EXPECT_EQ(out.meta.cover->source, "/og.jpg");
    EXPECT_EQ(out.meta.extra, (Map{{"ogImage", map({{"url", text("/og.jpg")}})}}));
}

TEST(EngineProfiles, ReadJekyllsPublishedFalseAsADraft) {
    const auto out = map_as("jekyll", front_matter({{"published", boolean(false)},
                                                    {"excerpt", text("E")},
                                                    {"last_modified_at", text("2020-01-02")}}));
    EXPECT_TRUE(out.meta.draft);
    EXPECT_EQ(out.meta.summary, "E");
    EXPECT_EQ(out.meta.updated, ymd(2020, 1, 2));
}

TEST(EngineProfiles, FallBackOnHugosPublishDateWithoutADate) {
    const auto out = map_as("hugo", front_matter({{"publishDate", text("2021-05-01")}}));
    EXPECT_EQ(out.meta.date, ymd(2021, 5, 1));
    EXPECT_EQ(out.meta.extra, (Map{{"publishDate", text("2021-05-01")}}));
    const auto both = map_as("hugo", front_matter({{"publishDate", text("2021-05-01")},
                                                   {"date", text("2020-01-01")}}));
    EXPECT_EQ(both.meta.date, ymd(2020, 1, 1));
}

TEST(EngineProfiles, ReadHugosExpiryDateInItsSpellings) {
    for (const char* key : {"expiryDate", "expirydate", "unpublishdate"}) {
        const auto out = map_as("hugo", front_matter({{key, text("2027-01-01")}}));
        EXPECT_EQ(out.meta.expires, ymd(2027, 1, 1)) << key;
        EXPECT_TRUE(out.meta.extra.empty()) << key;
    }
    // Jekyll has no expiry: the key stays as written.
    const auto jekyll = map_as("jekyll", front_matter({{"expiryDate", text("2027-01-01")}}));
    EXPECT_FALSE(jekyll.meta.expires.has_value());
}

TEST(EngineProfiles, KeepHugosUrlAndAGuidAsTypedFields) {
    const auto out = map_as("hugo", front_matter({{"url", text("/2019/05/old-post/")},
                                                  {"guid", text("tag:example.org,2019:1")}}));
    EXPECT_EQ(out.meta.url, "/2019/05/old-post/");
    EXPECT_EQ(out.meta.guid, "tag:example.org,2019:1");
    EXPECT_TRUE(out.meta.extra.empty());
}

TEST(FileNameDate, ReadsJekyllsDateAndSlug) {
    const auto dated = date_from_file_name("2013-05-06-title-of-post");
    ASSERT_TRUE(dated.has_value());
    EXPECT_EQ(dated->date, ymd(2013, 5, 6));
    EXPECT_EQ(dated->slug, "title-of-post");
    EXPECT_FALSE(date_from_file_name("2013-02-30-impossible"));
    EXPECT_FALSE(date_from_file_name("2013-05-06"));
    EXPECT_FALSE(date_from_file_name("my-2013-05-06-post"));
}

TEST(LanguageInFileName, TakesAnIsoCodeAfterTheLastDot) {
    EXPECT_EQ(language_in_file_name("post.fa"), "fa");
    EXPECT_EQ(language_in_file_name("post.pt-br"), "pt-br");
    EXPECT_EQ(language_in_file_name("post.NL"), "nl");
    EXPECT_EQ(language_in_file_name("post"), "");
    EXPECT_EQ(language_in_file_name("jquery.min"), "");
    EXPECT_EQ(language_in_file_name("v1.2"), "");
    EXPECT_EQ(language_in_file_name(".fa"), "");
}

}  // namespace
}  // namespace folio
