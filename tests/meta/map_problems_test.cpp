#include <gtest/gtest.h>

#include "src/meta/engine_profile.hpp"
#include "tests/meta/meta_test_support.hpp"

namespace folio {
namespace {

using namespace folio::testing;  // test builders only

TEST(MapProblems, ReportsAnImpossibleDecodedDateAndKeepsItInExtra) {
    const std::string file = "---\ntitle: T\ndate: 2026-02-30\n---\n";
    const auto out = map_in(front_matter({{"title", text("T"), {2, 8}},
                                          {"date", date_value(ymd(2026, 2, 30)), {3, 7}}}),
                            FrontMatterStyle::b, file);
    EXPECT_FALSE(out.meta.date.has_value());
    EXPECT_EQ(out.meta.extra, (Map{{"date", date_value(ymd(2026, 2, 30))}}));
    EXPECT_EQ(printed(out.diagnostics),
              "posts/a.md:3:7: error: impossible date '2026-02-30': February 2026 has 28 days "
              "[meta.date.impossible]\n"
              "    date: 2026-02-30\n"
              "          ^\n");
}

TEST(MapProblems, ReportsAnImpossibleQuotedDateAndKeepsTheString) {
    const std::string file = "---\ndate: \"2025-04-31\"\n---\n";
    const auto out =
        map_in(front_matter({{"date", text("2025-04-31"), {2, 7}}}), FrontMatterStyle::a, file);
    EXPECT_FALSE(out.meta.date.has_value());
    EXPECT_EQ(out.meta.extra, (Map{{"date", text("2025-04-31")}}));
    EXPECT_EQ(printed(out.diagnostics),
              "posts/a.md:2:7: error: impossible date '2025-04-31': April 2025 has 30 days "
              "[meta.date.impossible]\n"
              "    date: \"2025-04-31\"\n"
              "          ^\n");
}

TEST(MapProblems, ReportsAStringThatIsNotADate) {
    const std::string file = "---\nlastmod: gisteren\n---\n";
    const auto out =
        map_in(front_matter({{"lastmod", text("gisteren"), {2, 10}}}), FrontMatterStyle::b, file);
    EXPECT_FALSE(out.meta.updated.has_value());
    EXPECT_EQ(out.meta.extra, (Map{{"lastmod", text("gisteren")}}));
    EXPECT_EQ(printed(out.diagnostics),
              "posts/a.md:2:10: error: invalid date 'gisteren': expected a date like 2025-12-21 "
              "or 2025-12-21T10:00:00Z [meta.date.invalid]\n"
              "    lastmod: gisteren\n"
              "             ^\n");
}

TEST(MapProblems, ReportsADateOfTheWrongTypeAsAnError) {
    const auto out = map_in(front_matter({{"date", integer(2025), {2, 7}}}), FrontMatterStyle::b,
                            "---\ndate: 2025\n---\n");
    EXPECT_EQ(out.meta.extra, (Map{{"date", integer(2025)}}));
    EXPECT_EQ(printed(out.diagnostics),
              "posts/a.md:2:7: error: 'date' must be a date, not an integer [meta.type]\n"
              "    date: 2025\n"
              "          ^\n");
}

TEST(MapProblems, KeepsAMapTitleInExtraWithAWarning) {
    const Value title = map({{"nl", text("Hallo")}, {"en", text("Hello")}});
    const auto out = map_in(front_matter({{"title", title, {3, 3}}}), FrontMatterStyle::b,
                            "---\ntitle:\n  nl: Hallo\n  en: Hello\n---\n");
    EXPECT_EQ(out.meta.title, "");
    EXPECT_EQ(out.meta.extra, (Map{{"title", title}}));
    EXPECT_EQ(printed(out.diagnostics),
              "posts/a.md:3:3: warning: 'title' must be a string, not a map [meta.type]\n"
              "      nl: Hallo\n"
              "      ^\n");
}

TEST(MapProblems, KeepsANumericTitleInExtraRatherThanGuessingItsText) {
    const auto out = map_in(front_matter({{"title", integer(1984)}}), FrontMatterStyle::a);
    EXPECT_EQ(out.meta.title, "");
    EXPECT_EQ(out.meta.extra, (Map{{"title", integer(1984)}}));
    EXPECT_EQ(printed(out.diagnostics),
              "posts/a.md: warning: 'title' must be a string, not an integer [meta.type]\n");
}

TEST(MapProblems, KeepsATagListWithANonStringItemWhole) {
    const Value tags = list({text("ai"), integer(2024)});
    const auto out = map_in(front_matter({{"tags", tags}}), FrontMatterStyle::b);
    EXPECT_TRUE(out.meta.tags.empty());
    EXPECT_EQ(out.meta.extra, (Map{{"tags", tags}}));
    EXPECT_EQ(printed(out.diagnostics),
              "posts/a.md: warning: 'tags' must be a list of strings, but item 2 is an integer "
              "[meta.type]\n");
}

// Fuzz finding 69: `tags: [,-]` stayed whole in extra; the Hugo writer, as TOML holds no null,
// dropped the null, and the list read back as the tags field. A null item is an empty entry
// with nothing to keep: left out, the rest are the field.
TEST(MapProblems, LeavesANullItemOutOfATagListWithAWarning) {
    const auto out = map_in(front_matter({{"tags", list({Value{Null{}}, text("-")})},
                                          {"categories", list({text("a"), Value{Null{}}})}}),
                            FrontMatterStyle::b);
    EXPECT_EQ(out.meta.tags, (std::vector<std::string>{"-"}));
    EXPECT_EQ(out.meta.categories, (std::vector<std::string>{"a"}));
    EXPECT_TRUE(out.meta.extra.empty());
    EXPECT_EQ(printed(out.diagnostics),
              "posts/a.md: warning: item 1 of 'tags' is null (an empty entry): left out "
              "[meta.list.null]\n"
              "posts/a.md: warning: item 2 of 'categories' is null (an empty entry): left out "
              "[meta.list.null]\n");
    // Nothing but nulls: no tags, and no extra either.
    const auto empty = map_in(front_matter({{"tags", list({Value{Null{}}})}}), FrontMatterStyle::b);
    EXPECT_TRUE(empty.meta.tags.empty());
    EXPECT_TRUE(empty.meta.extra.empty());
}

// Issue 23: `draft: "true"` and `draft: yes` were a warning only and the draft was published.
// Hugo reads both as true (YAML 1.1, strconv.ParseBool), and so does folio now, with a warning.
TEST(MapProblems, ReadsAQuotedOrYaml11BooleanForDraftAsTheEnginesDo) {
    for (const std::string spelling : {"true", "yes", "on", "Y", "TRUE", "1"}) {
        const auto out = map_in(front_matter({{"draft", text(spelling)}}), FrontMatterStyle::b);
        EXPECT_TRUE(out.meta.draft) << spelling;
        EXPECT_TRUE(out.meta.extra.empty()) << spelling;
        EXPECT_EQ(printed(out.diagnostics),
                  "posts/a.md: warning: 'draft' is the string \"" + spelling +
                      "\", not true or false: read as true, as Hugo and Jekyll read it; write "
                      "draft: true [meta.bool.spelling]\n")
            << spelling;
    }
    const auto off = map_in(front_matter({{"draft", text("no")}}), FrontMatterStyle::b);
    EXPECT_FALSE(off.meta.draft);
    const auto number = map_in(front_matter({{"draft", Value{std::int64_t{1}}}}), FrontMatterStyle::b);
    EXPECT_TRUE(number.meta.draft);
    EXPECT_EQ(printed(number.diagnostics),
              "posts/a.md: warning: 'draft' is the number 1, not true or false: read as true, as "
              "Hugo and Jekyll read it; write draft: true [meta.bool.spelling]\n");
    // Jekyll's `published: "no"` holds the article back the same way.
    const SourceText source("posts/a.md", "");
    Diagnostics diagnostics;
    const Meta jekyll = map_front_matter(front_matter({{"published", text("no")}}),
                                         *find_engine_profile("jekyll"), source, diagnostics);
    EXPECT_TRUE(jekyll.draft);
}

TEST(MapProblems, HoldsBackAnArticleWhoseDraftFlagNoEngineReadsAsABoolean) {
    const auto out = map_in(front_matter({{"draft", text("maybe")}}), FrontMatterStyle::b);
    EXPECT_TRUE(out.meta.draft);
    EXPECT_EQ(out.meta.extra, (Map{{"draft", text("maybe")}}));
    EXPECT_EQ(printed(out.diagnostics),
              "posts/a.md: error: 'draft' must be true or false, not a string: the article is "
              "held back as a draft [meta.type]\n");
    const auto listed = map_in(front_matter({{"draft", list({text("x")})}}), FrontMatterStyle::b);
    EXPECT_TRUE(listed.meta.draft);
    EXPECT_TRUE(listed.diagnostics.has_errors());
}

TEST(MapProblems, KeepsACoverOfTheWrongTypeInExtra) {
    const auto out = map_in(front_matter({{"cover", list({text("a.png")})}}), FrontMatterStyle::b);
    EXPECT_FALSE(out.meta.cover.has_value());
    EXPECT_EQ(out.meta.extra, (Map{{"cover", list({text("a.png")})}}));
    EXPECT_EQ(printed(out.diagnostics),
              "posts/a.md: warning: 'cover' must be a map or a string, not a list [meta.type]\n");
}

TEST(MapProblems, KeepsACoverSubKeyOfTheWrongTypeInCoverExtra) {
    const auto out =
        map_in(front_matter({{"cover", map({{"image", text("a.png")}, {"alt", boolean(false)}})}}),
               FrontMatterStyle::b);
    ASSERT_TRUE(out.meta.cover.has_value());
    EXPECT_EQ(*out.meta.cover, (Cover{"a.png", "", "", Map{{"alt", boolean(false)}}}));
    EXPECT_EQ(printed(out.diagnostics),
              "posts/a.md: warning: 'cover.alt' must be a string, not a bool [meta.type]\n");
}

TEST(MapProblems, KeepsAFeaturedImageOfTheWrongTypeInExtra) {
    const auto out = map_in(front_matter({{"featuredImage", map({{"src", text("a.png")}})}}),
                            FrontMatterStyle::a);
    EXPECT_FALSE(out.meta.cover.has_value());
    EXPECT_EQ(out.meta.extra, (Map{{"featuredImage", map({{"src", text("a.png")}})}}));
    EXPECT_EQ(printed(out.diagnostics),
              "posts/a.md: warning: 'featuredImage' must be a string, not a map [meta.type]\n");
}

TEST(MapProblems, KeepsASecondKeyForTheSameFieldInExtra) {
    const std::string file = "---\nauthor: Ada\nauthors: [Bob]\n---\n";
    const auto out = map_in(
        front_matter({{"author", text("Ada"), {2, 9}}, {"authors", list({text("Bob")}), {3, 10}}}),
        FrontMatterStyle::b, file);
    EXPECT_EQ(out.meta.authors, (std::vector<std::string>{"Ada"}));
    EXPECT_EQ(out.meta.extra, (Map{{"authors", list({text("Bob")})}}));
    EXPECT_EQ(printed(out.diagnostics),
              "posts/a.md:3:10: warning: 'authors' is ignored: 'author' already set that field "
              "[meta.duplicate]\n"
              "    authors: [Bob]\n"
              "             ^\n");
}

TEST(MapProblems, LetsALaterAliasFillAFieldWhoseFirstKeyWasRejected) {
    const auto out =
        map_in(front_matter({{"lastmod", text("soon")}, {"updated", date_value(ymd(2026, 1, 5))}}),
               FrontMatterStyle::b);
    EXPECT_EQ(out.meta.updated, ymd(2026, 1, 5));
    EXPECT_EQ(out.meta.extra, (Map{{"lastmod", text("soon")}}));
    EXPECT_EQ(out.diagnostics.count(Severity::error), 1u);
}

}  // namespace
}  // namespace folio
