#pragma once

// The EPUB writer: the public face of formats/epub. A book is written in three steps so that
// only a few article bodies are held at a time: `plan_chapters` on the metadata of every
// article; then each chapter rendered (`EpubWriter::render_chapter`, on any thread) and added
// in plan order (`add_chapter`), its bytes going straight to the sink; then `finish`.

#include <array>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "src/ast/article.hpp"
#include "src/diagnostics/diagnostic.hpp"
#include "formats/epub/accessibility.hpp"
#include "formats/epub/book_model.hpp"
#include "formats/epub/remote_image.hpp"
#include "formats/epub/zip_writer.hpp"
#include "src/output/resource_reader.hpp"
#include "src/text/time_zone.hpp"

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
/// each goes. Dates without an offset are instants in `zone` (folio.toml's `time_zone`). Pure.
std::vector<ChapterPlan> plan_chapters(std::vector<Article>& articles, ChapterOrder order,
                                       GroupBy group_by, const TimeZone& zone = {});

/// Where a chapter's notes go (`--notes`): each an `<aside epub:type="footnote">` that reading
/// systems show as a pop-up, or together at the chapter's end as its endnotes.
enum class NoteStyle { footnotes, endnotes };

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
    /// Downloads a remote image (`--fetch-images`); empty: remote images become links.
    FetchImage fetch_image;
    bool has_static_dir = false;  ///< whether `/x.png` paths can be placed, for messages
    std::string base_url;         ///< site URL for links to pages that are not in the book
    std::string cover_path;       ///< `--cover` image on disk, empty for none
    /// `dcterms:modified` in seconds since the epoch (SOURCE_DATE_EPOCH); empty: the newest
    /// article date (updated or published) of the book.
    std::optional<std::int64_t> modified;
    /// Where dates without an offset are placed to make instants (`dcterms:modified`); UTC by
    /// default.
    TimeZone time_zone;
    /// Threads `finish` may use (the caller's `--threads`): with two or more, the NCX is made
    /// beside the nav page and the package document.
    unsigned threads = 1;
    NoteStyle notes = NoteStyle::footnotes;
    std::string description;  ///< `dc:description`, empty for none
    std::vector<std::string> subjects;  ///< `dc:subject`s: the articles' categories and tags
    std::string series;  ///< the collection (series) the book belongs to, empty for none
    std::optional<std::int64_t> series_position;  ///< its place in the series, when known
    /// The book has several authors: each chapter names its own under its title.
    bool chapter_authors = false;
    /// Code blocks that name a language get `hl-` spans, and the stylesheet their rules.
    bool highlight_code = true;
    /// One book of several (`--split-by`): what tells it from the run's other books in its
    /// identifier (the split key and group), so two books of the same chapters differ. Empty
    /// for a single book.
    std::string identifier_group;
    /// One book of several: every article of the run, for links to those in other books.
    std::shared_ptr<const ArticlesElsewhere> elsewhere;
    /// A kepub (`--kobo`): each chapter's text in Kobo's spans (kobo_spans.hpp).
    bool kobo = false;
};

/// One chapter rendered and compressed, ready to go into the book; made by
/// `EpubWriter::render_chapter` on any thread.
struct RenderedChapter {
    std::size_t index = 0;  ///< in the plan
    ZipEntryData entry;     ///< the chapter's XHTML file, deflated
    std::vector<SectionEntry> sections;
    std::vector<std::string> images;     ///< hrefs of the images it shows, in the order met
    std::optional<std::int64_t> newest;  ///< its newest date (updated or published), seconds
    std::array<std::uint64_t, 2> digest{};  ///< CRC-32 and size of the XHTML, for the identifier
    bool mathml = false;  ///< it holds MathML, which the manifest must declare
    bool highlighted = false;  ///< it holds highlighted code: the stylesheet gets its rules
    ImageAltScan images_scan;  ///< its images and their alt text, for the accessibility metadata
    bool svg = false;  ///< it holds inline SVG, which the manifest must declare
};

/// Builds one EPUB 3 book (with an EPUB 2 NCX), writing its bytes to a sink as it goes: the
/// book is never held in memory. Chapters are rendered and compressed by `render_chapter`,
/// which several threads may call at once, and added in plan order. Images are read through
/// the ResourceReader. Warnings (remote or missing images, dropped HTML, unresolved links) go to
/// the Diagnostics passed in; nothing is fatal except a failing sink or zlib (an exception).
class EpubWriter {
public:
    /// Writes the first entries (`mimetype`, container, the `--cover` image) at once.
    EpubWriter(BookSettings settings, std::vector<ChapterPlan> plan,
               const ResourceReader& resources, ByteSink sink, Diagnostics& diagnostics);
    ~EpubWriter();
    EpubWriter(const EpubWriter&) = delete;
    EpubWriter& operator=(const EpubWriter&) = delete;

    /// Renders chapter `index` of the plan from `article` (changed: images and links resolved)
    /// and compresses it. Thread-safe; its warnings go to `diagnostics`.
    RenderedChapter render_chapter(std::size_t index, Article& article,
                                   Diagnostics& diagnostics) const;

    /// Adds a rendered chapter: the one the plan lists next (a std::logic_error otherwise).
    void add_chapter(RenderedChapter chapter);

    /// Renders and adds the next chapter of the plan, on this thread.
    void add_chapter(Article& article, Diagnostics& diagnostics);

    /// Writes the package documents and the archive's directory; the book is complete.
    void finish();

private:
    struct State;
    std::unique_ptr<State> state_;
};

}  // namespace folio::epub
