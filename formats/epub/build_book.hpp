#pragma once

// A whole book from files on disk: what `folio epub` does, for any C++ caller. The inputs are
// read twice: a metadata-only first pass learns every article's date, title and language (the
// chapter order and the book's language need them all); the second pass reads the bodies again
// in book order on worker threads, each chapter going into the book as soon as it is its turn,
// so only a few bodies are held at a time. The book is written to a temporary file next to the
// output and renamed over it when complete: the output is replaced whole or left as it was.
//
// Memory: glibc raises its mmap threshold each time a large block is freed, after which large
// buffers (chapters, images) come from the heap between small long-lived allocations and freed
// memory is never given back. The folio program therefore fixes the threshold
// (`mallopt(M_MMAP_THRESHOLD, 256 * 1024)`) before it builds a book. That is a process-wide
// setting, so build_book does not touch it: a long-running caller that builds large books may
// want to do the same.

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "formats/epub/book_split.hpp"
#include "formats/epub/epub_writer.hpp"
#include "src/meta/publication.hpp"
#include "src/output/url_fetcher.hpp"
#include "src/pipeline/job.hpp"
#include "src/pipeline/load_articles.hpp"
#include "src/pipeline/permalink.hpp"
#include "src/text/time_zone.hpp"

namespace folio::epub {

/// Downloading remote images into the book (`--fetch-images`).
struct ImageFetching {
    std::filesystem::path cache_dir;  ///< where downloads are kept and reused; must not be empty
    FetchLimits limits;               ///< timeout and size of one download
};

/// One book to build, every setting resolved by the caller (the command line, folio.toml).
/// Where a field is empty the book falls back as documented and says so in a note.
struct BookJob {
    /// Markdown files, folders (their Markdown files, recursively) and `-` for one article from
    /// standard input; a file named twice is one chapter.
    std::vector<std::string> inputs;
    /// The EPUB file, replaced whole when the book is complete; `-`: standard output. With
    /// `split_by`: the folder the books go into, each replaced whole.
    std::string output;
    /// Empty: the article's title when there is one article, else "Articles" (a note).
    std::string title;
    std::string author;  ///< empty: no dc:creator
    /// BCP 47, checked by the caller (language_tag_problem). Empty: the language most articles
    /// are written in, each article's own or detected (a note), else `en` (a note). Chapters
    /// keep their own language whatever this is.
    std::string language;
    std::string cover;       ///< cover image on disk, empty for none
    std::string static_dir;  ///< where site-absolute image paths resolve, empty for none
    std::string base_url;    ///< site URL for links to pages that are not in the book
    ChapterOrder order = ChapterOrder::date;
    GroupBy group_by = GroupBy::none;
    /// Drafts, articles dated after `publication.now` and expired ones are left out (with a
    /// note) unless it says to include them; its `zone` is set from `time_zone` by build_book.
    PublicationRules publication;
    TimeZone time_zone;  ///< where dates without an offset are placed (order, dcterms:modified)
    /// Set: remote images are downloaded (libcurl, only then initialised) and embedded; a failed
    /// download is a warning and the image stays a link. Empty: remote images stay links.
    std::optional<ImageFetching> fetch_images;
    /// SOURCE_DATE_EPOCH as the caller found it in its environment, empty when unset: seconds
    /// since the epoch for `dcterms:modified`. Anything else is a warning
    /// (`epub.source-date-epoch`) and the newest article date is used, as when it is empty.
    std::string source_date_epoch;
    NoteStyle notes = NoteStyle::footnotes;  ///< pop-up footnotes, or endnotes per chapter
    std::string description;  ///< `dc:description`, empty for none
    /// Code blocks that name a language are highlighted (src/highlight/); `--no-highlight`.
    bool highlight_code = true;
    /// Not `none`: one book per tag, category, year or series, each written into the folder
    /// `output` (`tag-rust.epub`, `2024.epub`; split_articles), titled "<title>: <group>".
    SplitBy split_by = SplitBy::none;
    /// With `split_by`: the articles without a value for the key go in `other.epub`; false
    /// leaves them out (said in the summary note).
    bool others = true;
    /// With `split_by`: the title of a group's book, by the group's name or file stem
    /// (`rust`, `tag-rust`, `other`), compared without case.
    std::vector<std::pair<std::string, std::string>> group_titles;
    /// With `split_by`: where an article is on the web (`expand_permalink` on `base_url`), for
    /// links to articles in another book; without a base URL such links become plain text.
    std::string permalink{kDefaultPermalink};
    /// A kepub for Kobo readers: Kobo's spans in every chapter, and the file named
    /// `.kepub.epub` (kobo_file_name: `book.epub` is written as `book.kepub.epub`, with a note).
    bool kobo = false;
};

/// Builds the book `job` describes from files read with `load` (its readers, style, threads,
/// `fail_fast`; its hook is not used). Every diagnostic goes to `report` as soon as it is final,
/// an article's in input order, on the calling thread. Returns `ok`, or `input_errors` when an
/// input had an error (the book is still written unless `load.fail_fast`), when there is no
/// article to put in the book (nothing is written), or when the book could not be written: a
/// failed write, zlib or out of memory is one error diagnostic and the output is left as it
/// was. Never returns `usage`: settings are checked by whoever resolved them.
JobStatus build_book(const BookJob& job, const LoadOptions& load, const DiagnosticSink& report);

/// The chapter order named `date` (oldest first), `-date`, `title` or `path`; empty otherwise.
std::optional<ChapterOrder> chapter_order_named(std::string_view name);

/// The grouping named `category`, `tag` or `none`; empty otherwise.
std::optional<GroupBy> group_by_named(std::string_view name);

}  // namespace folio::epub
