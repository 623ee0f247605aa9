#include <malloc.h>
#include <CLI/CLI.hpp>

#include <cstdlib>
#include <memory>
#include <optional>

#include "cli/commands.hpp"
#include "cli/epub_options.hpp"
#include "cli/fetch_options.hpp"
#include "formats/epub/build_book.hpp"
#include "src/diagnostics/usage_error.hpp"

namespace folio::cli {

namespace {

struct EpubCommandOptions {
    CommonOptions common;
    epub::BookJob job;  ///< as given; run_epub fills in folio.toml's defaults
    std::string order = "date";
    std::string group_by = "none";
    std::string notes = "footnotes";
    std::string split_by = "none";
    bool no_others = false;
    std::vector<std::string> group_titles;
    std::string time_zone;
    FetchOptions fetch;
};

int run_epub(const EpubCommandOptions& options) {
    // glibc raises its mmap threshold each time a large block is freed, after which large
    // buffers (chapters, images) come from the heap between small long-lived allocations and
    // freed memory is never given back. A fixed threshold keeps each in its own mapping.
    // Process-wide, so the program sets it, not the library (formats/epub/build_book.hpp).
    mallopt(M_MMAP_THRESHOLD, 256 * 1024);
    Diagnostics setup;
    Config config;
    std::optional<LoadOptions> load = prepare(options.common, config, setup);
    if (!load) {
        print_diagnostics(setup);
        return kExitUsage;
    }
    epub::BookJob job = options.job;
    const std::string zone_name = options.time_zone.empty() ? config.time_zone : options.time_zone;
    const std::optional<TimeZone> zone = TimeZone::parse(zone_name);
    ResolvedFetch fetch = resolve_fetch_options(options.fetch);
    if (!zone)
        setup.report(usage_error("epub.time-zone", time_zone_problem(zone_name)));
    else if (fetch.problem)
        setup.report(std::move(*fetch.problem));
    else if (fetch.downloads)
        job.fetch_images = epub::ImageFetching{fetch.downloads->cache_dir, fetch.downloads->limits};
    std::optional<Diagnostic> titles_problem;
    job.group_titles = group_titles_from(options.group_titles, titles_problem);
    if (titles_problem) setup.report(std::move(*titles_problem));
    print_diagnostics(setup);
    if (setup.has_errors()) return kExitUsage;

    job.time_zone = *zone;
    job.publication.now = build_time();
    if (job.title.empty()) job.title = config.title;
    if (job.author.empty()) job.author = config.author;
    if (job.language.empty()) job.language = config.language;
    if (job.static_dir.empty()) job.static_dir = config.static_dir;
    job.base_url = config.base_url;
    job.order = epub::chapter_order_named(options.order).value_or(epub::ChapterOrder::date);
    job.group_by = epub::group_by_named(options.group_by).value_or(epub::GroupBy::none);
    job.others = !options.no_others;
    job.split_by = epub::split_by_named(options.split_by).value_or(epub::SplitBy::none);
    job.notes = options.notes == "endnotes" ? epub::NoteStyle::endnotes : epub::NoteStyle::footnotes;
    // The reproducible-builds convention for "the time of this build" (dcterms:modified).
    if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH")) job.source_date_epoch = epoch;
    return static_cast<int>(epub::build_book(job, *load, print_diagnostics));
}

}  // namespace

Runner add_epub_command(CLI::App& app) {
    auto options = std::make_shared<EpubCommandOptions>();
    epub::BookJob& job = options->job;
    CLI::App* command =
        app.add_subcommand("epub", "Write articles as one EPUB 3 book, a chapter each");
    command
        ->add_option("inputs", job.inputs,
                     kInputsHelp)
        ->required();
    command->add_option("-o,--output", job.output, "The EPUB file to write; - for standard output; with --split-by, the folder")
        ->required();
    command->add_option("--title", job.title, "Book title (default: title in folio.toml)");
    command->add_option("--author", job.author, "Book author (default: author in folio.toml)");
    command->add_option("--language", job.language,
                        "Book language, a BCP 47 tag like nl or en-GB (default: folio.toml, else "
                        "the language most articles are in); each chapter keeps its own");
    command->add_option("--cover", job.cover, "Cover image (PNG, JPEG, GIF, WebP or SVG)");
    command->add_option("--static", job.static_dir,
                        "Folder where site-absolute image paths (/blog/images/x.png) resolve "
                        "(default: static in folio.toml)");
    command
        ->add_option("--order", options->order,
                     "Chapter order: date (oldest first), -date, title or path")
        ->check(CLI::IsMember({"date", "-date", "title", "path"}));
    add_publication_options(*command, job.publication);
    command->add_option("--time-zone", options->time_zone,
                        "Zone of dates without an offset, for the order and dcterms:modified: "
                        "UTC, +01:00 or an IANA name like Europe/Amsterdam (default: time_zone "
                        "in folio.toml, else UTC)");
    add_fetch_options(*command, options->fetch);
    command
        ->add_option("--group-by", options->group_by,
                     "Group the table of contents by first category or tag: category, tag or none")
        ->check(CLI::IsMember({"category", "tag", "none"}));
    add_book_options(*command, job, options->notes);
    add_split_options(*command, job, options->split_by, options->no_others, options->group_titles);
    add_common_options(*command, options->common);
    return [options] { return run_epub(*options); };
}

}  // namespace folio::cli
