#pragma once

// What the per-engine site configurations share (engine_site_config.cpp dispatches to them):
// the target's key for each fact a page prints, the base URL split the way engines want it,
// and the permalink pattern as pieces each engine spells in its own syntax.

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "src/engine/engine_site_config.hpp"

namespace folio::site_config {

/// The target profile's key for each fact a page prints (the first key of the field in its
/// `keys` table), else folio's own name for the updated, summary, categories and cover
/// fields (the name `front_matter_for_profile` writes them under), else empty.
struct FactKeys {
    std::string_view title;
    std::string_view date;
    std::string_view updated;
    std::string_view summary;
    std::string_view description;
    std::string_view tags;
    std::string_view categories;
    std::string_view draft;
    std::string_view published;  ///< Jekyll's `published: false`, the opposite of `draft`
    std::string_view cover;      ///< the first of the cover, cover_image and cover_path keys
    std::string_view slug;
};
FactKeys fact_keys(const EngineProfile& target);

/// `https://x.github.io/blog/` → origin `https://x.github.io`, path `/blog` (empty for `/`).
struct BaseUrl {
    std::string origin;
    std::string path;
};
BaseUrl split_base_url(std::string_view base_url);

/// A permalink pattern cut at its placeholders: `/:year/:slug/` → `/`, year, `/`, slug, `/`.
struct PermalinkPiece {
    enum class Kind { text, year, month, day, slug };
    Kind kind = Kind::text;
    std::string text;  ///< for Kind::text
};
std::vector<PermalinkPiece> permalink_pieces(std::string_view pattern);

/// The pattern with each placeholder spelled as the engine spells it (Hugo's and Jekyll's
/// `:year`, ...); `slug` is the engine's name for the slug placeholder (`:slug`, `:title`).
std::string permalink_with(const std::vector<PermalinkPiece>& pieces, std::string_view slug);

/// A JavaScript template literal computing the URL path from a `Date` expression (UTC fields)
/// and a slug expression.
std::string permalink_javascript(const std::vector<PermalinkPiece>& pieces, std::string_view date,
                                 std::string_view slug);

/// `text` with each `@NAME@` (capitals and `_`) replaced by its value, so that a template
/// reads as the file the engine gets. A placeholder without a value is a bug: std::logic_error.
std::string fill(std::string_view text,
                 std::initializer_list<std::pair<std::string_view, std::string_view>> values);

/// `text` as a double-quoted string literal, valid JSON, JavaScript, TOML and YAML alike.
std::string string_literal(std::string_view text);

/// A JavaScript expression reading `key` of the object `data` (`data["pubDate"]`), or `null`
/// when the engine has no key for the fact.
std::string javascript_field(std::string_view data, std::string_view key);

/// A JavaScript expression: whether the post `data` is a draft (its draft key is true, or its
/// `published` key false).
std::string javascript_draft(std::string_view data, const FactKeys& keys);

/// A JavaScript object literal of the custom keys' values (`null` where a post has none).
std::string javascript_custom_keys(std::string_view data, const std::vector<std::string>& keys);

/// The `<html>` element's language attributes in the layouts: the site's language (`lang="ko"`,
/// with `dir="rtl"` for a right-to-left one), else `lang="en"`.
std::string html_language_attributes(const SiteConfigOptions& options);

/// The file extensions a migration copies next to the posts, which the JavaScript engines
/// must copy into the built site (a glob alternation: `png,jpg,...`).
std::string_view copied_file_extensions();

std::vector<OutputFile> hugo(const FactKeys& keys, const SiteConfigOptions& options);
std::vector<OutputFile> jekyll(const FactKeys& keys, const SiteConfigOptions& options);
std::vector<OutputFile> eleventy(const FactKeys& keys, const SiteConfigOptions& options);
std::vector<OutputFile> astro(const FactKeys& keys, const SiteConfigOptions& options);

}  // namespace folio::site_config
