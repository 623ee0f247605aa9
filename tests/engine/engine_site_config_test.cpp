#include "src/engine/engine_site_config.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <stdexcept>
#include <string>
#include <vector>

#include "src/engine/site_config_parts.hpp"

namespace folio {
namespace {

std::vector<OutputFile> config_for(std::string_view engine, const SiteConfigOptions& options = {}) {
    const EngineProfile* profile = find_engine_profile(engine);
    EXPECT_NE(profile, nullptr) << engine;
    return engine_site_config(*profile, options);
}

std::vector<std::string> paths(const std::vector<OutputFile>& files) {
    std::vector<std::string> out;
    for (const OutputFile& file : files) out.push_back(file.path);
    return out;
}

const std::string& bytes_of(const std::vector<OutputFile>& files, std::string_view path) {
    for (const OutputFile& file : files) {
        if (file.path == path) return file.bytes;
    }
    ADD_FAILURE() << "no file " << path;
    static const std::string none;
    return none;
}

bool has(const std::string& text, std::string_view part) {
    return text.find(part) != std::string::npos;
}

TEST(EngineSiteConfig, WritesEachBuildableEnginesFilesAndNothingForTheOthers) {
    EXPECT_EQ(
        paths(config_for("hugo")),
        (std::vector<std::string>{"hugo.toml", "layouts/_default/baseof.html",
                                  "layouts/_default/list.html", "layouts/_default/single.html"}));
    EXPECT_EQ(paths(config_for("jekyll")),
              (std::vector<std::string>{"_config.yml", "_layouts/default.html",
                                        "_layouts/post.html", "_layouts/page.html",
                                        "index.html"}));
    EXPECT_EQ(
        paths(config_for("eleventy")),
        (std::vector<std::string>{"eleventy.config.mjs", "posts/posts.11tydata.cjs",
                                  "_includes/folio-post.11ty.cjs", "_includes/folio-page.11ty.cjs",
                                  "folio-redirects.11ty.cjs"}));
    EXPECT_EQ(paths(config_for("astro")),
              (std::vector<std::string>{"astro.config.mjs", "src/content.config.ts",
                                        "src/pages/[...path].astro", "src/layouts/FolioPage.astro",
                                        "package.json"}));
    EXPECT_TRUE(config_for("nextjs").empty());
    EXPECT_TRUE(config_for("gatsby").empty());
}

TEST(EngineSiteConfig, NamesEveryFileThatMeansTheSiteHasAConfigurationAlready) {
    const auto hugo = engine_config_file_names(*find_engine_profile("hugo"));
    // Hugo 0.111 prefers hugo.toml to config.toml: writing one beside the other would replace it.
    EXPECT_NE(std::find(hugo.begin(), hugo.end(), "config.toml"), hugo.end());
    EXPECT_NE(std::find(hugo.begin(), hugo.end(), "config/"), hugo.end());
    for (const std::string_view engine : {"hugo", "jekyll", "eleventy", "astro"}) {
        const auto names = engine_config_file_names(*find_engine_profile(engine));
        // The configuration written is one of them.
        EXPECT_NE(std::find(names.begin(), names.end(), config_for(engine).front().path),
                  names.end())
            << engine;
    }
    EXPECT_TRUE(engine_config_file_names(*find_engine_profile("nextjs")).empty());
}

TEST(EngineSiteConfig, HugoGetsTheLanguagesOfAMultilingualSite) {
    SiteConfigOptions options;
    options.languages = {"en", "fa"};
    options.default_language = "en";
    const std::string& toml = bytes_of(config_for("hugo", options), "hugo.toml");
    EXPECT_TRUE(has(toml, "defaultContentLanguage = \"en\"\n[languages.en]\n  weight = 1\n"
                          "[languages.fa]\n  weight = 2\n\n[permalinks]"))
        << toml;
    EXPECT_FALSE(has(bytes_of(config_for("hugo"), "hugo.toml"), "languages"));
}

TEST(EngineSiteConfig, HugoGetsPermalinksRawHtmlAndLastmodOnlyFromItsKey) {
    SiteConfigOptions options;
    options.base_url = "https://x.github.io/blog/";
    options.permalink = "/:year/:month/:day/:slug/";
    const std::string& toml = bytes_of(config_for("hugo", options), "hugo.toml");
    EXPECT_TRUE(has(toml, "baseURL = \"https://x.github.io/blog/\"\n")) << toml;
    EXPECT_TRUE(has(toml, "[permalinks]\n  \"posts\" = \"/:year/:month/:day/:slug/\"\n")) << toml;
    EXPECT_TRUE(has(toml, "[markup.goldmark.renderer]\n  unsafe = true\n")) << toml;
    EXPECT_TRUE(has(toml, "[frontmatter]\n  lastmod = [\"lastmod\"]\n")) << toml;
    EXPECT_FALSE(has(toml, "buildDrafts")) << toml;
    EXPECT_FALSE(has(toml, "disableAliases")) << toml;
    EXPECT_FALSE(has(toml, "timeZone")) << toml;  // Hugo reads dates without offset as UTC
}

TEST(EngineSiteConfig, DatesWithoutOffsetStayInTheGivenZoneWhateverTheMachines) {
    SiteConfigOptions options;
    EXPECT_TRUE(has(bytes_of(config_for("jekyll", options), "_config.yml"), "timezone: \"UTC\"\n"));
    options.time_zone = "Europe/Berlin";
    EXPECT_TRUE(has(bytes_of(config_for("jekyll", options), "_config.yml"),
                    "timezone: \"Europe/Berlin\"\n"));
    EXPECT_TRUE(
        has(bytes_of(config_for("hugo", options), "hugo.toml"), "timeZone = \"Europe/Berlin\"\n"));
}

TEST(EngineSiteConfig, HugosLayoutReadsLowerCasedParamsOfTheCustomKeys) {
    SiteConfigOptions options;
    options.custom_keys = {"readingTime"};
    const std::string& single =
        bytes_of(config_for("hugo", options), "layouts/_default/single.html");
    EXPECT_TRUE(has(single, "\"extra\" (dict \"readingTime\" (index .Params \"readingtime\"))"))
        << single;
    EXPECT_TRUE(has(single, "\"summary\" (index .Params \"summary\")")) << single;
    EXPECT_TRUE(has(single, "id=\"folio-page\"")) << single;
}

TEST(EngineSiteConfig, HugoWithoutRedirectPagesDisablesAliases) {
    SiteConfigOptions options;
    options.redirect_form = SiteRedirectForm::none;
    options.include_drafts = true;
    const std::string& toml = bytes_of(config_for("hugo", options), "hugo.toml");
    EXPECT_TRUE(has(toml, "disableAliases = true\n")) << toml;
    EXPECT_TRUE(has(toml, "buildDrafts = true\n")) << toml;
}

TEST(EngineSiteConfig, JekyllGetsTheRedirectPluginGfmAndItsTitlePlaceholder) {
    SiteConfigOptions options;
    options.base_url = "https://x.github.io/blog/";
    const auto files = config_for("jekyll", options);
    const std::string& yml = bytes_of(files, "_config.yml");
    EXPECT_TRUE(has(yml, "url: \"https://x.github.io\"\nbaseurl: \"/blog\"\n")) << yml;
    EXPECT_TRUE(has(yml, "permalink: \"/:year/:month/:title/\"\n")) << yml;
    EXPECT_TRUE(has(yml, "plugins:\n  - jekyll-redirect-from\n")) << yml;
    EXPECT_TRUE(has(yml, "kramdown:\n  input: GFM\n")) << yml;
    EXPECT_FALSE(has(yml, "show_drafts")) << yml;
    // Jekyll's keys: `excerpt` is the summary, `image` the cover, `published: false` a draft.
    const std::string& post = bytes_of(files, "_layouts/post.html");
    EXPECT_TRUE(has(post, "\"summary\": {{ page[\"excerpt\"] | jsonify }}")) << post;
    EXPECT_TRUE(has(post, "assign cover = page[\"image\"]")) << post;
    EXPECT_TRUE(has(post, "page[\"published\"] == false")) << post;
}

TEST(EngineSiteConfig, JekyllWithoutRedirectPagesListsNoPlugin) {
    SiteConfigOptions options;
    options.redirect_form = SiteRedirectForm::none;
    const std::string& yml = bytes_of(config_for("jekyll", options), "_config.yml");
    EXPECT_FALSE(has(yml, "jekyll-redirect-from")) << yml;
}

TEST(EngineSiteConfig, EleventyListsTheRedirectsAndComputesThePermalinkInUtc) {
    SiteConfigOptions options;
    options.base_url = "https://example.org/blog/";
    options.permalink = "/:year/:slug/";
    options.redirects = {{"/old/a.html", "/2024/a/"}};
    const auto files = config_for("eleventy", options);
    const std::string& config = bytes_of(files, "eleventy.config.mjs");
    EXPECT_TRUE(has(config, "{from: \"/old/a.html\", to: \"/2024/a/\"},")) << config;
    EXPECT_TRUE(has(config, "pathPrefix: \"/blog/\"")) << config;
    // A bundle's files are copied next to its page, as Hugo serves them.
    EXPECT_TRUE(has(config, "if (!/\\.(png|jpg|jpeg|gif|")) << config;
    EXPECT_TRUE(has(config, "if (data[\"draft\"] === true) return false;")) << config;
    // Headings get ids as Jekyll and Hugo give them: links to `#section` keep working.
    EXPECT_TRUE(has(config, "md.core.ruler.push(\"folio_heading_ids\"")) << config;
    const std::string& data = bytes_of(files, "posts/posts.11tydata.cjs");
    EXPECT_TRUE(has(data,
                    "permalink: (data) => `/${data.page.date.getUTCFullYear()}/"
                    "${data.page.fileSlug}/`"))
        << data;
}

// Astro percent-encodes a redirect's destination itself: an encoded one was encoded twice
// (`/blog/%25E6%2597%25A5/`), and the redirect led nowhere.
TEST(EngineSiteConfig, AstroGetsARedirectsDestinationDecoded) {
    SiteConfigOptions options;
    options.redirects = {{"/2020/06/日本/", "/blog/%E6%97%A5%E6%9C%AC/"}};
    const std::string& config = bytes_of(config_for("astro", options), "astro.config.mjs");
    EXPECT_TRUE(has(config, "\"/2020/06/日本/\": \"/blog/日本/\",")) << config;
}

TEST(EngineSiteConfig, AstroAcceptsEveryKeyAndCoercesTheProfilesDateKeys) {
    SiteConfigOptions options;
    options.redirects = {{"/old/a/", "/2024/03/a/"}};
    const auto files = config_for("astro", options);
    const std::string& schema = bytes_of(files, "src/content.config.ts");
    EXPECT_TRUE(has(schema, "\"pubDate\": z.coerce.date().optional(),")) << schema;
    EXPECT_TRUE(has(schema, "\"updatedDate\": z.coerce.date().optional(),")) << schema;
    EXPECT_TRUE(has(schema, ".passthrough()")) << schema;
    const std::string& config = bytes_of(files, "astro.config.mjs");
    EXPECT_TRUE(has(config, "image: { service: passthroughImageService() },")) << config;
    EXPECT_TRUE(has(config, "\"/old/a/\": \"/2024/03/a/\",")) << config;
    const std::string& route = bytes_of(files, "src/pages/[...path].astro");
    EXPECT_TRUE(has(route, "cover: cover(data[\"heroImage\"])")) << route;
    // Astro has no categories: a migration writes them under folio's name, read there.
    EXPECT_TRUE(has(route, "categories: data[\"categories\"] ?? null")) << route;
}

TEST(EngineSiteConfig, PagesOfAstroAndEleventyGetALayoutWithTheirTitle) {
    // Both render a Markdown page without a layout as a bare fragment: no <title>, no lang.
    for (const std::string_view engine : {"astro", "eleventy"}) {
        const EngineProfile& profile = *find_engine_profile(engine);
        ASSERT_FALSE(profile.output.site_page_layout.empty()) << engine;
        const auto files = config_for(engine);
        const std::string& page = bytes_of(files, profile.output.site_page_layout);
        EXPECT_TRUE(has(page, "<html lang=\"en\">")) << page;
        ASSERT_EQ(profile.output.site_page_keys.size(), 1u) << engine;
        EXPECT_EQ(profile.output.site_page_keys[0].first, "layout");
    }
    const std::string& astro = bytes_of(config_for("astro"), "src/layouts/FolioPage.astro");
    EXPECT_TRUE(has(astro, "<title>{frontmatter.title}</title>")) << astro;
    EXPECT_TRUE(has(astro, "<slot />")) << astro;
    const std::string& eleventy =
        bytes_of(config_for("eleventy"), "_includes/folio-page.11ty.cjs");
    EXPECT_TRUE(has(eleventy, "const title = escape(data[\"title\"] ?? \"\");")) << eleventy;
    EXPECT_TRUE(has(eleventy, "${data.content}")) << eleventy;
    // Hugo's and Jekyll's own layouts show pages already.
    EXPECT_TRUE(find_engine_profile("hugo")->output.site_page_layout.empty());
    EXPECT_TRUE(find_engine_profile("jekyll")->output.site_page_layout.empty());
}

TEST(EngineSiteConfig, LayoutsAreInTheSitesLanguage) {
    SiteConfigOptions options;
    options.language = "ko_KR";
    for (const auto& [engine, layout] :
         {std::pair{"astro", "src/pages/[...path].astro"},
          std::pair{"astro", "src/layouts/FolioPage.astro"},
          std::pair{"eleventy", "_includes/folio-post.11ty.cjs"},
          std::pair{"eleventy", "_includes/folio-page.11ty.cjs"}}) {
        const std::string& text = bytes_of(config_for(engine, options), layout);
        EXPECT_TRUE(has(text, "<html lang=\"ko-KR\">")) << engine << " " << layout;
    }
    options.language = "fa";
    EXPECT_TRUE(has(bytes_of(config_for("astro", options), "src/layouts/FolioPage.astro"),
                    "<html lang=\"fa\" dir=\"rtl\">"));
    // Not a language tag: English rather than an attribute that breaks the page.
    options.language = "en\" onload=\"x";
    EXPECT_TRUE(has(bytes_of(config_for("eleventy", options), "_includes/folio-post.11ty.cjs"),
                    "<html lang=\"en\">"));
}

TEST(EngineSiteConfig, KeysAreTheFirstOfEachFieldInTheTargetProfile) {
    const site_config::FactKeys astro = site_config::fact_keys(*find_engine_profile("astro"));
    EXPECT_EQ(astro.date, "pubDate");
    EXPECT_EQ(astro.updated, "updatedDate");
    EXPECT_EQ(astro.cover, "heroImage");
    EXPECT_EQ(astro.categories, "categories");  // no key of Astro's: folio's name
    EXPECT_EQ(site_config::fact_keys(*find_engine_profile("eleventy")).updated, "updated");
    const site_config::FactKeys jekyll = site_config::fact_keys(*find_engine_profile("jekyll"));
    EXPECT_EQ(jekyll.updated, "last_modified_at");
    EXPECT_EQ(jekyll.summary, "excerpt");
    EXPECT_EQ(jekyll.published, "published");
}

TEST(SiteConfigPermalink, CutsAtPlaceholdersOnlyWhereTheirNamesEnd) {
    using Kind = site_config::PermalinkPiece::Kind;
    const auto pieces = site_config::permalink_pieces("/:year/:years-:slug.html");
    ASSERT_EQ(pieces.size(), 5u);
    EXPECT_EQ(pieces[0].text, "/");
    EXPECT_EQ(pieces[1].kind, Kind::year);
    EXPECT_EQ(pieces[2].text, "/:years-");
    EXPECT_EQ(pieces[3].kind, Kind::slug);
    EXPECT_EQ(pieces[4].text, ".html");
    EXPECT_EQ(site_config::permalink_with(site_config::permalink_pieces("/:slug.html"), ":title"),
              "/:title.html");
}

TEST(SiteConfigPermalink, EscapesTemplateLiteralSpecialsInJavaScript) {
    EXPECT_EQ(
        site_config::permalink_javascript(site_config::permalink_pieces("/a`$b/:day/"), "d", "s"),
        "`/a\\`\\$b/${String(d.getUTCDate()).padStart(2, \"0\")}/`");
}

TEST(SiteConfigTemplate, FillsPlaceholdersAndKeepsTheTemplatesOwnAtSigns) {
    EXPECT_EQ(site_config::fill("a @X@ b @Y_Z@@X@", {{"X", "1"}, {"Y_Z", "2"}}), "a 1 b 21");
    EXPECT_EQ(site_config::fill("me@host @astrojs/mdx @", {}), "me@host @astrojs/mdx @");
    EXPECT_THROW(site_config::fill("@MISSING@", {{"X", "1"}}), std::logic_error);
}

TEST(SiteConfigBaseUrl, SplitsOriginAndPath) {
    const auto root = site_config::split_base_url("https://example.org/");
    EXPECT_EQ(root.origin, "https://example.org");
    EXPECT_EQ(root.path, "");
    const auto sub = site_config::split_base_url("https://x.github.io/blog/");
    EXPECT_EQ(sub.origin, "https://x.github.io");
    EXPECT_EQ(sub.path, "/blog");
}

}  // namespace
}  // namespace folio
