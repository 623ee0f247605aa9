#include "src/urls/jekyll_permalink.hpp"

#include <gtest/gtest.h>

#include "src/ast/date.hpp"

namespace folio {
namespace {

// The post of Jekyll's permalink documentation: `_posts/2009-04-29-slap-chop.md`.
PageFacts slap_chop() {
    PageFacts page;
    page.title = "Slap Chop";
    page.file_name = "slap-chop";
    page.file_stem = "2009-04-29-slap-chop";
    page.date = parse_date("2009-04-29");
    return page;
}

std::string expand(std::string_view setting, const PageFacts& page = slap_chop()) {
    return expand_jekyll_permalink(jekyll_permalink_pattern(setting), page);
}

TEST(JekyllPermalink, BuiltInStylesAsDocumented) {
    EXPECT_EQ(expand(""), "/2009/04/29/slap-chop.html");  // `date`, Jekyll's default
    EXPECT_EQ(expand("date"), "/2009/04/29/slap-chop.html");
    EXPECT_EQ(expand("pretty"), "/2009/04/29/slap-chop/");
    EXPECT_EQ(expand("ordinal"), "/2009/119/slap-chop.html");
    // 2009-04-29 is the Wednesday of ISO week 18.
    EXPECT_EQ(expand("weekdate"), "/2009/W18/Wed/slap-chop.html");
    EXPECT_EQ(expand("none"), "/slap-chop.html");
}

TEST(JekyllPermalink, PatternsFromTheDocumentation) {
    EXPECT_EQ(expand("/:month-:day-:year/:title.html"), "/04-29-2009/slap-chop.html");
    EXPECT_EQ(expand("/blog/:year/:month/:day/:title/"), "/blog/2009/04/29/slap-chop/");
    EXPECT_EQ(expand("/:year/:month/:title"), "/2009/04/slap-chop");
}

TEST(JekyllPermalink, DatePlaceholders) {
    PageFacts page = slap_chop();
    page.date = parse_date("2009-04-05 07:08:09");
    EXPECT_EQ(expand("/:i_month/:i_day/:short_year/:hour:minute:second/", page),
              "/4/5/09/070809/");
    EXPECT_EQ(expand("/:short_month/:long_month/:long_day/:w_year-:w_day/", page),
              "/Apr/April/Sunday/2009-7/");
}

TEST(JekyllPermalink, IsoWeekOfTheFirstDaysOfAYearBelongsToTheYearBefore) {
    PageFacts page = slap_chop();
    page.date = parse_date("2010-01-01");  // a Friday: week 53 of 2009
    EXPECT_EQ(expand("/:w_year/W:week/", page), "/2009/W53/");
}

TEST(JekyllPermalink, CategoriesAreLowercasedOnceEachFoldersFirst) {
    PageFacts page = slap_chop();
    page.folders = {"Blog"};
    page.categories = {"Kitchen", "blog", "Tools"};
    EXPECT_EQ(expand("date", page), "/blog/kitchen/tools/2009/04/29/slap-chop.html");
}

TEST(JekyllPermalink, NoCategoriesLeaveNoEmptySegment) {
    EXPECT_EQ(expand("/:categories/:title/"), "/slap-chop/");
}

TEST(JekyllPermalink, TitleKeepsCaseSlugLowercases) {
    PageFacts page = slap_chop();
    page.file_name = "Slap Chop!";
    EXPECT_EQ(expand("/:title/", page), "/Slap-Chop!/");
    EXPECT_EQ(expand("/:slug/", page), "/slap-chop/");
}

TEST(JekyllPermalink, FrontMatterSlugWinsOverTheFileName) {
    PageFacts page = slap_chop();
    page.front_matter_slug = "Chop It";
    EXPECT_EQ(expand("/:title/", page), "/Chop-It/");
    EXPECT_EQ(expand("/:name/", page), "/2009-04-29-slap-chop/");
}

TEST(JekyllPermalink, PlaceholderFollowedByUnderscore) {
    EXPECT_EQ(expand("/:title_:year/"), "/slap-chop_2009/");
}

TEST(JekyllPermalink, UnknownPlaceholderIsCopied) {
    EXPECT_EQ(expand("/:nope/:title/"), "/:nope/slap-chop/");
}

}  // namespace
}  // namespace folio
