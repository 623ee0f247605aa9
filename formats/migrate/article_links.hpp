#pragma once

// The links of a migrated article: to another article (rewritten to its new URL) or to a local
// file (copied where the target keeps such files, and pointed at the copy). Images are
// `bundle_images`'s; this is every other destination.

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "src/ast/article.hpp"
#include "src/diagnostics/diagnostic.hpp"
#include "src/images/image_location.hpp"
#include "src/output/copied_body.hpp"
#include "src/output/output_file.hpp"
#include "src/output/resource_reader.hpp"

namespace folio {

/// Every article of a migration by where it was and what its URL was, to its new URL: built
/// from all articles before any is written, so a link to a later one is found too.
class ArticleIndex {
public:
    /// Records `article` (its source path, its bundle folder for `index.md`, its front
    /// matter's `url`) and `old_url` (empty: unknown) as reaching `new_url`.
    void add(const Article& article, std::string_view old_url, std::string_view new_url);

    /// The new URL `reference` (as written in the article at `from_path`, fragment and query
    /// removed) reaches, or null when it names no article of the migration.
    const std::string* find(std::string_view reference, std::string_view from_path) const;

private:
    std::map<std::string, std::string, std::less<>> by_path_;
    std::map<std::string, std::string, std::less<>> by_url_;
};

/// Where the target keeps linked files, for one article.
struct LinkedFileTarget {
    std::string folder;      ///< relative to the site root, as `OutputFile::path` takes it
    std::string url_prefix;  ///< what a reference to a copy starts with (`/assets/a/`, `./`, ``)
};

/// What `rewrite_links` did to one article.
struct LinkChanges {
    std::vector<OutputFile> files;     ///< the copies to write
    std::vector<std::string> copied;   ///< the local paths copied
    std::vector<std::string> missing;  ///< references to local files that do not exist
    std::size_t article_links = 0;     ///< links rewritten to another article's new URL
    std::size_t file_links = 0;        ///< links rewritten to a copied file
};

/// Rewrites the links of `article` (body and footnotes; in raw HTML, `<a href>` and the `src`
/// of audio, video and their sources, as `html_link_targets` finds them): one that
/// reaches another article of `index` to its new URL, fragment kept; one to a local file that
/// exists (`locate`, read through `resources`) to a copy under `where`, named
/// `safe_image_name`-style and not one of `taken` (which it extends). A local reference with a
/// file extension (not a page's: `.html`, `.php`, ...) that does not exist is a warning
/// (`migrate.file.missing`) at its place and stays as written. Each rewrite is added to `moved`
/// with where it is written, for a body copied as written.
LinkChanges rewrite_links(Article& article, const ArticleIndex& index,
                          const LinkedFileTarget& where, const ImageLocator& locate,
                          const ResourceReader& resources, std::set<std::string>& taken,
                          std::vector<MovedDestination>& moved, Diagnostics& diagnostics);

/// Whether `body` (Markdown as written) may hold a link `rewrite_links` changes: a `](` or `]:`
/// not followed by a URL with a scheme or a `#`, or raw HTML with an `href` or a `src`. False only when it certainly holds none: then
/// the body need not be read into the AST.
bool may_link_locally(std::string_view body);

}  // namespace folio
