#pragma once

// Where a migrated article goes and what its URL becomes, from the target engine's profile
// (`EngineProfile::output`): data in the profile, one reading of it here.

#include <string>
#include <string_view>

#include "src/ast/article.hpp"
#include "src/meta/engine_profile.hpp"
#include "src/urls/url_rules.hpp"

namespace folio {

/// `pattern` (an `EngineOutput` pattern) for `article`: `{slug}`, `{date}` (`YYYY-MM-DD` of
/// its date, `0000-00-00` without one), `{ext}` (`mdx` for an `.mdx` source, else `md`),
/// `{dir}` and `{name}` replaced. Anything else is copied.
std::string expand_output_pattern(std::string_view pattern, const Article& article,
                                  std::string_view dir = {}, std::string_view name = {});

/// Where `target` keeps `article`, relative to the site's root: its drafts folder for a draft
/// when it has one, and there too for an undated article when the post's name needs a date
/// (Jekyll); else its article path.
std::string article_output_path(const Article& article, const EngineProfile& target);

/// Whether `article` is a translation by its file name (`post.fa.md`) and `target` keeps
/// translations that way (Hugo): it goes into its group's place with its language in the file
/// name (`content/posts/post/index.fa.md`), at its group's URL under its language's folder
/// where `UrlRules::language_folders` has one (`/fa/posts/post/`).
bool keeps_translation(const Article& article, const EngineProfile& target);

/// Whether `article` is a page of the site (`Meta::page`) and `target` has a place for pages
/// (`EngineOutput::page_path`): it goes there, at `page_permalink`, with `page_keys`.
bool places_as_page(const Article& article, const EngineProfile& target);

/// Whether `article` cannot go where `target` keeps dated posts because it has no date: it
/// goes to the drafts folder instead (`article_output_path`), and the job warns.
bool lacks_date_for(const Article& article, const EngineProfile& target);

/// The folder (ending in `/`, or empty: the site's root) whose files the target's build
/// copies to the built site as they are: where redirect rule files and pages go. Hugo and
/// Gatsby `static/`, Astro and Next.js `public/`, Jekyll and Eleventy the root.
std::string copied_as_is_folder(const EngineProfile& target);

/// The rules of the migrated site's URLs (`target_url_rules`): `permalink` (in the target's
/// own syntax, empty: the target's default) and `base_url` as given. Without `--site` the
/// target builds with its engine's defaults rather than the permalinks `--site` writes, so
/// Jekyll gets its default `date` style there (`/:categories/:year/:month/:day/:title.html`).
UrlRules new_url_rules(const EngineProfile& target, std::string_view permalink,
                       std::string_view base_url, bool writes_site_config);

/// The article's URL on the migrated site: `rules.url_of(article)`, or the article's own `url`
/// where the target keeps that key (Hugo's `url`, which the page is then served at). The one
/// place a migration computes new URLs.
std::string new_url(const Article& article, const EngineProfile& target, const UrlRules& rules);

}  // namespace folio
