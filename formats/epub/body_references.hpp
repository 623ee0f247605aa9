#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "src/ast/article.hpp"
#include "src/diagnostics/diagnostic.hpp"
#include "formats/epub/book_model.hpp"
#include "formats/epub/chapter.hpp"
#include "formats/epub/image_catalog.hpp"
#include "formats/epub/remote_image.hpp"

namespace folio::epub {

/// What resolving an article's links and images needs to know about the book.
struct ReferenceContext {
    /// Local image reference → path on disk, empty when remote or unplaceable (BookSettings).
    std::function<std::string(std::string_view reference, std::string_view article_path)>
        locate_image;
    /// Downloads remote images (`--fetch-images`); empty: they become links.
    FetchImage fetch_image;
    bool has_static_dir = false;  ///< whether `/x.png` paths can be placed at all, for messages
    std::string base_url;  ///< site URL: site-absolute links to pages outside the book use it
    /// Chapter file of each article by slug and by file name (`post`, `post.md`).
    std::unordered_map<std::string, std::string> chapters;
    /// Chapter id prefix by chapter file, to point a `#fragment` at the prefixed id.
    std::unordered_map<std::string, std::string> id_prefixes;
    /// Every article of the run by slug and file name, when the run writes several books
    /// (`--split-by`): a link to one that is not a chapter of this book goes to its web page.
    /// Null for a single book.
    const ArticlesElsewhere* elsewhere = nullptr;
};

/// URL rewrites for the renderer's `rewrite_url` hook, kept apart for links and images.
struct UrlRewrites {
    std::unordered_map<std::string, std::string> links;
    std::unordered_map<std::string, std::string> images;
    /// The URL the renderer should write for `url`; unchanged when there is no rewrite.
    std::string rewrite(std::string_view url, bool is_image) const;
};

/// Prepares an article's body for the book, in place: local images are embedded through
/// `images` (their URLs mapped to the resource); an image that cannot be (remote, missing, not
/// an image) becomes a link to it with its alt text, or plain text when there is nothing to
/// link to, with a warning; links to other articles (by file or slug) are mapped to their
/// chapter, or to an article of another book of the run to its web page (plain text with a
/// note when that is not known); other local links become absolute on `base_url` or plain text with a warning.
/// `used_images` gets the href of every embedded image, in the order met.
UrlRewrites resolve_references(Article& article, const ReferenceContext& context,
                               ImageCatalog& images, std::vector<std::string>& used_images,
                               Diagnostics& diagnostics);

/// The article's cover for its chapter heading, embedded when local and readable (or fetched);
/// otherwise a warning and the caption kept (linked when the image is online). Empty when it
/// has none.
std::optional<ChapterCover> resolve_cover(const Article& article, const ReferenceContext& context,
                                          ImageCatalog& images, Diagnostics& diagnostics);


/// The embedded-image href for a book cover given on the command line (`--cover`), or empty
/// with an error naming the file.
std::optional<std::string> resolve_book_cover(const std::string& path, ImageCatalog& images,
                                              Diagnostics& diagnostics);

}  // namespace folio::epub
