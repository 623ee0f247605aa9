#pragma once

// The smallest configuration each target engine needs to build a migrated site as migrated:
// what `folio migrate --site` writes next to the articles. The files are returned, not written.
// They are one set: where the engine finds a configuration of the user's already (any of
// `engine_config_file_names`), the site is the user's (its theme has its own layouts, which
// ours would override), so the caller writes none of them; otherwise it writes each one that
// does not exist. A user's file is never replaced.

#include <string>
#include <string_view>
#include <vector>

#include "src/meta/engine_profile.hpp"
#include "src/output/output_file.hpp"

namespace folio {

/// How old URLs reach their new pages in the engine's own build.
enum class SiteRedirectForm {
    /// The engine's own form: Hugo's `aliases` (built in), Jekyll's `redirect_from` (the
    /// jekyll-redirect-from plugin is listed), Eleventy redirect pages, Astro's `redirects`.
    engine,
    /// None in the build: the redirects are server rules (`_redirects`, nginx, ...) only.
    none,
};

/// One old URL path and the new URL it redirects to; used by the engines whose redirects live in
/// the site's configuration (Eleventy, Astro). Hugo and Jekyll read them from front matter.
struct SiteRedirect {
    std::string from;  ///< a decoded path: `/2019/05/old-title.html`, `/2020/06/日本語/`
    std::string to;    ///< a path or an absolute URL
};

/// What the configuration says beyond the engine's defaults.
struct SiteConfigOptions {
    /// The site's address with its path, `https://example.org/` or `https://x.github.io/blog/`.
    std::string base_url = "https://example.org/";
    /// The site's title and language (`ko-KR`), written into the configuration where the
    /// engine has such settings (Hugo, Jekyll); empty: none written.
    std::string title;
    std::string language;
    /// Hugo's languages of a multilingual site (`fa`, `en`), its default one and whether that
    /// one has a folder too: each translation (`post.fa.md`) is built in its language. Empty:
    /// one language.
    std::vector<std::string> languages;
    std::string default_language;
    bool default_language_in_subdir = false;
    /// The posts' URLs, with the placeholders `:year`, `:month`, `:day` (of the date: in its
    /// written offset for Hugo, in `time_zone` for Jekyll, in UTC for Eleventy and Astro) and
    /// `:slug` (the `slug` key, else the file or bundle name; Hugo falls back on the title
    /// instead). Any other text is kept as written.
    std::string permalink = "/:year/:month/:slug/";
    /// The folder of the posts: Hugo's section under content/, Eleventy's folder, Astro's
    /// collection under src/content/. Jekyll's posts are always in `_posts`.
    std::string section = "posts";
    SiteRedirectForm redirect_form = SiteRedirectForm::engine;
    std::vector<SiteRedirect> redirects;
    /// Front-matter keys beyond the typed fields that each page prints among its facts (the
    /// migrated articles' custom keys), so a test can compare them with the source.
    std::vector<std::string> custom_keys;
    /// Drafts are built (and print `"draft": true`) instead of being left out.
    bool include_drafts = false;
    /// The IANA time zone of dates written without an offset. Hugo, Eleventy and Astro read
    /// them as UTC; Jekyll would take the zone of the machine that builds, so its
    /// configuration names this one (`timezone:`); Hugo's names it when it is not UTC.
    std::string time_zone = "UTC";
};

/// The configuration files and layouts `target` needs to build the migrated articles, the
/// engine's configuration file first: Hugo's
/// `hugo.toml` and three layouts; Jekyll's `_config.yml` and two layouts; Eleventy's
/// `eleventy.config.mjs`, a directory data file, a layout and a redirect template; Astro's
/// `astro.config.mjs`, `src/content.config.ts`, a page route and `package.json`. Every post's
/// page prints its facts as `<script type="application/json" id="folio-page">` (title, date,
/// updated, summary, description, tags, categories, draft, cover, extra), read through the
/// target profile's own keys (the first key of each field). Empty for an engine that has no
/// build here (nextjs, gatsby, or a profile of the user's own).
std::vector<OutputFile> engine_site_config(const EngineProfile& target,
                                           const SiteConfigOptions& options);

/// The files (and, ending in `/`, folders) whose presence means the engine already has a
/// site configuration there, in the engine's order of preference: Hugo's `hugo.toml`, ...,
/// `config.toml`, `config/`; Jekyll's `_config.yml`; ... Empty for an engine without a build.
std::vector<std::string_view> engine_config_file_names(const EngineProfile& target);

}  // namespace folio
