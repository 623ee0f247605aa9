#include "src/pipeline/files_per_article.hpp"

#include <algorithm>
#include <filesystem>

#include "src/pipeline/read_article.hpp"

namespace folio {

namespace {

// `diagnostics` without the ones whose code is in `codes` once one with that code was kept
// this run (`noted`, one flag per code).
Diagnostics once_per_run(Diagnostics diagnostics, std::span<const std::string_view> codes,
                         std::vector<bool>& noted) {
    if (codes.empty()) return diagnostics;
    Diagnostics kept;
    for (const Diagnostic& d : diagnostics.items()) {
        const auto code = std::find(codes.begin(), codes.end(), d.code);
        if (code != codes.end()) {
            const auto i = static_cast<std::size_t>(code - codes.begin());
            if (noted[i]) continue;
            noted[i] = true;
        }
        kept.report(d);
    }
    return kept;
}

}  // namespace

JobStatus write_files_per_article(const FilesPerArticle& where, const LoadOptions& load,
                                  const DiagnosticSink& sink, const ArticleFilesWriter& write,
                                  std::span<const std::string_view> once_per_run_codes) {
    Diagnostics setup;
    const std::vector<std::string> paths = collect_inputs(where.inputs, setup);
    sink(setup);
    bool errors = setup.has_errors();
    OutputRoot root(where.output);

    // Thousands of small files: an fsync each cost more than the whole conversion, so the
    // files are renamed into place unsynced (`sync` syncs the file system once at the end).
    std::vector<bool> noted(once_per_run_codes.size(), false);
    LoadOptions reading = load;
    if (where.keep_written_bodies) {
        // On the worker thread, while the file's text is at hand: the copy of the body is
        // cheaper than reading the file a second time on the calling thread.
        if (where.body_needed) reading.read.body = false;
        reading.hook = [outer = load.hook, &where, formats = reading.read.formats](
                           const SourceText& text, ArticleSlot& slot) {
            Article& article = *slot.article;
            slot.written_body = written_body(text, article.source.body_offset);
            slot.written_body->front_matter =
                written_front_matter(text, article.source.body_offset, article.source.syntax);
            if (where.body_needed && where.body_needed(article, slot.written_body->text))
                read_article_body(text, article, *formats, slot.diagnostics);
            if (outer) outer(text, slot);
        };
    }
    for_each_article(paths, reading, [&](ArticleSlot& slot) {
        if (slot.article) {
            const WrittenBody* written = slot.written_body ? &*slot.written_body : nullptr;
            const std::vector<OutputFile> files =
                write(std::move(*slot.article), written, slot.diagnostics);
            write_files(root, files, slot.diagnostics, Sync::at_end);
        }
        const Diagnostics diagnostics =
            once_per_run(std::move(slot.diagnostics), once_per_run_codes, noted);
        sink(diagnostics);
        errors = errors || diagnostics.has_errors();
    });

    // Not by default: every file is already whole on disk or absent (renamed into place), and
    // waiting for the disk cost more than the conversion. `sync` is for a script that powers
    // off or snapshots the disk right after.
    if (where.sync && std::filesystem::exists(where.output)) {
        if (std::optional<Diagnostic> problem = sync_file_system(where.output)) {
            Diagnostics failed;
            failed.report(std::move(*problem));
            sink(failed);
            errors = true;
        }
    }
    return status_with(JobStatus::ok, errors);
}

}  // namespace folio
