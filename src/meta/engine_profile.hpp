#pragma once

// What each blog engine means by its files, as data: which front-matter keys fill which typed
// field, and the file-layout conventions that decide what is an article and what its file name
// says. One table per engine (engine_profile.cpp); the mapper and the reader follow whichever
// profile is in force, so adding an engine is adding a table, not a code path.

#include <span>
#include <utility>
#include <string>
#include <string_view>
#include <vector>

#include "src/ast/article.hpp"
#include "src/engine/engine_syntax_options.hpp"

namespace folio {

/// The typed Meta field a front-matter key fills, and how its value is read.
enum class MetaField {
    title,
    date,
    updated,
    expires,  ///< Hugo's `expiryDate`: the article is not published from then on
    summary,
    description,
    tags,
    categories,
    authors,      ///< a name, a list of names, or a map with `name` (Next.js's `{name, picture}`)
    cover,        ///< a cover map (`image`, `alt`, `caption`) or an image path
    cover_image,  ///< an image path, or a map with `url`/`src` (Next.js's `ogImage: {url}`)
    cover_path,   ///< an image path only (style A's `featuredImage`)
    draft,
    published,  ///< Jekyll's `published: false`: the opposite of `draft`
    slug,
    language,
    url,
    guid,
};

/// One front-matter key and what it means to an engine.
struct KeyMeaning {
    std::string_view key;  ///< as the engine spells it; matched case-sensitively
    MetaField field;
};

/// Where a migration writes an engine's articles and the files they use (`folio migrate
/// --to`), as patterns: `{slug}`, `{date}` (`YYYY-MM-DD`), `{ext}` (the source's extension,
/// `md` or `mdx`), `{dir}` (the article's folder) and `{name}` (a copied file's name). Paths
/// are relative to the migrated site's root.
struct EngineOutput {
    std::string_view article_path;  ///< `content/posts/{slug}/index.md`
    /// Where a draft goes when the engine keeps drafts apart (`_drafts/{slug}.md`); empty:
    /// `article_path`, with the draft key set. Also where a Jekyll post without a date goes.
    std::string_view draft_path;
    std::string_view images_folder;  ///< where copied images go: `{dir}`, `assets/{slug}`
    std::string_view images_url;     ///< how the article references one: `{name}`, `/assets/{slug}/{name}`
    /// Other local files an article links to (PDFs, audio); empty: with the images.
    std::string_view files_folder;
    std::string_view files_url;
    /// The engine's default URL of an article in that layout, as `expand_permalink` reads it,
    /// plus `:categories` (Jekyll's, slugified and joined by `/`).
    std::string_view permalink;
    FrontMatterSyntax syntax = FrontMatterSyntax::yaml;
    /// Themes print the title from front matter: a first H1 repeating it is left out (Hugo).
    bool without_title_heading = false;
    /// The engine refuses a page whose date-named key holds no date (Hugo): such extra keys
    /// are left out, with a warning.
    bool strict_date_keys = false;
    /// The engine reads front matter with js-yaml (Astro, Eleventy, Next.js, Gatsby): a date
    /// must be written as a YAML timestamp, or it is a string there (and Eleventy stops).
    bool yaml_timestamps_only = false;
    /// Where a page of the site (`Meta::page`: About, Contact) goes: `content/{slug}.md`,
    /// `{slug}.md`, `src/pages/{slug}.md`. Empty: with the posts.
    std::string_view page_path;
    /// A page's URL in that place, in folio's plain syntax (`/:slug/`).
    std::string_view page_permalink;
    /// Front-matter keys a page gets there, `{slug}` in a value replaced (Hugo's `_build.list:
    /// never`, which keeps it out of every list and feed; Jekyll's `layout: page` and its
    /// `permalink`). A dotted key is a key of a map.
    std::span<const std::pair<std::string_view, std::string_view>> page_keys;
    /// With `--site`, the layout folio writes for pages (a path below the site's root) and the
    /// keys that give a page that layout. Astro and Eleventy render a Markdown page without a
    /// layout as a bare fragment: no title, no language, no `<head>`. Empty: the site's own
    /// layouts show pages (Hugo's `single.html`, Jekyll's `page`).
    std::string_view site_page_layout;
    std::span<const std::pair<std::string_view, std::string_view>> site_page_keys;
};

/// Where a site of the engine keeps its pages (About, Contact), which are not posts. Read by
/// `site_content` when a migration is given the site's root.
struct EnginePages {
    /// Folders below the site's root whose Markdown files are all pages, at any depth (Jekyll's
    /// `_pages`, Astro's `src/pages`, Next.js's `pages` and `app`).
    std::span<const std::string_view> folders;
    /// The files right in the site's root are pages (Jekyll's `about.md`), but its `index`.
    bool root_files = false;
    /// The files right in the content folder are pages (Hugo's `content/about.md`, Eleventy's
    /// input folder), but its `index`.
    bool content_root_files = false;
    /// The sections (first folders of the content folder, Astro's collections) that hold
    /// posts; the files of any other are pages. Empty: every section holds posts.
    std::span<const std::string_view> post_sections;
};

/// One engine's reading conventions, and its layout as a migration's target.
struct EngineProfile {
    std::string_view name;  ///< `hugo`, `jekyll`, ...: what `--from` takes
    /// Today's field-name style closest to the engine, shown by `folio inspect`.
    FrontMatterStyle style = FrontMatterStyle::b;
    /// Keys that fill a typed field and leave `extra`; the first one met fills it, a later one
    /// for the same field is a warning and stays in `extra`.
    std::span<const KeyMeaning> keys;
    /// Keys that stay in `extra` as written and fill their field only when no key above did
    /// (Hugo's `publishDate` as the date, Next.js's `ogImage` as the cover).
    std::span<const KeyMeaning> fallbacks;
    /// Jekyll's `_posts/2013-05-06-title.md`: the date and the slug are in the file name.
    bool date_in_file_name = false;
    /// File names that are a section's list page, not an article (Hugo's `_index.md`).
    std::span<const std::string_view> section_index_files;
    /// Hugo's headless bundles (`headless: true`, `build: {render: never}`) are not articles.
    bool headless_bundles = false;
    /// Hugo's translations by file name: `post.fa.md` is `post` in Persian.
    bool translations_in_file_name = false;
    /// A folder whose articles are drafts (Jekyll's `_drafts`), else empty.
    std::string_view drafts_folder;
    /// The template syntax the engine processes in a body (Hugo: shortcodes only; Jekyll and
    /// Eleventy: Liquid only); the other is text there.
    EngineSyntaxOptions syntax = {};
    /// How a migration writes for this engine. Each typed field is written under the first
    /// key of `keys` that fills it; a field with none keeps folio's own name.
    EngineOutput output = {};
    /// Keys that mean something to this engine only (Jekyll's `layout: post`, a template
    /// name; Eleventy's `permalink`, an output path): a migration to another engine leaves
    /// them out, since there they would name what does not exist or override its URLs.
    std::span<const std::string_view> engine_only_keys = {};
    /// Where its sites keep their pages.
    EnginePages pages = {};
};

/// The built-in profiles, in the order `--from` lists them.
std::span<const EngineProfile> engine_profiles();

/// The profile called `name`, or null.
const EngineProfile* find_engine_profile(std::string_view name);

/// `hugo, jekyll, astro, ...`: the names, for messages.
std::string engine_profile_names();

/// The slug and date Jekyll reads from a post's file name (`2013-05-06-title` → 2013-05-06,
/// `title`); nullopt when `stem` does not start with a valid date and a dash.
struct FileNameDate {
    Date date;
    std::string slug;
};
std::optional<FileNameDate> date_from_file_name(std::string_view stem);

/// The language a translation's file stem ends with (`post.fa` → `fa`, `post.pt-br` →
/// `pt-br`), else empty. Only the form `<name>.<ISO 639-1 code>[-<region>]`: `v1.2` or
/// `jquery.min` are not translations.
std::string language_in_file_name(std::string_view stem);

}  // namespace folio
