#pragma once

// The shape of the jobs that turn each article into files of their own (a Hugo page bundle, a
// Markdown file): read the inputs in order, write each article's files under one folder, report
// as they go. The job says what the files are; this says how they are read and written.

#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "src/ast/article.hpp"
#include "src/diagnostics/diagnostic.hpp"
#include "src/output/output_file.hpp"
#include "src/pipeline/job.hpp"
#include "src/pipeline/load_articles.hpp"

namespace folio {

/// Where such a job reads and writes.
struct FilesPerArticle {
    /// Files, folders (searched as `collect_inputs` does) or `-` for standard input.
    std::vector<std::string> inputs;
    std::string output;  ///< the folder the files go into; made when missing
    /// Sync the output's file system once the run is done (`--sync`), rather than leave it to
    /// the kernel.
    bool sync = false;
    /// Hand the writer each body as its file holds it (`WrittenBody`, with the front matter
    /// before it), for a job that copies bodies rather than writing them from the AST.
    bool keep_written_bodies = false;
    /// With `keep_written_bodies`: whether an article's body must still be read into the AST,
    /// given its metadata and its body as written (a copy with edits needs the nodes' offsets).
    /// Where it says no, `Article::body` and `footnotes` stay empty and the body's reader
    /// diagnostics are not reported: parsing the body was most of a copying job's time.
    /// Empty: every body is read.
    std::function<bool(const Article& article, std::string_view body)> body_needed;
};

/// The files made of one article, paths relative to the output folder; problems go to
/// `diagnostics`. Takes the article by value: the job owns it from then on. `written` is its
/// body as the file holds it, or nullptr unless `FilesPerArticle::keep_written_bodies`.
using ArticleFilesWriter = std::function<std::vector<OutputFile>(
    Article article, const WrittenBody* written, Diagnostics& diagnostics)>;

/// Reads every input with `load` and writes what `write` makes of each readable article under
/// `where.output`. Sends `sink` the inputs' problems, then each file's diagnostics (reading,
/// writing, output) in input order; of the codes in `once_per_run` (notes that would say the
/// same for every article) only the first diagnostic is passed on. Returns `input_errors` when
/// anything sent was an error or the sync failed, else `ok`.
JobStatus write_files_per_article(const FilesPerArticle& where, const LoadOptions& load,
                                  const DiagnosticSink& sink, const ArticleFilesWriter& write,
                                  std::span<const std::string_view> once_per_run = {});

}  // namespace folio
