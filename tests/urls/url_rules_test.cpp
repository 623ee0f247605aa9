#include "src/urls/url_rules.hpp"

#include <gtest/gtest.h>

#include "tests/support/temp_dir.hpp"
#include "tests/urls/url_test_articles.hpp"

namespace folio {
namespace {

using testing::url_article;

const EngineProfile& profile(std::string_view name) { return *find_engine_profile(name); }

SiteConfig hugo_site(std::string folder) {
    SiteConfig config;
    config.folder = std::move(folder);
    return config;
}

TEST(SourceUrlRules, HugoDefaultIsTheContentPath) {
    const UrlRules rules = source_url_rules(profile("hugo"), hugo_site("/site"));
    EXPECT_EQ(rules.url_of(url_article("/site/content/posts/post-1.md", "Post 1", "2024-01-02")),
              "/posts/post-1/");
    EXPECT_EQ(rules.url_of(url_article("/site/content/posts/My Trip/index.md", "Trip", "")),
              "/posts/my-trip/");
    EXPECT_EQ(rules.url_of(url_article("/site/content/posts/x.md", "X", "", "my-first-post")),
              "/posts/my-first-post/");
}

// A dot in a file name or slug: `hello.zh-cn.md` on a site without that language, where Hugo
// 0.111 writes post/hello.zh-cn/index.html; the old URL was taken for a file, without its slash,
// and the redirect written for it reached nothing. A `url` with an extension is a file.
TEST(SourceUrlRules, HugoTakesADotOfAFileNameOrSlugForNoExtension) {
    const UrlRules rules = source_url_rules(profile("hugo"), hugo_site("/site"));
    EXPECT_EQ(rules.url_of(url_article("/site/content/post/hello.zh-cn.md", "Hello", "")),
              "/post/hello.zh-cn/");
    EXPECT_EQ(rules.url_of(url_article("/site/content/post/release-1.0.md", "R", "")),
              "/post/release-1.0/");
    EXPECT_EQ(rules.url_of(url_article("/site/content/post/v.md", "V", "", "v1.2")),
              "/post/v1.2/");
    Article with_url = url_article("/site/content/post/u.md", "U", "");
    with_url.meta.url = "/x/u.2";
    EXPECT_EQ(rules.url_of(with_url), "/x/u.2");
    SiteConfig config = hugo_site("/site");
    config.permalinks = {{"post", "/:slug.html"}};
    EXPECT_EQ(source_url_rules(profile("hugo"), config)
                  .url_of(url_article("/site/content/post/a.md", "A", "")),
              "/a.html");
}

TEST(SourceUrlRules, HugoSectionPatternsAndUrlFrontMatter) {
    SiteConfig config = hugo_site("/site");
    config.permalinks = {{"posts", "/articles/:year/:month/:slug/"}, {"tutorials", "/training/:slug/"}};
    const UrlRules rules = source_url_rules(profile("hugo"), config);
    EXPECT_EQ(rules.url_of(url_article("/site/content/posts/bash-in-slow-motion.md",
                                       "Bash in Slow Motion", "2023-03-02")),
              "/articles/2023/03/bash-in-slow-motion/");
    EXPECT_EQ(rules.url_of(url_article("/site/content/tutorials/git-for-beginners.md",
                                       "Git for Beginners", "2023-03-02")),
              "/training/git-for-beginners/");
    Article with_url = url_article("/site/content/posts/a.md", "A", "2023-03-02");
    with_url.meta.url = "/custom/place/";
    EXPECT_EQ(rules.url_of(with_url), "/custom/place/");
}

TEST(SourceUrlRules, HugoUglyUrlsAndBasePath) {
    SiteConfig config = hugo_site("/site");
    config.ugly_urls = true;
    config.base_url = "https://example.org/blog/";
    const UrlRules rules = source_url_rules(profile("hugo"), config);
    EXPECT_EQ(rules.url_of(url_article("/site/content/posts/a.md", "A", "")), "/blog/posts/a.html");
}

TEST(SourceUrlRules, JekyllDefaultStyleWithFolderCategories) {
    SiteConfig config;
    config.folder = "/site";
    const UrlRules rules = source_url_rules(profile("jekyll"), config);
    Article post = url_article("/site/blog/_posts/2009-04-29-slap-chop.md", "Slap Chop", "");
    post.source.file_slug = "slap-chop";
    post.meta.categories = {"Kitchen"};
    EXPECT_EQ(rules.url_of(post), "/blog/kitchen/2009/04/29/slap-chop.html");
}

TEST(SourceUrlRules, AHugoTranslationIsItsGroupsPageInItsLanguagesFolder) {
    SiteConfig config;
    config.folder = "/site";
    config.content_dir = "content";
    config.languages = {"en", "fa"};
    const UrlRules rules = source_url_rules(profile("hugo"), config);
    // `post.fa.md` beside `post.md` reads as `post-fa` (its slug), but Hugo serves it as `post`.
    Article post = url_article("/site/content/posts/post.fa.md", "P", "", "");
    post.source.file_language = "fa";
    post.source.file_slug = "post-fa";
    EXPECT_EQ(rules.url_of(post), "/fa/posts/post/");
    Article bundle = url_article("/site/content/posts/light/index.fa.md", "L", "", "");
    bundle.source.file_language = "fa";
    bundle.source.file_slug = "light-fa";
    EXPECT_EQ(rules.url_of(bundle), "/fa/posts/light/");
}

TEST(SourceUrlRules, APagesUrlIsItsPathEndedAsTheEngineEndsAPages) {
    SiteConfig config;
    config.folder = "/site";
    Article about = url_article("/site/about.md", "About", "");
    Article contact = url_article("/site/_pages/contact.md", "Contact", "");
    // Jekyll's page suffix follows its permalink style: `.html` for `date` (the default).
    EXPECT_EQ(source_url_rules(profile("jekyll"), config).page_url_of(about, "/site"),
              "/about.html");
    config.permalink = "pretty";
    EXPECT_EQ(source_url_rules(profile("jekyll"), config).page_url_of(contact, "/site"),
              "/_pages/contact/");
    config.permalink = "/:year/:title.html";  // neither `/` nor `:output_ext` at its end
    EXPECT_EQ(source_url_rules(profile("jekyll"), config).page_url_of(about, "/site"), "/about");
    contact.meta.extra.emplace_back("permalink", Value{std::string("/contact.html")});
    EXPECT_EQ(source_url_rules(profile("jekyll"), config).page_url_of(contact, "/site"),
              "/contact.html");
    // Hugo's is the path under the content folder, whatever the sections' permalinks say.
    config.content_dir = "content";
    config.permalinks = {{"projects", "/work/:slug/"}};
    const Article robot = url_article("/site/content/projects/robot.md", "Robot", "");
    EXPECT_EQ(source_url_rules(profile("hugo"), config).page_url_of(robot, "/site/content"),
              "/projects/robot/");
    // Astro's src/pages, its path there.
    const Article now = url_article("/site/src/pages/now.md", "Now", "");
    EXPECT_EQ(source_url_rules(profile("astro"), config).page_url_of(now, "/site/src/pages"),
              "/now/");
}

TEST(SourceUrlRules, JekyllFrontMatterPermalinkAndBaseurl) {
    SiteConfig config;
    config.folder = "/site";
    config.permalink = "pretty";
    config.base_url = "https://example.github.io/project/";
    const UrlRules rules = source_url_rules(profile("jekyll"), config);
    Article post = url_article("/site/_posts/2009-04-29-slap-chop.md", "Slap Chop", "2009-04-29");
    post.source.file_slug = "slap-chop";
    EXPECT_EQ(rules.url_of(post), "/project/2009/04/29/slap-chop/");
    post.meta.extra.emplace_back("permalink", Value{std::string("/chop/:year/")});
    EXPECT_EQ(rules.url_of(post), "/project/chop/2009/");
}

TEST(SourceUrlRules, JekyllNonAsciiSlugIsPercentEncoded) {
    SiteConfig config;
    config.folder = "/site";
    config.permalink = "/:title/";
    const UrlRules rules = source_url_rules(profile("jekyll"), config);
    Article post = url_article("/site/_posts/2020-01-01-café crème.md", "x", "");
    post.source.file_slug = "café crème";
    EXPECT_EQ(rules.url_of(post), "/caf%C3%A9-cr%C3%A8me/");
}

TEST(SourceUrlRules, ExplicitPermalinkAndBaseUrlWin) {
    SiteConfig config = hugo_site("/site");
    config.permalinks = {{"posts", "/articles/:slug/"}};
    config.base_url = "https://example.org/";
    const UrlRules rules =
        source_url_rules(profile("hugo"), config, "/:year/:filename/", "https://old.example/x/");
    EXPECT_EQ(rules.url_of(url_article("/site/content/posts/a.md", "A", "2020-05-06")), "/x/2020/a/");
}

TEST(SourceUrlRules, JavaScriptEnginesDefaults) {
    const SiteConfig none;
    const Article post = url_article("/site/src/content/blog/first-post.md", "First", "2022-07-08");
    EXPECT_EQ(source_url_rules(profile("astro"), none).url_of(post), "/blog/first-post/");
    EXPECT_EQ(source_url_rules(profile("nextjs"), none).url_of(post), "/posts/first-post");
    EXPECT_EQ(source_url_rules(profile("gatsby"), none).url_of(post), "/first-post/");
    SiteConfig eleventy;
    eleventy.folder = "/site";
    eleventy.content_dir = ".";
    EXPECT_EQ(source_url_rules(profile("eleventy"), eleventy)
                  .url_of(url_article("/site/posts/firstpost.md", "First", "")),
              "/posts/firstpost/");
    eleventy.content_dir = "content";  // eleventy-base-blog
    EXPECT_EQ(source_url_rules(profile("eleventy"), eleventy)
                  .url_of(url_article("/site/content/blog/firstpost.md", "First", "")),
              "/blog/firstpost/");
}

TEST(SourceUrlRules, AstroEntryIdsAreSluggedPathsBelowTheCollection) {
    const SiteConfig none;
    const UrlRules rules = source_url_rules(profile("astro"), none);
    EXPECT_EQ(rules.url_of(url_article("/site/src/content/blog/2020/My Post!.md", "x", "")),
              "/blog/2020/my-post/");
    EXPECT_EQ(rules.url_of(url_article("/site/src/data/blog/Trip/index.mdx", "x", "")), "/blog/trip/");
    EXPECT_EQ(rules.url_of(url_article("/site/src/content/blog/a.md", "x", "", "Custom")),
              "/blog/Custom/");
}

TEST(SourceUrlRules, EleventyLiteralPermalinkWinsTemplateOneDoesNot) {
    SiteConfig eleventy;
    eleventy.folder = "/site";
    eleventy.content_dir = ".";
    const UrlRules rules = source_url_rules(profile("eleventy"), eleventy);
    Article post = url_article("/site/posts/a.md", "A", "");
    post.meta.extra.emplace_back("permalink", Value{std::string("/{{ page.fileSlug }}/")});
    EXPECT_EQ(rules.url_of(post), "/posts/a/");
    post.meta.extra.back().second = Value{std::string("/elsewhere/")};
    EXPECT_EQ(rules.url_of(post), "/elsewhere/");
}

TEST(TargetUrlRules, EachEnginesLayout) {
    Article post = url_article("/old/whatever.md", "Hello World", "2021-02-03T10:00:00Z", "hello");
    post.slug = "hello-world";
    EXPECT_EQ(target_url_rules(profile("hugo")).url_of(post), "/posts/hello-world/");
    EXPECT_EQ(target_url_rules(profile("jekyll")).url_of(post), "/2021/02/03/hello-world/");
    EXPECT_EQ(target_url_rules(profile("astro")).url_of(post), "/blog/hello-world/");
    EXPECT_EQ(target_url_rules(profile("eleventy")).url_of(post), "/posts/hello-world/");
    EXPECT_EQ(target_url_rules(profile("nextjs")).url_of(post), "/posts/hello-world");
    EXPECT_EQ(target_url_rules(profile("gatsby")).url_of(post), "/hello-world/");
    EXPECT_EQ(target_url_rules(profile("hugo"), "/:year/:filename/", "https://n.example/b/")
                  .url_of(post),
              "/b/2021/hello-world/");
}

TEST(UrlPatternProblem, UnknownTokensAreNamedPerSyntax) {
    EXPECT_EQ(url_pattern_problem("/:year/:slugorfilename/", PermalinkSyntax::hugo), "");
    EXPECT_EQ(url_pattern_problem("pretty", PermalinkSyntax::jekyll), "");
    EXPECT_EQ(url_pattern_problem("/:categories/:title_:i_day/", PermalinkSyntax::jekyll), "");
    EXPECT_EQ(url_pattern_problem("/posts/:slug/", PermalinkSyntax::plain), "");
    EXPECT_EQ(url_pattern_problem("/:yaer/:slug/", PermalinkSyntax::hugo).substr(0, 50),
              "unknown permalink token ':yaer' (known: :year :mon");
    EXPECT_EQ(url_pattern_problem("/:i_month/:slug/", PermalinkSyntax::hugo).substr(0, 34),
              "unknown permalink token ':i' (know");
    EXPECT_EQ(url_pattern_problem("/:short_day/", PermalinkSyntax::plain).substr(0, 36),
              "unknown permalink token ':short' (kn");
}

TEST(ArticleUrls, PairsOldAndNew) {
    std::vector<Article> articles{url_article("/site/content/posts/a.md", "A", "2020-01-01")};
    articles[0].slug = "a";
    const auto urls = article_urls(articles, source_url_rules(profile("hugo"), hugo_site("/site")),
                                   target_url_rules(profile("jekyll")));
    ASSERT_EQ(urls.size(), 1u);
    EXPECT_EQ(urls[0], (ArticleUrls{"/posts/a/", "/2020/01/01/a/", "/site/content/posts/a.md"}));
}

}  // namespace
}  // namespace folio
