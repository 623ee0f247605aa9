#pragma once

// Each article's URL under one engine's rules: the old URL from the source engine's rules and
// configuration, the new one from the target engine's rules for the layout folio writes. The
// same code serves both sides; only how the rules are built differs.

#include <map>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "src/ast/article.hpp"
#include "src/meta/engine_profile.hpp"
#include "src/text/time_zone.hpp"
#include "src/urls/site_config_read.hpp"

namespace folio {

/// The permalink language of a pattern.
enum class PermalinkSyntax {
    hugo,    ///< Hugo's tokens (hugo_permalink.hpp)
    jekyll,  ///< Jekyll's placeholders and styles (jekyll_permalink.hpp)
    /// folio's own, for engines whose URLs come from code rather than a setting (Astro,
    /// Eleventy, Next.js, Gatsby): `:slug` (front matter `slug`, else the file name, as
    /// written), `:title` (slugified), `:year :month :day`, `:section`, `:filename`.
    plain,
};

/// How one engine turns an article into its URL path.
struct UrlRules {
    PermalinkSyntax syntax = PermalinkSyntax::plain;
    /// The pattern for every article; empty means the engine's default (Hugo: the file's
    /// path; Jekyll: the `date` style; plain: the file's path).
    std::string pattern;
    /// Hugo's patterns per section (the first folder under `content/`); they win over `pattern`.
    std::map<std::string, std::string, std::less<>> section_patterns;
    std::string base_path;  ///< the base URL's path (`/blog`), put before every URL; else empty
    bool ugly_urls = false;  ///< Hugo's `uglyURLs`: `/posts/a.html` for `/posts/a/`
    /// Hugo's languages with a folder of their own: a translation (`post.fa.md`) in one of
    /// them is under `/fa/`. Empty for other engines and single-language sites.
    std::set<std::string, std::less<>> language_folders;
    /// The folder of the pages without a language in their file name: the default language's
    /// with Hugo's `defaultContentLanguageInSubdir`, else empty.
    std::string default_language_folder;
    /// Jekyll's dates are put in the site's zone before they go into a URL (a post dated
    /// `2016-12-31 22:00 -0500` built in UTC is `/2017/01/01/`); Hugo uses them as written.
    std::optional<TimeZone> time_zone;
    /// The folder article paths are relative to (Hugo's `content/`, Jekyll's site root); the
    /// folders between it and a file are its sections or categories. Empty: none are known.
    std::string content_root;
    /// Front matter that overrides the pattern: Hugo's `url`, Jekyll's and Eleventy's
    /// `permalink` (literal ones: a template in it cannot be evaluated here).
    bool front_matter_overrides = true;
    /// Target side: folio writes each article under its resolved slug (`Article::slug`), so
    /// that is its file name, and a `slug` front matter key is not in the written file.
    bool names_from_slug = false;
    /// Astro's content collections: an entry's `:slug` is its id, the path below its
    /// collection folder (`src/content/blog/`, `src/data/blog/`) with each part slugged as
    /// github-slugger does (`2020/My Post.md` → `2020/my-post`), unless front matter gives `slug`.
    bool astro_ids = false;

    /// `article`'s URL path under these rules: starting with `/`, percent-encoded as a browser
    /// requests it (`/caf%C3%A9/`), the base path included. Never fails.
    std::string url_of(const Article& article) const;

    /// The URL of `article` as a page of the site (About, Contact) rather than a post: its
    /// path below `page_root` (the folder the engine serves pages from: Hugo's content
    /// folder, Jekyll's site root, Astro's `src/pages`), unless front matter sets it (Hugo's
    /// `url`, a literal Jekyll or Eleventy `permalink`). Jekyll ends it as its permalink
    /// style ends a page's (`/about/` for `pretty` or a style ending in `/`, `/about.html`
    /// for `date`, `ordinal` and `none`, else `/about`).
    std::string page_url_of(const Article& article, std::string_view page_root) const;
};

/// The old site's rules: `profile`'s engine as `config` sets it up. `old_permalink` (a pattern
/// in the engine's own syntax: Jekyll's for `jekyll`, Hugo's for `hugo`, folio's plain one for
/// the others) and `old_base_url` (`--old-permalink`, `--old-base-url`) replace what the
/// configuration says when not empty. A Jekyll `timezone` the system's tz database does not
/// have is taken as UTC.
UrlRules source_url_rules(const EngineProfile& profile, const SiteConfig& config,
                          std::string_view old_permalink = {}, std::string_view old_base_url = {});

/// The new site's rules: the URL the target engine gives a post in the layout folio writes —
/// Hugo `/posts/<slug>/`, Jekyll `/:year/:month/:day/:title/` (what `migrate --site` writes
/// in `_config.yml`), Astro `/blog/<slug>/`, Eleventy `/posts/<slug>/`, Next.js
/// `/posts/<slug>`, Gatsby `/<slug>/`. `permalink` (in the target's syntax) and `base_url`
/// replace these when not empty.
UrlRules target_url_rules(const EngineProfile& profile, std::string_view permalink = {},
                          std::string_view base_url = {});

/// Why `pattern` (an `--old-permalink`, or a target permalink) cannot be expanded in `syntax`
/// — an unknown `:token`, named with the ones that are known — or empty when it can.
std::string url_pattern_problem(std::string_view pattern, PermalinkSyntax syntax);

/// The permalink syntax of an engine's settings: Hugo's for `hugo`, Jekyll's for `jekyll`,
/// folio's plain one for the others.
PermalinkSyntax permalink_syntax_of(const EngineProfile& profile);

/// One article's URL before and after a migration.
struct ArticleUrls {
    std::string old_url;
    std::string new_url;
    std::string source;  ///< the article's file (`Source::path`), for messages
    bool operator==(const ArticleUrls&) const = default;
};

/// `old_rules.url_of` and `new_rules.url_of` for each article, in order.
std::vector<ArticleUrls> article_urls(std::span<const Article> articles, const UrlRules& old_rules,
                                      const UrlRules& new_rules);

}  // namespace folio
