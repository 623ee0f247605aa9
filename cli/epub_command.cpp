#include <malloc.h>
#include <CLI/CLI.hpp>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <iostream>
#include <map>
#include <set>
#include <stdexcept>
#include <thread>
#include <unordered_map>

#include "src/images/image_location.hpp"
#include "cli/commands.hpp"
#include "formats/epub/epub_writer.hpp"
#include "src/output/output_file.hpp"
#include "src/output/resource_reader.hpp"
#include "src/output/url_fetcher.hpp"
#include "src/pipeline/read_article.hpp"
#include "src/text/language_detect.hpp"
#include "src/text/time_zone.hpp"

namespace folio::cli {

namespace {

struct EpubCommandOptions {
    CommonOptions common;
    std::vector<std::string> inputs;
    std::string output;
    std::string title;
    std::string author;
    std::string language;
    std::string cover;
    std::string static_dir;
    std::string order = "date";
    std::string group_by = "none";
    bool drafts = false;
    std::string time_zone;
    bool fetch_images = false;
    std::string image_cache;
    double fetch_timeout = 10;
    std::string fetch_max_size = "10M";
};

Diagnostic note(std::string code, std::string message) {
    return Diagnostic{Severity::note, std::move(code), std::move(message), "", 0, 0, {}};
}

/// SOURCE_DATE_EPOCH, the reproducible-builds convention for "the time of this build".
std::optional<std::int64_t> source_date_epoch(Diagnostics& diagnostics) {
    const char* value = std::getenv("SOURCE_DATE_EPOCH");
    if (value == nullptr || *value == '\0') return std::nullopt;
    char* end = nullptr;
    const long long seconds = std::strtoll(value, &end, 10);
    if (*end != '\0' || seconds < 0) {
        diagnostics.report(
            Diagnostic{Severity::warning,
                       "epub.source-date-epoch",
                       std::string("SOURCE_DATE_EPOCH '") + value +
                           "' is not a number of seconds; the newest article date is used",
                       "",
                       0,
                       0,
                       {}});
        return std::nullopt;
    }
    return seconds;
}

/// The most frequent entry of `votes`, ties going to the alphabetically first.
std::string majority(const std::map<std::string, std::size_t>& votes,
                     std::size_t* count = nullptr) {
    std::string best;
    std::size_t best_count = 0;
    for (const auto& [tag, n] : votes) {
        if (n > best_count) {
            best = tag;
            best_count = n;
        }
    }
    if (count != nullptr) *count = best_count;
    return best;
}

epub::ChapterOrder parse_order(const std::string& name) {
    if (name == "-date") return epub::ChapterOrder::date_descending;
    if (name == "title") return epub::ChapterOrder::title;
    if (name == "path") return epub::ChapterOrder::path;
    return epub::ChapterOrder::date;
}

epub::GroupBy parse_group_by(const std::string& name) {
    if (name == "category") return epub::GroupBy::category;
    if (name == "tag") return epub::GroupBy::tag;
    return epub::GroupBy::none;
}

/// A failed write to the book's temporary file, raised inside the ZIP writer's sink.
struct BookWriteFailed : std::runtime_error {
    explicit BookWriteFailed(Diagnostic d)
        : std::runtime_error(d.message), diagnostic(std::move(d)) {}
    Diagnostic diagnostic;
};

/// `10M`, `512K`, `2000`: a size in bytes; empty when it is not one.
std::optional<std::uint64_t> parse_size(const std::string& text) {
    if (text.empty()) return std::nullopt;
    char* end = nullptr;
    errno = 0;
    const unsigned long long number = std::strtoull(text.c_str(), &end, 10);
    if (errno != 0 || end == text.c_str()) return std::nullopt;
    const std::string unit(end);
    if (unit.empty() || unit == "B") return number;
    if (unit == "K" || unit == "KB") return number * 1024;
    if (unit == "M" || unit == "MB") return number * 1024 * 1024;
    return std::nullopt;
}

/// What the first, metadata-only pass learns about the inputs.
struct MetadataPass {
    std::vector<Article> articles;  ///< those for the book, typed metadata only
    std::map<std::string, std::size_t> front_matter_languages;  ///< votes for the book language
    std::map<std::string, std::size_t> detected_languages;
    std::size_t drafts = 0;  ///< left out
    std::string stdin_text;  ///< standard input cannot be read twice
    bool errors = false;
};

/// Pass 1: metadata only (no body is parsed unless the title must come from its first heading).
/// The order needs every article's date; pass 2 reads only the bodies, in book order, and keeps
/// this pass's metadata and slugs. Prints the diagnostics of every file as it goes.
MetadataPass read_metadata(const std::vector<std::string>& paths, const LoadOptions& load,
                           bool detect, bool include_drafts) {
    MetadataPass pass;
    LoadOptions metadata_load = load;
    metadata_load.read.body = false;
    // Only this hook writes stdin_text, and only for "-", which is read once (paths are unique).
    metadata_load.hook = [detect, &pass](const SourceText& text, ArticleSlot& slot) {
        if (!slot.article) return;
        if (slot.path == "-") pass.stdin_text = text.text();
        if (detect && slot.article->meta.language.empty())
            slot.output = detect_language(language_sample(text.text())).tag;
        // Held until its chapter is written, the last perhaps: only what the book shows.
        keep_typed_metadata_only(*slot.article);
    };
    for_each_article(paths, metadata_load, [&](ArticleSlot& slot) {
        print_diagnostics(slot.diagnostics);
        pass.errors = pass.errors || slot.diagnostics.has_errors();
        if (!slot.article) return;
        if (slot.article->meta.draft && !include_drafts) {
            ++pass.drafts;
            return;
        }
        if (!slot.article->meta.language.empty())
            ++pass.front_matter_languages[slot.article->meta.language];
        if (!slot.output.empty()) ++pass.detected_languages[slot.output];
        pass.articles.push_back(std::move(*slot.article));
    });
    return pass;
}

/// Pass 2: the bodies of `first.articles`, which are in book order. Each chapter is rendered
/// and compressed on the worker thread that read its body; this thread only hands finished
/// chapters to the writer, in order. Prints each article's new diagnostics (the body's: pass 1
/// printed the rest); returns whether any was an error. Throws what the writer throws (a
/// failed write), once the loader has stopped.
bool write_chapters(const LoadOptions& load, MetadataPass& first, epub::EpubWriter& writer) {
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
        std::optional<epub::RenderedChapter> chapter;
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
        print_diagnostics(diagnostics);
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
            print_diagnostics(slot.diagnostics);
            errors = errors || slot.diagnostics.has_errors();
        } else {
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

int build_book(const EpubCommandOptions& options) {
    // glibc raises its mmap threshold each time a large block is freed, after which large
    // buffers (chapters, images) come from the heap between small long-lived allocations and
    // freed memory is never given back. A fixed threshold keeps each in its own mapping.
    mallopt(M_MMAP_THRESHOLD, 256 * 1024);
    Diagnostics setup;
    Config config;
    std::optional<LoadOptions> load = prepare(options.common, config, setup);
    if (!load) {
        print_diagnostics(setup);
        return kExitUsage;
    }
    const std::string zone_name = options.time_zone.empty() ? config.time_zone : options.time_zone;
    const std::optional<TimeZone> zone = TimeZone::parse(zone_name);
    if (!zone) {
        setup.report(Diagnostic{Severity::error, "epub.time-zone", time_zone_problem(zone_name),
                                "", 0, 0, {}});
        print_diagnostics(setup);
        return kExitUsage;
    }
    const std::optional<std::uint64_t> fetch_max_bytes = parse_size(options.fetch_max_size);
    if (!fetch_max_bytes || *fetch_max_bytes == 0 || options.fetch_timeout <= 0) {
        setup.report(Diagnostic{Severity::error, "usage.fetch",
                                !fetch_max_bytes || *fetch_max_bytes == 0
                                    ? "--fetch-max-size '" + options.fetch_max_size +
                                          "' is not a size like 10M, 512K or 20000"
                                    : std::string("--fetch-timeout must be above 0 seconds"),
                                "", 0, 0, {}});
        print_diagnostics(setup);
        return kExitUsage;
    }
    std::filesystem::path image_cache = options.image_cache;
    if (options.fetch_images && image_cache.empty()) {
        image_cache = UrlFetcher::default_cache_dir();
        if (image_cache.empty()) {
            setup.report(Diagnostic{Severity::error, "usage.fetch",
                                    "--fetch-images needs --image-cache: neither XDG_CACHE_HOME "
                                    "nor HOME is set",
                                    "", 0, 0, {}});
            print_diagnostics(setup);
            return kExitUsage;
        }
    }
    const bool detect = options.language.empty() && config.language.empty();
    std::vector<std::string> paths = collect_inputs(options.inputs, setup);
    {
        // A file named twice is one chapter (standard input too: it can only be read once).
        std::set<std::string> seen;
        std::erase_if(paths,
                      [&seen](const std::string& path) { return !seen.insert(path).second; });
    }
    print_diagnostics(setup);
    bool errors = setup.has_errors();

    MetadataPass first = read_metadata(paths, *load, detect, options.drafts);
    errors = errors || first.errors;
    std::vector<Article>& articles = first.articles;
    const std::size_t drafts = first.drafts;
    if (errors && options.common.fail_fast) return kExitInputErrors;

    if (articles.empty()) {
        // A book without chapters has an empty table of contents, which EPUB does not allow.
        Diagnostics none;
        none.report(
            Diagnostic{Severity::error,
                       "epub.empty",
                       "no articles to put in the book" +
                           std::string(drafts > 0 ? " (only drafts: --drafts includes them)" : "") +
                           "; " + options.output + " is not written",
                       "",
                       0,
                       0,
                       {}});
        print_diagnostics(none);
        return kExitInputErrors;
    }
    Diagnostics book_notes;
    if (drafts > 0) {
        book_notes.report(note("epub.drafts", std::to_string(drafts) + " draft" +
                                                  (drafts == 1 ? "" : "s") +
                                                  " left out (--drafts includes them)"));
    }
    epub::BookSettings settings;
    settings.title = !options.title.empty() ? options.title : config.title;
    if (settings.title.empty()) {
        settings.title = articles.size() == 1 ? articles.front().meta.title : "Articles";
        book_notes.report(note(
            "epub.title",
            "no --title and no title in folio.toml; the book is called '" + settings.title + "'"));
    }
    settings.author = !options.author.empty() ? options.author : config.author;
    settings.language = !options.language.empty() ? options.language : config.language;
    if (settings.language.empty()) settings.language = majority(first.front_matter_languages);
    if (settings.language.empty()) {
        std::size_t votes = 0;
        settings.language = majority(first.detected_languages, &votes);
        if (settings.language.empty()) {
            settings.language = "en";
            book_notes.report(note("epub.language",
                                   "no language given and none detected in the text; "
                                   "the book is marked 'en' (use --language)"));
        } else {
            book_notes.report(note("epub.language", "book language '" + settings.language +
                                                        "' detected from the text (" +
                                                        std::to_string(votes) + " of " +
                                                        std::to_string(articles.size()) +
                                                        " articles); use --language to set it"));
        }
    }
    const std::string static_dir =
        !options.static_dir.empty() ? options.static_dir : config.static_dir;
    settings.has_static_dir = !static_dir.empty();
    settings.locate_image = [static_dir](std::string_view reference,
                                         std::string_view article_path) {
        return resolve_local_image(reference, article_path, static_dir);
    };
    std::optional<UrlFetcher> fetcher;
    if (options.fetch_images) {
        fetcher.emplace(image_cache,
                        FetchLimits{std::chrono::milliseconds(static_cast<std::int64_t>(
                                        options.fetch_timeout * 1000.0)),
                                    *fetch_max_bytes});
        settings.fetch_image = [&fetcher](std::string_view url) {
            FetchedFile file = fetcher->fetch(url);
            return epub::FetchedImage{std::move(file.path), std::move(file.problem)};
        };
    }
    settings.base_url = config.base_url;
    settings.cover_path = options.cover;
    settings.modified = source_date_epoch(book_notes);
    settings.time_zone = *zone;
    settings.threads = load->threads != 0 ? load->threads : std::thread::hardware_concurrency();

    std::vector<epub::ChapterPlan> plan = epub::plan_chapters(
        articles, parse_order(options.order), parse_group_by(options.group_by), *zone);

    // The book goes straight into a temporary file next to the output, renamed when complete.
    AtomicFile output(options.output);
    if (std::optional<Diagnostic> failed = output.open()) {
        book_notes.report(std::move(*failed));
        print_diagnostics(book_notes);
        return kExitInputErrors;
    }
    const DiskResourceReader resources;
    epub::EpubWriter writer(
        std::move(settings), std::move(plan), resources,
        [&output](std::string_view bytes) {
            if (std::optional<Diagnostic> failed = output.write(bytes))
                throw BookWriteFailed(std::move(*failed));
        },
        book_notes);
    print_diagnostics(book_notes);
    errors = errors || book_notes.has_errors();

    errors = write_chapters(*load, first, writer) || errors;
    writer.finish();
    if (const std::optional<Diagnostic> failed = output.commit()) {
        Diagnostics out;
        out.report(*failed);
        print_diagnostics(out);
        return kExitInputErrors;
    }
    return errors ? kExitInputErrors : kExitOk;
}

/// Write errors, zlib failures and out-of-memory arrive as exceptions from the writer: one
/// error line, and the output file is left as it was (it is only ever replaced whole).
int run_epub(const EpubCommandOptions& options) {
    try {
        return build_book(options);
    } catch (const BookWriteFailed& failure) {
        Diagnostics diagnostics;
        diagnostics.report(failure.diagnostic);
        print_diagnostics(diagnostics);
        return kExitInputErrors;
    } catch (const std::exception& failure) {
        Diagnostics diagnostics;
        diagnostics.report(
            Diagnostic{Severity::error,
                       "epub.write",
                       options.output + ": the book could not be built: " + failure.what(),
                       "",
                       0,
                       0,
                       {}});
        print_diagnostics(diagnostics);
        return kExitInputErrors;
    }
}

}  // namespace

Runner add_epub_command(CLI::App& app) {
    auto options = std::make_shared<EpubCommandOptions>();
    CLI::App* command =
        app.add_subcommand("epub", "Write articles as one EPUB 3 book, a chapter each");
    command->add_option("inputs", options->inputs, "Markdown files or directories; - reads one article from standard input")->required();
    command->add_option("-o,--output", options->output, "The EPUB file to write")->required();
    command->add_option("--title", options->title, "Book title (default: title in folio.toml)");
    command->add_option("--author", options->author, "Book author (default: author in folio.toml)");
    command->add_option("--language", options->language,
                        "Book language, BCP 47 (default: folio.toml, the articles' front matter, "
                        "else detected from the text)");
    command->add_option("--cover", options->cover, "Cover image (PNG, JPEG, GIF, WebP or SVG)");
    command->add_option("--static", options->static_dir,
                        "Folder where site-absolute image paths (/blog/images/x.png) resolve "
                        "(default: static in folio.toml)");
    command
        ->add_option("--order", options->order,
                     "Chapter order: date (oldest first), -date, title or path")
        ->check(CLI::IsMember({"date", "-date", "title", "path"}));
    command->add_flag("--drafts", options->drafts, "Include drafts (left out by default)");
    command->add_option("--time-zone", options->time_zone,
                        "Zone of dates without an offset, for the order and dcterms:modified: "
                        "UTC, +01:00 or an IANA name like Europe/Amsterdam (default: time_zone "
                        "in folio.toml, else UTC)");
    command->add_flag("--fetch-images", options->fetch_images,
                      "Download remote images (http, https) and embed them; a failed download "
                      "is a warning and the image stays a link");
    command->add_option("--image-cache", options->image_cache,
                        "Folder for downloaded images, reused by later runs (default: "
                        "$XDG_CACHE_HOME/folio/images or ~/.cache/folio/images)");
    command->add_option("--fetch-timeout", options->fetch_timeout,
                        "Seconds one download may take, connecting included (default: 10)");
    command->add_option("--fetch-max-size", options->fetch_max_size,
                        "Largest image downloaded: bytes, or with K or M (default: 10M)");
    command
        ->add_option("--group-by", options->group_by,
                     "Group the table of contents by first category or tag: category, tag or none")
        ->check(CLI::IsMember({"category", "tag", "none"}));
    add_common_options(*command, options->common);
    return [options] { return run_epub(*options); };
}

}  // namespace folio::cli
