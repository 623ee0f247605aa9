#include <malloc.h>
#include <CLI/CLI.hpp>

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <map>
#include <set>

#include "check/lint.hpp"
#include "cli/commands.hpp"
#include "formats/epub/epub_writer.hpp"
#include "output/output_file.hpp"
#include "output/resource_reader.hpp"
#include "text/language_detect.hpp"

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

int build_book(const EpubCommandOptions& options) {
    // glibc raises its mmap threshold each time a large block is freed, after which the
    // compressed chunks of the book (a few MB each, kept until the end) come from the heap,
    // between small long-lived allocations, and freed memory is never given back. A fixed
    // threshold keeps every large buffer in its own mapping: peak memory for 10,000 articles
    // drops by about a third.
    mallopt(M_MMAP_THRESHOLD, 256 * 1024);
    Diagnostics setup;
    Config config;
    std::optional<LoadOptions> load = prepare(options.common, config, setup);
    if (!load) {
        print_diagnostics(setup);
        return kExitUsage;
    }
    const bool detect = options.language.empty() && config.language.empty();
    std::vector<std::string> paths = collect_inputs(options.inputs, setup);
    {
        // A file named twice is one chapter.
        std::set<std::string> seen;
        std::erase_if(paths,
                      [&seen](const std::string& path) { return !seen.insert(path).second; });
    }
    if (std::find(paths.begin(), paths.end(), "-") != paths.end()) {
        setup.report(Diagnostic{Severity::error,
                                "usage.stdin",
                                "epub reads its inputs twice (to sort the book, then to write it), "
                                "so standard input ('-') cannot be one of them",
                                "",
                                0,
                                0,
                                {}});
        print_diagnostics(setup);
        return kExitUsage;
    }
    print_diagnostics(setup);
    bool errors = setup.has_errors();

    // Pass 1: metadata only. The order needs every article's date, but bodies are dropped on the
    // workers right after reading, so memory stays small; pass 2 reads them again in book order.
    LoadOptions metadata_load = *load;
    metadata_load.hook = [detect](const SourceText& text, ArticleSlot& slot) {
        if (!slot.article) return;
        if (detect && slot.article->meta.language.empty())
            slot.output = detect_language(text.text()).tag;
        // Ordering needs only the typed metadata: the rest is read again in pass 2.
        Blocks().swap(slot.article->body);
        std::vector<Footnote>().swap(slot.article->footnotes);
        Map().swap(slot.article->meta.extra);
        decltype(slot.article->source.key_positions)().swap(slot.article->source.key_positions);
    };
    std::vector<Article> articles;
    std::map<std::string, std::size_t> front_matter_languages;
    std::map<std::string, std::size_t> detected_languages;
    std::size_t drafts = 0;
    for_each_article(paths, metadata_load, [&](ArticleSlot& slot) {
        print_diagnostics(slot.diagnostics);
        errors = errors || slot.diagnostics.has_errors();
        if (!slot.article) return;
        if (slot.article->meta.draft && !options.drafts) {
            ++drafts;
            return;
        }
        if (!slot.article->meta.language.empty())
            ++front_matter_languages[slot.article->meta.language];
        if (!slot.output.empty()) ++detected_languages[slot.output];
        articles.push_back(std::move(*slot.article));
    });
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
    if (settings.language.empty()) settings.language = majority(front_matter_languages);
    if (settings.language.empty()) {
        std::size_t votes = 0;
        settings.language = majority(detected_languages, &votes);
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
    settings.base_url = config.base_url;
    settings.cover_path = options.cover;
    settings.modified = source_date_epoch(book_notes);

    std::vector<epub::ChapterPlan> plan =
        epub::plan_chapters(articles, parse_order(options.order), parse_group_by(options.group_by));
    const DiskResourceReader resources;
    epub::EpubWriter writer(std::move(settings), plan, resources, book_notes);
    print_diagnostics(book_notes);
    errors = errors || book_notes.has_errors();

    // Pass 2: bodies in book order, each rendered into its chapter and dropped. The metadata of
    // pass 1 is not needed any more: the plan has what pass 2 must keep.
    std::vector<Article>().swap(articles);
    std::vector<std::string> ordered;
    ordered.reserve(plan.size());
    for (const epub::ChapterPlan& chapter : plan) ordered.push_back(chapter.source_path);
    LoadOptions body_load = *load;
    body_load.hook = [](const SourceText&, ArticleSlot& slot) {
        // Pass 1 reported these already.
        slot.diagnostics = Diagnostics();
    };
    std::size_t next = 0;
    for_each_article(ordered, body_load, [&](ArticleSlot& slot) {
        const epub::ChapterPlan& chapter = plan[next++];
        if (!slot.article) {
            // The file changed between the passes: its chapter keeps its title and place.
            slot.article.emplace();
            slot.article->meta.title = chapter.title;
            slot.article->source.path = chapter.source_path;
        }
        // Slugs were resolved in pass 1 over every input, drafts included: keep those.
        slot.article->slug = chapter.slug;
        writer.add_chapter(*slot.article, slot.diagnostics);
        slot.article.reset();
        print_diagnostics(slot.diagnostics);
        errors = errors || slot.diagnostics.has_errors();
    });

    const std::string bytes = writer.finish();
    if (const std::optional<Diagnostic> failed = write_file_atomically(options.output, bytes)) {
        Diagnostics out;
        out.report(*failed);
        print_diagnostics(out);
        return kExitInputErrors;
    }
    return errors ? kExitInputErrors : kExitOk;
}

/// libzip failures and out-of-memory arrive as exceptions from the writer: one error line,
/// and the output file is left as it was (it is only ever replaced whole).
int run_epub(const EpubCommandOptions& options) {
    try {
        return build_book(options);
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
    command->add_option("inputs", options->inputs, "Markdown files or directories")->required();
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
    command
        ->add_option("--group-by", options->group_by,
                     "Group the table of contents by first category or tag: category, tag or none")
        ->check(CLI::IsMember({"category", "tag", "none"}));
    add_common_options(*command, options->common);
    return [options] { return run_epub(*options); };
}

}  // namespace folio::cli
