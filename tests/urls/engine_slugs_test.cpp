#include "src/urls/engine_slugs.hpp"

#include <gtest/gtest.h>

namespace folio {
namespace {

// Jekyll's documented examples (lib/jekyll/utils.rb, the comment on `slugify`).
TEST(JekyllSlugify, DefaultModeKeepsOnlyLettersAndDigits) {
    EXPECT_EQ(jekyll_slugify("The _config.yml file", JekyllSlugMode::default_mode, false),
              "the-config-yml-file");
}

TEST(JekyllSlugify, PrettyModeKeepsUrlSafePunctuation) {
    EXPECT_EQ(jekyll_slugify("The _config.yml file", JekyllSlugMode::pretty, false),
              "the-_config.yml-file");
    EXPECT_EQ(jekyll_slugify("The _config.yml file", JekyllSlugMode::pretty, true),
              "The-_config.yml-file");
}

TEST(JekyllSlugify, KeepsNonAsciiLettersAndLowercasesThem) {
    EXPECT_EQ(jekyll_slugify("Über Café", JekyllSlugMode::default_mode, false), "über-café");
    EXPECT_EQ(jekyll_slugify("Привет мир", JekyllSlugMode::default_mode, false), "привет-мир");
    EXPECT_EQ(jekyll_slugify("日本語の記事", JekyllSlugMode::default_mode, false), "日本語の記事");
}

TEST(JekyllSlugify, NonAsciiPunctuationSeparates) {
    EXPECT_EQ(jekyll_slugify("Don’t stop — “ever”", JekyllSlugMode::default_mode, false),
              "don-t-stop-ever");
}

TEST(JekyllSlugify, DropsOneHyphenAtEachEnd) {
    EXPECT_EQ(jekyll_slugify("  hello world!  ", JekyllSlugMode::default_mode, false),
              "hello-world");
}

// Hugo's urlize: spaces become hyphens, other punctuation goes, the case is lowered
// (helpers/path.go, UnicodeSanitize + ToLower).
TEST(HugoUrlize, DropsPunctuationAndHyphenatesSpaces) {
    EXPECT_EQ(hugo_urlize("Bash in Slow Motion"), "bash-in-slow-motion");
    EXPECT_EQ(hugo_urlize("Wat is AI & Technologie?"), "wat-is-ai-technologie");
    EXPECT_EQ(hugo_urlize("C++ in 2024: a_b.c"), "c++-in-2024-a_b.c");
}

TEST(HugoUrlize, KeepsNonAsciiLettersAndEscapes) {
    EXPECT_EQ(hugo_urlize("Élan Vital"), "élan-vital");
    EXPECT_EQ(hugo_urlize("100%25 sure"), "100%25-sure");
}

// github-slugger's README example (`slug('foo bar baz')` → `foo-bar-baz`), punctuation
// dropped, space runs not merged.
TEST(GithubSlug, AsGithubSluggerDoes) {
    EXPECT_EQ(github_slug("foo bar baz"), "foo-bar-baz");
    EXPECT_EQ(github_slug("Hello, World!"), "hello-world");
    EXPECT_EQ(github_slug("a  b_c-d"), "a--b_c-d");
    EXPECT_EQ(github_slug("Café Über"), "café-über");
}

}  // namespace
}  // namespace folio
