#include "formats/epub/build_book.hpp"

#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <exception>
#include <functional>
#include <map>
#include <set>
#include <stdexcept>
#include <thread>
#include <unordered_set>
#include <utility>

#include "formats/epub/book_passes.hpp"
#include "formats/epub/book_split.hpp"
#include "formats/epub/kobo_spans.hpp"
#include "formats/epub/split_books.hpp"
#include "src/highlight/code_highlighter.hpp"
#include "src/images/image_location.hpp"
#include "src/output/output_file.hpp"
#include "src/output/output_lock.hpp"
#include "src/output/output_place.hpp"
#include "src/output/resource_reader.hpp"
#include "src/text/ascii_case.hpp"
#include "src/text/language_tag.hpp"

namespace folio::epub {

namespace {

/// SOURCE_DATE_EPOCH, the reproducible-builds convention for "the time of this build".
std::optional<std::int64_t> source_date_epoch(const std::string& value, Diagnostics& diagnostics) {
    if (value.empty()) return std::nullopt;
    char* end = nullptr;
    const long long seconds = std::strtoll(value.c_str(), &end, 10);
    if (*end != '\0' || seconds < 0) {
        diagnostics.report(
            Diagnostic{Severity::warning,
                       "epub.source-date-epoch",
                       "SOURCE_DATE_EPOCH '" + value +
                           "' is not a number of seconds; the newest article date is used",
                       "",
                       0,
                       0,
                       {}});
        return std::nullopt;
    }
    return seconds;
}

/// A failed write to the book's temporary file, raised inside the ZIP writer's sink.
struct BookWriteFailed : std::runtime_error {
    explicit BookWriteFailed(Diagnostic d)
        : std::runtime_error(d.message), diagnostic(std::move(d)) {}
    Diagnostic diagnostic;
};

/// What the articles say about the whole book: its subjects (categories and tags, each once
/// whatever its case), the series when every article names the same one (with its place when
/// the book is a single article that gives `series_index` or `weight`), and whether it has
/// several authors.
void settle_collection(const std::vector<Article>& articles, BookSettings& settings) {
    std::unordered_set<std::string> seen;
    std::unordered_set<std::string> authors;
    for (const Article& article : articles) {
        for (const auto* terms : {&article.meta.categories, &article.meta.tags}) {
            for (const std::string& term : *terms) {
                if (!term.empty() && seen.insert(ascii_lower(term)).second)
                    settings.subjects.push_back(term);
            }
        }
        for (const std::string& author : article.meta.authors) authors.insert(author);
    }
    settings.chapter_authors = authors.size() > 1;
    if (articles.empty()) return;
    const std::string series = series_of(articles.front().meta);
    for (const Article& article : articles) {
        if (series.empty() || ascii_lower(series_of(article.meta)) != ascii_lower(series)) return;
    }
    settings.series = series;
    if (articles.size() != 1) return;
    for (const char* key : {"series_index", "weight"}) {
        const Value* value = find(articles.front().meta.extra, key);
        if (value == nullptr) continue;
        if (const auto* number = std::get_if<std::int64_t>(&value->data)) {
            settings.series_position = *number;
            return;
        }
    }
}

/// The book's title, author and language from `job`, else from the articles (with a note).
void settle_book_settings(const BookJob& job, const MetadataPass& first, BookSettings& settings,
                          Diagnostics& notes) {
    // One book of several: its notes say which.
    const std::string book =
        settings.identifier_group.empty() ? std::string() : job.output + ": ";
    const std::vector<Article>& articles = first.articles;
    settings.title = job.title;
    if (settings.title.empty()) {
        settings.title = articles.size() == 1 ? articles.front().meta.title : "Articles";
        notes.report(run_note(
            "epub.title",
            book + "no --title and no title in folio.toml; the book is called '" + settings.title + "'"));
    }
    settings.author = job.author;
    settle_collection(articles, settings);
    settings.language = language_tag(job.language);
    if (settings.language.empty()) {
        std::size_t votes = 0;
        settings.language = first.languages.winner(&votes);
        if (settings.language.empty()) {
            settings.language = "en";
            notes.report(run_note("epub.language",
                              book + "no language given and none detected in the text; "
                              "the book is marked 'en' (use --language)"));
        } else {
            notes.report(run_note("epub.language",
                              book + "book language '" + settings.language + "', that of most articles (" +
                                  std::to_string(votes) + " of " + std::to_string(articles.size()) +
                                  " articles); use --language to set it"));
        }
    }
}

/// Write errors, zlib failures and out-of-memory arrive as exceptions from the writer: one
/// error diagnostic, and the output file is left as it was (it is only ever replaced whole).
JobStatus guarded(const std::string& output, const DiagnosticSink& report,
                  const std::function<JobStatus()>& work) {
    try {
        return work();
    } catch (const BookWriteFailed& failure) {
        Diagnostics diagnostics;
        diagnostics.report(failure.diagnostic);
        report(diagnostics);
        return JobStatus::input_errors;
    } catch (const std::exception& failure) {
        Diagnostics diagnostics;
        diagnostics.report(
            Diagnostic{Severity::error,
                       "epub.write",
                       output + ": the book could not be built: " + failure.what(),
                       "",
                       0,
                       0,
                       {}});
        report(diagnostics);
        return JobStatus::input_errors;
    }
}

JobStatus write_unguarded(const BookJob& job, const LoadOptions& load, MetadataPass& first,
                          BookSettings settings, const DiagnosticSink& report) {
    Diagnostics book_notes;
    settle_book_settings(job, first, settings, book_notes);
    settings.has_static_dir = !job.static_dir.empty();
    settings.locate_image = [static_dir = job.static_dir](std::string_view reference,
                                                          std::string_view article_path) {
        return resolve_local_image(reference, article_path, static_dir);
    };
    // libcurl is initialised only when images are to be downloaded.
    std::optional<UrlFetcher> fetcher;
    if (job.fetch_images) {
        fetcher.emplace(job.fetch_images->cache_dir, job.fetch_images->limits);
        settings.fetch_image = [&fetcher](std::string_view url) {
            FetchedFile file = fetcher->fetch(url);
            return FetchedImage{std::move(file.path), std::move(file.problem)};
        };
    }
    settings.base_url = job.base_url;
    settings.cover_path = job.cover;
    settings.modified = source_date_epoch(job.source_date_epoch, book_notes);
    settings.time_zone = job.time_zone;
    settings.notes = job.notes;
    settings.description = job.description;
    settings.highlight_code = job.highlight_code;
    settings.kobo = job.kobo;
    settings.threads = load.threads != 0 ? load.threads : std::thread::hardware_concurrency();

    std::vector<ChapterPlan> plan =
        plan_chapters(first.articles, job.order, job.group_by, job.time_zone);

    // The book goes straight into a temporary file next to the output, renamed when complete.
    AtomicFile output(job.output);
    if (std::optional<Diagnostic> failed = output.open()) {
        book_notes.report(std::move(*failed));
        report(book_notes);
        return JobStatus::input_errors;
    }
    const DiskResourceReader resources(load.max_image_size);
    EpubWriter writer(
        std::move(settings), std::move(plan), resources,
        [&output](std::string_view bytes) {
            if (std::optional<Diagnostic> failed = output.write(bytes))
                throw BookWriteFailed(std::move(*failed));
        },
        book_notes);
    report(book_notes);
    bool errors = book_notes.has_errors();

    errors = write_chapters(load, first, writer, report) || errors;
    writer.finish();
    if (const std::optional<Diagnostic> failed = output.commit()) {
        Diagnostics out;
        out.report(*failed);
        report(out);
        return JobStatus::input_errors;
    }
    return status_with(JobStatus::ok, errors);
}

JobStatus build(const BookJob& job, const LoadOptions& load, const DiagnosticSink& report) {
    // Before anything is read: `folio epub posts -o posts/x.md` overwrote that source.
    const OutputShape shape = job.split_by == SplitBy::none ? OutputShape::file : OutputShape::folder;
    if (auto problem = output_place_problem(job.inputs, job.output, shape)) {
        Diagnostics usage;
        usage.report(std::move(*problem));
        report(usage);
        return JobStatus::usage;
    }
    if (job.split_by != SplitBy::none && job.output == "-") {
        Diagnostics usage;
        usage.report(Diagnostic{Severity::error, "epub.split",
                                "--split-by writes several books into a folder: -o must name "
                                "one, not standard output",
                                "", 0, 0, {}});
        report(usage);
        return JobStatus::usage;
    }
    // A tag that is none would make a book that fails epubcheck: a mistake in the settings,
    // refused before anything is read.
    if (!job.language.empty() && language_tag(job.language).empty()) {
        Diagnostics usage;
        usage.report(Diagnostic{Severity::error,
                                "epub.language",
                                "language '" + job.language +
                                    "' is not a BCP 47 language tag like nl or en-GB: " +
                                    language_tag_problem(job.language),
                                "",
                                0,
                                0,
                                {}});
        report(usage);
        return JobStatus::usage;
    }
    // One run at a time per book: two raced their renames.
    Result<OutputLock> lock = OutputLock::take(job.output, shape);
    if (!lock) {
        Diagnostics locked;
        locked.report(lock.error());
        report(locked);
        return JobStatus::input_errors;
    }
    Diagnostics inputs;
    std::vector<std::string> paths = collect_inputs(job.inputs, inputs);
    {
        // A file named twice is one chapter (standard input too: it can only be read once).
        std::set<std::string> seen;
        std::erase_if(paths,
                      [&seen](const std::string& path) { return !seen.insert(path).second; });
    }
    report(inputs);
    bool errors = inputs.has_errors();

    PublicationRules publication = job.publication;
    publication.zone = job.time_zone;
    MetadataPass first = read_metadata(paths, load, publication, report);
    errors = errors || first.errors;
    if (errors && load.fail_fast) return JobStatus::input_errors;

    if (first.articles.empty()) {
        // A book without chapters has an empty table of contents, which EPUB does not allow.
        Diagnostics none;
        none.report(Diagnostic{
            Severity::error,
            "epub.empty",
            "no articles to put in the book" +
                (first.left_out.total() > 0 ? ": " + first.left_out.note() : std::string()) + "; " +
                job.output + " is not written",
            "",
            0,
            0,
            {}});
        report(none);
        return JobStatus::input_errors;
    }
    if (first.left_out.total() > 0) {
        Diagnostics left_out;
        left_out.report(run_note("epub.unpublished", first.left_out.note()));
        report(left_out);
    }
    const JobStatus written = job.split_by != SplitBy::none
                                  ? write_split_books(job, load, first, errors, report)
                                  : write_book(job, load, first, BookSettings{}, report);
    // Said once for the run, however many books it wrote.
    if (std::optional<Diagnostic> unhighlighted = highlighter_unavailable_note()) {
        Diagnostics missing;
        missing.report(std::move(*unhighlighted));
        report(missing);
    }
    return status_with(written, errors);
}

}  // namespace

JobStatus write_book(const BookJob& job, const LoadOptions& load, MetadataPass& first,
                     BookSettings settings, const DiagnosticSink& report) {
    return guarded(job.output, report, [&] {
        return write_unguarded(job, load, first, std::move(settings), report);
    });
}

JobStatus build_book(const BookJob& job, const LoadOptions& load, const DiagnosticSink& report) {
    if (job.kobo && job.split_by == SplitBy::none && kobo_file_name(job.output) != job.output) {
        // Kobo readers open a book with their own engine (the one the spans are for) only
        // when its name ends in .kepub.epub.
        BookJob kepub = job;
        kepub.output = kobo_file_name(job.output);
        Diagnostics renamed;
        renamed.report(run_note("epub.kobo", "--kobo: the book is written as " + kepub.output +
                                             ", the name Kobo readers take a kepub by"));
        report(renamed);
        return guarded(kepub.output, report, [&] { return build(kepub, load, report); });
    }
    return guarded(job.output, report, [&] { return build(job, load, report); });
}

std::optional<ChapterOrder> chapter_order_named(std::string_view name) {
    if (name == "date") return ChapterOrder::date;
    if (name == "-date") return ChapterOrder::date_descending;
    if (name == "title") return ChapterOrder::title;
    if (name == "path") return ChapterOrder::path;
    return std::nullopt;
}

std::optional<GroupBy> group_by_named(std::string_view name) {
    if (name == "none") return GroupBy::none;
    if (name == "category") return GroupBy::category;
    if (name == "tag") return GroupBy::tag;
    return std::nullopt;
}

}  // namespace folio::epub
