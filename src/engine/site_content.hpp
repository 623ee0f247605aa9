#pragma once

// Where a site's articles are, for a migration given the site's root: the engine's content
// folders, not every Markdown file under the root (a README, theme pages, docs, packages and
// build output are not the blog's posts), and where its site-absolute files are served from.

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "src/diagnostics/diagnostic.hpp"
#include "src/meta/engine_profile.hpp"
#include "src/urls/site_config_read.hpp"

namespace folio {

/// The folders of a site that a migration reads.
struct SiteContent {
    /// The folders holding the articles, below the root, those that exist: Jekyll's `_posts`,
    /// `_drafts` and its collections' `_<name>`; Hugo's content folder; Eleventy's input
    /// folder; Astro's `src/content`; Next.js's `_posts`, `posts` or `content`; Gatsby's
    /// `content`. Empty when the engine keeps them nowhere folio knows.
    std::vector<std::string> article_folders;
    /// Where a site-absolute reference (`/assets/img/a.png`) is found, first match wins:
    /// Jekyll's root, Hugo's `static/` then `assets/`, Astro's, Eleventy's and Next.js's
    /// `public/`, Gatsby's `static/`.
    std::vector<std::string> static_folders;
    /// Where the engine keeps the site's pages (its profile's `EnginePages`).
    EnginePages pages;
};

/// The content and static folders of the `engine` site whose configuration `config` is
/// (`config.folder` its root). Never fails: folders that do not exist are left out.
SiteContent site_content(const SiteConfig& config, std::string_view engine);

/// Whether a file found in a content folder is not an article of the site: a `README.md`,
/// below `node_modules` or `.git`, or, when the content folder is the site's root
/// (`at_site_root`: Jekyll's, Eleventy's), in one of the site's own folders there (`vendor`,
/// `_site`, `public`, `docs`, Jekyll's `_includes`/`_layouts`/`_data`/`_sass`, Chirpy's
/// `_tabs` navigation). Inside a content folder of its own (Hugo's `content/`) the same names
/// are sections: `content/docs/` is a documentation site's articles. `path` is relative to
/// the content folder.
bool is_outside_articles(std::string_view path, bool at_site_root);

/// The pages among a migration's inputs (`Meta::page`), each with the folder its URL is the
/// path below (`UrlRules::page_url_of`).
using SitePages = std::map<std::string, std::string, std::less<>>;

/// `inputs` with each folder that is the root of a site of a known engine replaced by its
/// article folders' files (`collect_inputs` on each, less `is_outside_articles`) and its
/// pages' (`EnginePages`: the root's or the content folder's own files but `index`, the files
/// of page folders and of sections that hold no posts), and a note `migrate.input.site-root`
/// saying which folders were read, how many pages were found and how many Markdown files of
/// the root were left out (the first few named). Each page goes into `pages` too, when given.
/// Other inputs are kept as given; one that is an article folder of a site (Hugo's `content/`)
/// still has its pages (`content/about.md`) go into `pages`.
std::vector<std::string> site_root_inputs(const std::vector<std::string>& inputs,
                                          Diagnostics& diagnostics, SitePages* pages = nullptr);

}  // namespace folio
