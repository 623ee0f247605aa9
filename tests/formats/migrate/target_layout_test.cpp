#include <gtest/gtest.h>

#include "formats/migrate/target_layout.hpp"

namespace folio {
namespace {

Article post(std::string slug, std::string path = "posts/a.md") {
    Article a;
    a.slug = std::move(slug);
    a.meta.title = "A";
    a.meta.date = parse_date("2024-03-05T10:00:00Z");
    a.source.path = std::move(path);
    return a;
}

const EngineProfile& engine(std::string_view name) {
    const EngineProfile* profile = find_engine_profile(name);
    EXPECT_NE(profile, nullptr) << name;
    return *profile;
}

TEST(TargetLayout, PutsArticlesWhereEachEngineKeepsThem) {
    const Article a = post("first-post");
    EXPECT_EQ(article_output_path(a, engine("hugo")), "content/posts/first-post/index.md");
    EXPECT_EQ(article_output_path(a, engine("jekyll")), "_posts/2024-03-05-first-post.md");
    EXPECT_EQ(article_output_path(a, engine("astro")), "src/content/blog/first-post.md");
    EXPECT_EQ(article_output_path(a, engine("eleventy")), "posts/first-post.md");
    EXPECT_EQ(article_output_path(a, engine("nextjs")), "_posts/first-post.md");
    EXPECT_EQ(article_output_path(a, engine("gatsby")), "content/blog/first-post/index.md");
}

TEST(TargetLayout, KeepsMdxWhereTheEngineReadsIt) {
    const Article a = post("x", "src/content/blog/x.MDX");
    EXPECT_EQ(article_output_path(a, engine("astro")), "src/content/blog/x.mdx");
    EXPECT_EQ(article_output_path(a, engine("nextjs")), "_posts/x.mdx");
    // Hugo and Jekyll do not read MDX: the body is Markdown to them.
    EXPECT_EQ(article_output_path(a, engine("hugo")), "content/posts/x/index.md");
}

TEST(TargetLayout, SendsJekyllDraftsAndUndatedPostsToDrafts) {
    Article draft = post("later");
    draft.meta.draft = true;
    EXPECT_EQ(article_output_path(draft, engine("jekyll")), "_drafts/later.md");
    // Other engines mark a draft in front matter, where it stays.
    EXPECT_EQ(article_output_path(draft, engine("eleventy")), "posts/later.md");

    Article undated = post("undated");
    undated.meta.date.reset();
    EXPECT_TRUE(lacks_date_for(undated, engine("jekyll")));
    EXPECT_FALSE(lacks_date_for(undated, engine("hugo")));
    EXPECT_EQ(article_output_path(undated, engine("jekyll")), "_drafts/undated.md");
}

std::string new_url_for(const Article& a, std::string_view name, bool site = false) {
    return new_url(a, engine(name), new_url_rules(engine(name), "", "", site));
}

TEST(TargetLayout, GivesEachEnginesDefaultUrl) {
    Article a = post("first-post");
    a.meta.categories = {"Life Notes", "Moving", "moving"};
    EXPECT_EQ(new_url_for(a, "hugo"), "/posts/first-post/");
    EXPECT_EQ(new_url_for(a, "astro"), "/blog/first-post/");
    EXPECT_EQ(new_url_for(a, "eleventy"), "/posts/first-post/");
    EXPECT_EQ(new_url_for(a, "nextjs"), "/posts/first-post");
    EXPECT_EQ(new_url_for(a, "gatsby"), "/first-post/");
    // Jekyll without a `permalink` setting: its `date` style, categories first.
    EXPECT_EQ(new_url_for(a, "jekyll"), "/life%20notes/moving/2024/03/05/first-post.html");
    a.meta.categories.clear();
    EXPECT_EQ(new_url_for(a, "jekyll"), "/2024/03/05/first-post.html");
}

TEST(TargetLayout, GivesJekyllThePermalinkSiteWrites) {
    Article a = post("first-post");
    a.meta.categories = {"Moving"};
    EXPECT_EQ(new_url_for(a, "jekyll", /*site=*/true), "/2024/03/05/first-post/");
}

TEST(TargetLayout, PutsTheNewBasePathFirst) {
    const Article a = post("first-post");
    EXPECT_EQ(new_url(a, engine("hugo"), new_url_rules(engine("hugo"), "/notes/:filename/",
                                                       "https://example.com/blog/", false)),
              "/blog/notes/first-post/");
}

TEST(TargetLayout, KeepsTheArticlesOwnUrlWhereTheTargetHasThatKey) {
    Article a = post("p");
    a.meta.url = "/2019/old-place/";
    EXPECT_EQ(new_url_for(a, "hugo"), "/2019/old-place/");
    // Elsewhere `url` is only an extra key: the engine's permalink decides.
    EXPECT_EQ(new_url_for(a, "astro"), "/blog/p/");
}

TEST(TargetLayout, PutsATranslationWithARegionInItsGroupsBundle) {
    // The language is read in lower case; the file name keeps the author's `pt-BR`.
    Article translation = post("index-pt-br", "content/posts/hello/index.pt-BR.md");
    translation.source.file_language = "pt-br";
    EXPECT_EQ(article_output_path(translation, engine("hugo")),
              "content/posts/hello/index.pt-br.md");
    Article flat = post("hello-pt-br", "content/posts/hello.pt-BR.md");
    flat.source.file_language = "pt-br";
    EXPECT_EQ(article_output_path(flat, engine("hugo")), "content/posts/hello/index.pt-br.md");
}

TEST(TargetLayout, ExpandsFilePatterns) {
    const Article a = post("p");
    EXPECT_EQ(expand_output_pattern("/assets/{slug}/{name}", a, "", "x.pdf"), "/assets/p/x.pdf");
    EXPECT_EQ(expand_output_pattern("{dir}", a, "content/posts/p"), "content/posts/p");
    EXPECT_EQ(expand_output_pattern("{unknown}-{date}", a), "{unknown}-2024-03-05");
}

}  // namespace
}  // namespace folio
