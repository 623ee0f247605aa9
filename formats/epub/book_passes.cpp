#include "formats/epub/book_passes.hpp"

#include <atomic>
#include <exception>
#include <new>
#include <optional>
#include <stdexcept>
#include <utility>

#include "src/pipeline/read_article.hpp"
#include "src/check/mojibake_report.hpp"
#include "src/meta/article_language.hpp"
#include "src/text/language_tag.hpp"

namespace folio::epub {


MetadataPass read_metadata(const std::vector<std::string>& paths, const LoadOptions& load,
                           const PublicationRules& publication, const DiagnosticSink& report) {
    MetadataPass pass;
    LoadOptions metadata_load = load;
    metadata_load.read.body = false;
    // Only this hook writes stdin_text, and only for "-", which is read once (paths are unique).
    metadata_load.hook = [&pass, &publication](const SourceText& text, ArticleSlot& slot) {
        if (!slot.article) return;
        if (slot.path == "-") pass.stdin_text = text.text();
        // The chapter's own language from here on (empty: the book's), whichever the book's is.
        Meta& meta = slot.article->meta;
        if (!meta.language.empty() && language_tag(meta.language).empty()) {
            slot.diagnostics.report(text.diagnostic_at(
                Severity::warning, "epub.language",
                "language '" + meta.language +
                    "' is not a language tag like nl or en-GB (" +
                    language_tag_problem(meta.language) +
                    "); the chapter's language is detected from its text instead",
                language_key_position(slot.article->source)));
        }
        meta.language = article_language(meta, text.text());
        // Garbled text would reach the reader as it is: said once per chapter (an article left
        // out has none).
        if (unpublished(meta, publication) == Unpublished::no)
            report_mojibake(text, "epub.mojibake", MojibakeReports::once_per_article,
                            slot.diagnostics);
        // Held until its chapter is written, the last perhaps: only what the book shows, and
        // the keys that place the book in a series (belongs-to-collection).
        Map series;
        for (const char* key : {"series", "series_index", "weight"}) {
            if (const Value* value = find(meta.extra, key)) series.emplace_back(key, *value);
        }
        keep_typed_metadata_only(*slot.article);
        slot.article->meta.extra = std::move(series);
    };
    for_each_article(paths, metadata_load, [&](ArticleSlot& slot) {
        report(slot.diagnostics);
        pass.errors = pass.errors || slot.diagnostics.has_errors();
        if (!slot.article) return;
        if (const Unpublished why = unpublished(slot.article->meta, publication);
            why != Unpublished::no) {
            pass.left_out.add(why);
            return;
        }
        pass.languages.add(slot.article->meta.language);
        pass.articles.push_back(std::move(*slot.article));
    });
    return pass;
}

bool write_chapters(const LoadOptions& load, MetadataPass& first, EpubWriter& writer,
                    const DiagnosticSink& report) {
    bool errors = false;
    const std::size_t chapters = first.articles.size();
    // Standard input was read once, in pass 1: its chapter is made from the text kept then,
    // and the files are the other chapters, which keep their order.
    std::vector<Article> files = std::move(first.articles);
    std::optional<Article> from_stdin;
    std::size_t stdin_at = chapters;
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (files[i].source.path != "-") continue;
        from_stdin = std::move(files[i]);
        files.erase(files.begin() + static_cast<std::ptrdiff_t>(i));
        stdin_at = i;
        break;
    }
    const auto chapter_of = [stdin_at](std::size_t file) {
        return file < stdin_at ? file : file + 1;
    };
    struct Rendered {
        std::optional<RenderedChapter> chapter;
        std::exception_ptr failure;
    };
    // One entry per chapter, each written by the one worker that read its file and read here
    // after for_each_body has handed that file over (which orders the two).
    std::vector<Rendered> rendered(chapters);
    // An exception must not leave for_each_body while its workers wait for this thread to take
    // their files: the first one is kept, the rest of the files are skipped, and it is thrown
    // once the loader has finished.
    std::exception_ptr stopped;
    std::atomic<bool> stopping = false;
    std::size_t next = 0;
    LoadOptions body_load = load;
    body_load.hook = [&](const SourceText&, ArticleSlot& slot) {
        if (stopping) return;
        const std::size_t index = chapter_of(slot.index);
        try {
            rendered[index].chapter = writer.render_chapter(index, *slot.article, slot.diagnostics);
        } catch (...) {
            rendered[index].failure = std::current_exception();
        }
        slot.article.reset();
    };
    const auto add_on_this_thread = [&](Article& article, Diagnostics& diagnostics) {
        writer.add_chapter(writer.render_chapter(next, article, diagnostics));
        ++next;
        report(diagnostics);
        errors = errors || diagnostics.has_errors();
    };
    const auto add_stdin_if_next = [&] {
        if (!from_stdin || next != stdin_at) return;
        Diagnostics diagnostics;
        read_article_body(SourceText("-", std::move(first.stdin_text)), *from_stdin,
                          *load.read.formats, diagnostics);
        add_on_this_thread(*from_stdin, diagnostics);
    };
    const auto add_next = [&](ArticleSlot& slot) {
        if (chapter_of(slot.index) != next)
            throw std::logic_error("epub: chapters arrived out of book order");
        Rendered& result = rendered[next];
        if (result.failure) std::rethrow_exception(result.failure);
        if (result.chapter) {
            writer.add_chapter(std::move(*result.chapter));
            result.chapter.reset();
            ++next;
            report(slot.diagnostics);
            errors = errors || slot.diagnostics.has_errors();
        } else {
            // Not even the article was kept (memory ran out while it was being dropped): the
            // book cannot have its chapter, and stops as a run out of memory does.
            if (!slot.article) throw std::bad_alloc();
            // The file cannot be read now: its chapter keeps its metadata and place.
            add_on_this_thread(*slot.article, slot.diagnostics);
        }
        add_stdin_if_next();
    };
    try {
        add_stdin_if_next();
    } catch (...) {
        stopped = std::current_exception();
        stopping = true;
    }
    for_each_body(files, body_load, [&](ArticleSlot& slot) {
        if (stopping) return;
        try {
            add_next(slot);
        } catch (...) {
            stopped = std::current_exception();
            stopping = true;
        }
    });
    if (stopped) std::rethrow_exception(stopped);

    return errors;
}

}  // namespace folio::epub
