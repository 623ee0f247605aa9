#pragma once

// The two passes of build_book over the inputs (internal to formats/epub): the metadata of
// every article first, then the bodies in book order, each chapter rendered on a worker thread.

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "formats/epub/epub_writer.hpp"
#include "src/ast/article.hpp"
#include "src/meta/article_language.hpp"
#include "src/pipeline/job.hpp"
#include "src/meta/publication.hpp"
#include "src/pipeline/load_articles.hpp"

namespace folio::epub {

/// What the first, metadata-only pass learns about the inputs.
struct MetadataPass {
    std::vector<Article> articles;  ///< those for the book, typed metadata only
    LanguageVotes languages;  ///< each article's language: votes for the book's
    LeftOut left_out;  ///< drafts, future and expired articles
    std::string stdin_text;  ///< standard input cannot be read twice
    bool errors = false;
};

/// Pass 1: metadata only (no body is parsed unless the title must come from its first heading).
/// The order needs every article's date; pass 2 reads only the bodies, in book order, and keeps
/// this pass's metadata and slugs. Each article's `meta.language` becomes its language for the
/// book (article_language: its own tag, else detected, else empty for the book's). Reports the
/// diagnostics of every file as it goes.
MetadataPass read_metadata(const std::vector<std::string>& paths, const LoadOptions& load,
                           const PublicationRules& publication, const DiagnosticSink& report);

/// Pass 2: the bodies of `first.articles`, which are in book order. Each chapter is rendered
/// and compressed on the worker thread that read its body; this thread only hands finished
/// chapters to the writer, in order. Reports each article's new diagnostics (the body's: pass 1
/// reported the rest); returns whether any was an error. Throws what the writer throws (a
/// failed write), once the loader has stopped.
bool write_chapters(const LoadOptions& load, MetadataPass& first, EpubWriter& writer,
                    const DiagnosticSink& report);

}  // namespace folio::epub
