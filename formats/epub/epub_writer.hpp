#pragma once

// The EPUB writer: the public face of formats/epub. A book is written in three steps so that
// only one article body is held at a time: `plan_chapters` on the metadata of every article,
// then `EpubWriter::add_chapter` for each article in plan order, then `finish` for the bytes.

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ast/article.hpp"
#include "diagnostics/diagnostic.hpp"
#include "output/resource_reader.hpp"

namespace folio::epub {

/// Chapter order (`--order`): by date oldest first (undated last), newest first, by title, or
/// by source path. Ties keep the source path order.
enum class ChapterOrder { date, date_descending, title, path };

/// How the table of contents groups chapters (`--group-by`): by first category, by first tag,
/// or not at all. Grouped chapters are ordered by group name, then by `ChapterOrder`; articles
/// without one come last, ungrouped.
enum class GroupBy { none, category, tag };

/// Where one article goes in the book; made by `plan_chapters`.
struct ChapterPlan {
    std::string source_path;
    std::string slug;
    std::string title;
    std::string href;       ///< chapter file inside the package, `0003-slug.xhtml`
    std::string id_prefix;  ///< prefix of every id in the chapter, `c3-`
    std::string group;      ///< table-of-contents group, empty for none
};

/// Sorts `articles` (metadata is enough: bodies may be empty) into book order and says where
/// each goes. Pure.
std::vector<ChapterPlan> plan_chapters(std::vector<Article>& articles, ChapterOrder order,
                                       GroupBy group_by);

/// Book-wide settings, resolved by the caller from the command line, folio.toml and the
/// articles; the writer reads neither the clock nor the environment.
struct BookSettings {
    std::string title;
    std::string author;    ///< empty: no dc:creator
    std::string language;  ///< BCP 47, must not be empty; articles without one use it
    /// Where a local image reference of the article at `article_path` is on disk (the
    /// caller binds `resolve_local_image` and the static folder); empty when it is remote or
    /// cannot be placed. Reading goes through the ResourceReader. Required.
    std::function<std::string(std::string_view reference, std::string_view article_path)>
        locate_image;
    bool has_static_dir = false;  ///< whether `/x.png` paths can be placed, for messages
    std::string base_url;         ///< site URL for links to pages that are not in the book
    std::string cover_path;       ///< `--cover` image on disk, empty for none
    /// `dcterms:modified` in seconds since the epoch (SOURCE_DATE_EPOCH); empty: the newest
    /// article date (updated or published) of the book.
    std::optional<std::int64_t> modified;
};

/// Builds one EPUB 3 book (with an EPUB 2 NCX) in memory. Chapters are rendered and compressed
/// as they are added, so callers can drop each article afterwards. Images are read through the
/// ResourceReader. Warnings (remote or missing images, dropped HTML, unresolved links) go to
/// the Diagnostics passed in; nothing is fatal except a libzip failure (an exception).
class EpubWriter {
public:
    EpubWriter(BookSettings settings, std::vector<ChapterPlan> plan,
               const ResourceReader& resources, Diagnostics& diagnostics);
    ~EpubWriter();
    EpubWriter(const EpubWriter&) = delete;
    EpubWriter& operator=(const EpubWriter&) = delete;

    /// Adds the next chapter of the plan: `article` must be the one the plan lists next.
    /// The article is changed (images and links resolved) and can be dropped afterwards.
    void add_chapter(Article& article, Diagnostics& diagnostics);

    /// Writes the package documents and returns the finished book's bytes.
    std::string finish();

private:
    struct State;
    std::unique_ptr<State> state_;
};

}  // namespace folio::epub
