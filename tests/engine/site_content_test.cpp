#include "src/engine/site_content.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include <filesystem>

#include "tests/support/temp_dir.hpp"

namespace folio {
namespace {

using testing::TempDir;

TEST(SiteContent, JekyllTakesPostsDraftsAndCollectionsButNotChirpysTabs) {
    TempDir site;
    site.write("_posts/2024-01-02-a.md", "a");
    site.write("_drafts/b.md", "b");
    site.write("_recipes/c.md", "c");
    site.write("_tabs/about.md", "d");
    SiteConfig config;
    config.folder = site.path().string();
    config.collections = {"tabs", "recipes", "absent"};
    const SiteContent content = site_content(config, "jekyll");
    const std::string root = site.path().generic_string();
    EXPECT_EQ(content.article_folders,
              (std::vector<std::string>{root + "/_posts", root + "/_drafts", root + "/_recipes"}));
    EXPECT_EQ(content.static_folders, std::vector<std::string>{root});
}

TEST(SiteContent, HugoServesSiteAbsoluteFilesFromStaticThenAssets) {
    TempDir site;
    site.write("content/posts/a.md", "a");
    site.write("static/x.png", "x");
    site.write("assets/y.png", "y");
    SiteConfig config;
    config.folder = site.path().string();
    const SiteContent content = site_content(config, "hugo");
    const std::string root = site.path().generic_string();
    EXPECT_EQ(content.article_folders, std::vector<std::string>{root + "/content"});
    EXPECT_EQ(content.static_folders,
              (std::vector<std::string>{root + "/static", root + "/assets"}));
}

TEST(SiteContent, ReadmesPackagesBuildOutputAndDocsAreNotArticles) {
    EXPECT_TRUE(is_outside_articles("README.md", true));
    EXPECT_TRUE(is_outside_articles("posts/readme.markdown", true));
    EXPECT_TRUE(is_outside_articles("node_modules/x/post.md", true));
    EXPECT_TRUE(is_outside_articles("_site/2024/a.md", true));
    EXPECT_TRUE(is_outside_articles("public/a.md", true));
    EXPECT_TRUE(is_outside_articles("docs/CHANGELOG.md", true));
    EXPECT_TRUE(is_outside_articles("_tabs/about.md", true));
    EXPECT_FALSE(is_outside_articles("posts/2024/hello.md", true));
    EXPECT_FALSE(is_outside_articles("posts/readme-tips.md", true));
    EXPECT_FALSE(is_outside_articles("a.md", true));
    // Below the site's root, the same names are sections of articles.
    EXPECT_FALSE(is_outside_articles("_posts/docs/a.md", true));
    EXPECT_FALSE(is_outside_articles("docs/a.md", false));
    EXPECT_FALSE(is_outside_articles("public/a.md", false));
    EXPECT_TRUE(is_outside_articles("node_modules/x/post.md", false));
    EXPECT_TRUE(is_outside_articles("docs/README.md", false));
}

// The Jane theme's example site keeps two posts in content/post/docs/: the migration from the
// site's root had left them out as "other Markdown files of the site".
TEST(SiteContent, AHugoSectionNamedDocsHoldsArticles) {
    TempDir site;
    site.write("hugo.toml", "title = 'x'\n");
    site.write("content/post/docs/contribute.md", "---\ntitle: Contribute\n---\n");
    site.write("content/docs/install.md", "---\ntitle: Install\n---\n");
    site.write("docs/CHANGELOG.md", "# Changes\n");
    Diagnostics diagnostics;
    const std::string root = site.path().generic_string();
    std::vector<std::string> inputs = site_root_inputs({root}, diagnostics, nullptr);
    std::sort(inputs.begin(), inputs.end());
    EXPECT_EQ(inputs, (std::vector<std::string>{root + "/content/docs/install.md",
                                                root + "/content/post/docs/contribute.md"}));
}

TEST(SiteContent, AFolderThatIsNoSiteRootIsKeptAsGiven) {
    TempDir site;
    site.write("_config.yml", "title: x\n");
    site.write("_posts/2024-01-02-a.md", "---\ntitle: A\n---\n");
    Diagnostics diagnostics;
    const std::string posts = (site.path() / "_posts").string();
    EXPECT_EQ(site_root_inputs({posts}, diagnostics), std::vector<std::string>{posts});
    EXPECT_TRUE(diagnostics.items().empty());
}

TEST(SiteContent, JekyllsRootFilesAndPagesFolderArePagesButItsIndex) {
    TempDir site;
    site.write("_config.yml", "title: x\n");
    site.write("_posts/2024-01-02-a.md", "---\ntitle: A\n---\n");
    site.write("about.md", "---\ntitle: About\n---\n");
    site.write("_pages/contact.md", "---\ntitle: Contact\n---\n");
    site.write("index.md", "---\nlayout: home\n---\n");
    site.write("CHANGELOG.md", "# Changes\n");  // no front matter: Jekyll copies it as it is
    Diagnostics diagnostics;
    SitePages pages;
    const std::string root = site.path().generic_string();
    const std::vector<std::string> inputs = site_root_inputs({root}, diagnostics, &pages);
    EXPECT_EQ(inputs, (std::vector<std::string>{root + "/_pages/contact.md",
                                                root + "/_posts/2024-01-02-a.md",
                                                root + "/about.md"}));
    EXPECT_EQ(pages, (SitePages{{root + "/_pages/contact.md", root}, {root + "/about.md", root}}));
    ASSERT_EQ(diagnostics.items().size(), 1u);
    EXPECT_EQ(diagnostics.items()[0].message,
              "jekyll site: its articles are read from _posts; 2 of its files are pages, migrated "
              "as pages; 2 other Markdown file(s) of the site are not migrated (CHANGELOG.md, "
              "index.md)");
}

TEST(SiteContent, HugosContentRootFilesAndSectionsWithoutPostsArePages) {
    TempDir site;
    site.write("hugo.toml", "title = 'x'\n");
    site.write("content/posts/a.md", "---\ntitle: A\n---\n");
    site.write("content/about.md", "---\ntitle: About\n---\n");
    site.write("content/_index.md", "---\ntitle: Home\n---\n");
    site.write("content/projects/_index.md", "---\ntitle: Projects\n---\n");
    site.write("content/projects/robot.md", "---\ntitle: Robot\n---\n");
    Diagnostics diagnostics;
    SitePages pages;
    const std::string root = site.path().generic_string();
    site_root_inputs({root}, diagnostics, &pages);
    const std::string content = root + "/content";
    EXPECT_EQ(pages, (SitePages{{content + "/about.md", content},
                                {content + "/projects/robot.md", content}}));
}

TEST(SiteContent, ARelativeSiteRootGivesItsArticlesUnderTheNameGiven) {
    TempDir site;
    site.write("eleventy.config.js", "export const config = { dir: { input: \"content\" } };\n");
    site.write("content/blog/a.md", "---\ntitle: A\n---\n");
    site.write("README.md", "# site\n");
    site.write("content/index.md", "---\npermalink: /\n---\nHome.\n");  // a page
    const std::filesystem::path before = std::filesystem::current_path();
    std::filesystem::current_path(site.path().parent_path());
    Diagnostics diagnostics;
    const std::string root = site.path().filename().string();
    const std::vector<std::string> inputs = site_root_inputs({root}, diagnostics);
    std::filesystem::current_path(before);
    EXPECT_EQ(inputs, std::vector<std::string>{root + "/content/blog/a.md"});
    ASSERT_EQ(diagnostics.items().size(), 1u);
    EXPECT_EQ(diagnostics.items()[0].message,
              "eleventy site: its articles are read from content; 2 other Markdown file(s) of "
              "the site are not migrated (README.md, content/index.md)");
}

}  // namespace
}  // namespace folio
