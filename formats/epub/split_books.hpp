#pragma once

// One book, or one book per group (`--split-by`), from the articles of the first pass.
// Internal to formats/epub: build_book reads the inputs once, then calls these.

#include "formats/epub/book_passes.hpp"
#include "formats/epub/build_book.hpp"
#include "formats/epub/epub_writer.hpp"

namespace folio::epub {

/// Writes one book of `first.articles` (in any order: they are planned here) to `job.output`,
/// reading their bodies again (the second pass). `settings` may arrive with what a split run
/// sets (`identifier_group`, `elsewhere`); the rest is filled in from `job`. A failed write is
/// one error diagnostic and the output is left as it was.
JobStatus write_book(const BookJob& job, const LoadOptions& load, MetadataPass& first,
                     BookSettings settings, const DiagnosticSink& report);

/// The hidden list, in the folder of a split run, of the books folio wrote there: the next run
/// overwrites only these and removes those it no longer writes.
inline constexpr std::string_view kBooksManifestFile = ".folio-books";

/// Writes one book per group of `job.split_by` into the folder `job.output`, each from the
/// metadata already read (only bodies are read again, per book), with its own title, cover,
/// language and identifier; then a note that names every book. A diagnostic about an article
/// in several books is reported once. A book file there that `kBooksManifestFile` does not list
/// is not the run's to replace: an error (`epub.split.exists`), and the other books are still
/// written. The books the last run listed and this one does not write are removed, only when
/// neither reading the inputs (`errors_so_far`) nor any book had an error. Returns the worst
/// status of the books.
JobStatus write_split_books(const BookJob& job, const LoadOptions& load, MetadataPass& first,
                            bool errors_so_far, const DiagnosticSink& report);

}  // namespace folio::epub
