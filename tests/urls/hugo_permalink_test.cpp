#include "src/urls/hugo_permalink.hpp"

#include <gtest/gtest.h>

#include "src/ast/date.hpp"

namespace folio {
namespace {

// gohugo.io/configuration/permalinks: content/posts/bash-in-slow-motion.md.
PageFacts bash_in_slow_motion() {
    PageFacts page;
    page.title = "Bash in Slow Motion";
    page.file_name = "bash-in-slow-motion";
    page.file_stem = "bash-in-slow-motion";
    page.date = parse_date("2023-03-02");
    page.folders = {"posts"};
    return page;
}

TEST(HugoPermalink, DocumentedExample) {
    EXPECT_EQ(expand_hugo_permalink("/articles/:year/:month/:slug/", bash_in_slow_motion()),
              "/articles/2023/03/bash-in-slow-motion/");
}

TEST(HugoPermalink, SlugFallsBackOnTheTitleNotTheFileName) {
    PageFacts page = bash_in_slow_motion();
    page.file_name = "file-name";
    EXPECT_EQ(expand_hugo_permalink("/:slug/", page), "/bash-in-slow-motion/");
    EXPECT_EQ(expand_hugo_permalink("/:slugorfilename/", page), "/file-name/");
    page.front_matter_slug = "My Slug";
    EXPECT_EQ(expand_hugo_permalink("/:slug/", page), "/my-slug/");
    EXPECT_EQ(expand_hugo_permalink("/:slugorfilename/", page), "/my-slug/");
}

TEST(HugoPermalink, DateTokens) {
    // 2023-03-02 is a Thursday, the 61st day of the year.
    EXPECT_EQ(expand_hugo_permalink("/:monthname/:weekday/:weekdayname/:yearday/",
                                    bash_in_slow_motion()),
              "/march/4/thursday/61/");
}

TEST(HugoPermalink, ValuesAreReadAsAQueryStringFirst) {
    PageFacts page = bash_in_slow_motion();
    page.title = "C++ Tips";
    page.front_matter_slug = "x%20y";
    EXPECT_EQ(expand_hugo_permalink("/:title/:slug/", page), "/c-tips/x-y/");
    EXPECT_EQ(hugo_default_path(page), "/posts/x%20y");
}

TEST(HugoPermalink, NoDateIsGosZeroDate) {
    PageFacts page = bash_in_slow_motion();
    page.date.reset();
    EXPECT_EQ(expand_hugo_permalink("/:year/:month/:day/:filename/", page),
              "/0001/01/01/bash-in-slow-motion/");
}

TEST(HugoPermalink, SectionsAndFileNames) {
    PageFacts page = bash_in_slow_motion();
    page.folders = {"Posts", "Shell Tips"};
    EXPECT_EQ(expand_hugo_permalink("/:section/:sections/:contentbasename/", page),
              "/posts/posts/shell-tips/bash-in-slow-motion/");
}

TEST(HugoPermalink, DefaultPathIsTheFilesPathOrTheSlug) {
    PageFacts page = bash_in_slow_motion();
    EXPECT_EQ(hugo_default_path(page), "/posts/bash-in-slow-motion");
    page.front_matter_slug = "my-first-post";
    EXPECT_EQ(hugo_default_path(page), "/posts/my-first-post");
}

}  // namespace
}  // namespace folio
