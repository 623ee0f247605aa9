#include "formats/feed/feed_job.hpp"

#include <cerrno>
#include <cstdlib>
#include <filesystem>

#include "src/highlight/code_highlighter.hpp"
#include "src/check/mojibake_report.hpp"
#include "src/diagnostics/usage_error.hpp"
#include "src/images/image_location.hpp"
#include "src/meta/article_language.hpp"
#include "src/output/output_file.hpp"
#include "src/output/output_lock.hpp"
#include "src/output/output_place.hpp"
#include "src/output/resource_reader.hpp"
#include "src/output/websub_ping.hpp"
#include "src/syndication/feed_stylesheet.hpp"
#include "src/syndication/newest_first.hpp"
#include "src/text/language_tag.hpp"
#include "src/text/time_zone.hpp"
#include "src/web/url.hpp"

namespace folio::feed {

namespace {

// SOURCE_DATE_EPOCH (reproducible-builds.org): a decimal count of seconds. Anything else is a
// mistake the user wants to hear about rather than a silently different build date.
std::optional<Diagnostic> read_source_date_epoch(const std::string& value,
                                                 std::optional<std::int64_t>& now) {
    if (value.empty()) return std::nullopt;
    char* end = nullptr;
    errno = 0;
    const long long seconds = std::strtoll(value.c_str(), &end, 10);
    if (errno != 0 || *end != '\0' || seconds < 0) {
        return usage_error("feed.source-date-epoch",
                           "SOURCE_DATE_EPOCH='" + value +
                               "' is not a number of seconds since 1970-01-01");
    }
    now = seconds;
    return std::nullopt;
}

// Only an XML feed written to a file can have a stylesheet beside it; a feed named like the
// stylesheet would be overwritten by it.
bool wants_stylesheet(const FeedJob& job) {
    return job.stylesheet && job.format != FeedFormat::json && job.output != "-" &&
           std::filesystem::path(job.output).filename() != kFeedStylesheetFile;
}

// Everything the job was given, checked before any file is read, so a usage mistake costs
// nothing and reads as one clear line.
std::optional<FeedOptions> resolve_options(const FeedJob& job, Diagnostics& problems) {
    FeedOptions out;
    out.base_url = job.base_url;
    if (const std::string problem = base_url_problem(out.base_url); !problem.empty()) {
        problems.report(usage_error("feed.base-url", problem));
        return std::nullopt;
    }
    if (const std::string problem = permalink_problem(job.permalink); !problem.empty()) {
        problems.report(usage_error("feed.permalink", problem));
        return std::nullopt;
    }
    const std::optional<TimeZone> zone = TimeZone::parse(job.time_zone);
    if (!zone) {
        problems.report(usage_error("feed.time-zone", time_zone_problem(job.time_zone)));
        return std::nullopt;
    }
    out.zone = *zone;
    std::string site = out.base_url;
    if (site.back() != '/') site += '/';
    // Written to standard output the feed has no file name: it is named as the site names its
    // feeds.
    const std::string file_name = job.output != "-" ? std::filesystem::path(job.output).filename().string()
                                  : job.format == FeedFormat::atom ? "atom.xml"
                                  : job.format == FeedFormat::json ? "feed.json"
                                                                   : "feed.xml";
    out.feed_url = job.feed_url.empty() ? site + file_name : job.feed_url;
    if (const std::string problem = base_url_problem(out.feed_url); !problem.empty()) {
        problems.report(usage_error("feed.feed-url", "--feed-url: " + problem));
        return std::nullopt;
    }
    out.title = job.title.empty() ? out.base_url : job.title;
    out.description = job.description.empty() ? out.title : job.description;
    out.author = job.author;
    if (!job.hub.empty()) {
        if (const std::string problem = base_url_problem(job.hub); !problem.empty()) {
            problems.report(usage_error("feed.hub", "--hub: " + problem));
            return std::nullopt;
        }
        out.hub = job.hub;
    }
    if (job.ping && out.hub.empty()) {
        problems.report(usage_error("feed.ping",
                                    "--ping needs a WebSub hub to notify (--hub, or websub_hub "
                                    "in folio.toml)"));
        return std::nullopt;
    }
    out.stylesheet = wants_stylesheet(job);
    out.language = language_tag(job.language);
    if (out.language.empty() && !job.language.empty()) {
        problems.report(usage_error("feed.language", "language '" + job.language +
                                                         "' is not a BCP 47 language tag like nl "
                                                         "or en-GB: " +
                                                         language_tag_problem(job.language)));
        return std::nullopt;
    }
    out.limit = job.limit;
    out.publication = job.publication;
    out.publication.zone = out.zone;
    out.content = job.content;
    out.highlight_code = job.highlight_code;
    return out;
}

}  // namespace

JobStatus build_feed_file(const FeedJob& job, const LoadOptions& load,
                          const DiagnosticSink& report) {
    Diagnostics setup;
    std::optional<std::int64_t> now;
    std::optional<FeedOptions> feed_options;
    if (auto problem = read_source_date_epoch(job.source_date_epoch, now))
        setup.report(*problem);
    else
        feed_options = resolve_options(job, setup);
    // Before anything is read: a feed written over a source would destroy it.
    if (auto problem = output_place_problem(job.inputs, job.output, OutputShape::file)) {
        setup.report(std::move(*problem));
        feed_options.reset();
    }
    if (!feed_options) {
        report(setup);
        return JobStatus::usage;
    }
    Result<OutputLock> lock = OutputLock::take(job.output, OutputShape::file);
    if (!lock) {
        setup.report(lock.error());
        report(setup);
        return JobStatus::input_errors;
    }
    const std::vector<std::string> paths = collect_inputs(job.inputs, setup);
    report(setup);
    bool errors = setup.has_errors();

    const DiskResourceReader reader(load.max_image_size);
    const auto source_for = [&](const Article& article) {
        // Hugo's `url` is the page's own address, whatever the permalink pattern says.
        FeedSource source{&article,
                          article.meta.url.empty() ? expand_permalink(job.permalink, article)
                                                   : article.meta.url,
                          std::nullopt};
        // An enclosure must state the image's size, which only the file on disk can tell.
        if (article.meta.cover) {
            const std::string path =
                resolve_local_image(article.meta.cover->source, article.source.path,
                                    job.static_dir);
            if (!path.empty()) {
                if (const std::optional<std::string> bytes = reader.read(path)) {
                    source.cover_length = bytes->size();
                }
            }
        }
        return source;
    };

    // Articles stream past in input order with their slugs resolved. With a limit only the
    // newest few are kept as articles; a feed of everything keeps the finished items instead,
    // which are far smaller than the articles' trees.
    // A feed of the newest few reads only the metadata of every file, then the bodies of the
    // few it keeps: most of a read is the body, and most bodies would be thrown away.
    const bool everything = feed_options->limit == 0;
    LoadOptions first_pass = load;
    first_pass.read.body = everything;
    // Each item's language is its article's own, else its text's, read while the text is at
    // hand (a later pass reads only bodies); the feed's, unless given, is that of most items.
    first_pass.hook = [&publication = feed_options->publication](const SourceText& text,
                                                                 ArticleSlot& slot) {
        if (!slot.article) return;
        Meta& meta = slot.article->meta;
        if (!meta.language.empty() && language_tag(meta.language).empty()) {
            slot.diagnostics.report(text.diagnostic_at(
                Severity::warning, "feed.language",
                "language '" + meta.language + "' is not a language tag like nl or en-GB (" +
                    language_tag_problem(meta.language) +
                    "); the item's language is detected from its text instead",
                language_key_position(slot.article->source)));
        }
        meta.language = article_language(meta, text.text());
        // Garbled text would reach the feed readers as it is: said once per item (an article
        // left out has none).
        if (unpublished(meta, publication) == Unpublished::no)
            report_mojibake(text, "feed.mojibake", MojibakeReports::once_per_article,
                            slot.diagnostics);
    };
    LanguageVotes languages;
    NewestFirst<Article> newest(feed_options->limit);
    NewestFirst<FeedItem> all_items(0);
    for_each_article(paths, first_pass, [&](ArticleSlot& slot) {
        Diagnostics& diagnostics = slot.diagnostics;
        errors = errors || diagnostics.has_errors();
        if (slot.article) {
            if (const auto instant = feed_instant(*slot.article, *feed_options, diagnostics)) {
                languages.add(slot.article->meta.language);
                if (everything) {
                    all_items.add(*instant, make_feed_item(source_for(*slot.article),
                                                           *feed_options, diagnostics));
                } else {
                    newest.add(*instant, std::move(*slot.article));
                }
            }
        }
        report(diagnostics);
    });
    if (errors && load.fail_fast) return JobStatus::input_errors;
    std::vector<FeedItem> items = all_items.take();
    Diagnostics late;  // about the newest articles, known only once the stream has passed
    for (Article& article : newest.take()) {
        if (!read_body_again(article, load, late)) {
            errors = true;
            continue;
        }
        items.push_back(make_feed_item(source_for(article), *feed_options, late));
    }
    if (std::optional<Diagnostic> unhighlighted = highlighter_unavailable_note())
        late.report(std::move(*unhighlighted));
    report(late);
    if (feed_options->language.empty()) feed_options->language = languages.winner();
    const Feed feed = assemble_feed(std::move(items), *feed_options, now);
    const std::string bytes = write_feed(feed, job.format);
    // The stylesheet first: a feed naming a stylesheet that is not there shows as an error.
    std::optional<Diagnostic> problem;
    if (feed_options->stylesheet) {
        const std::filesystem::path sheet =
            std::filesystem::path(job.output).parent_path() / kFeedStylesheetFile;
        // A feed.xsl folio did not write (the site's own, in a static folder) is the user's:
        // kept, and the feed names it. A missing one or folio's own (of any version) is written.
        std::error_code ec;
        const bool there = std::filesystem::exists(std::filesystem::symlink_status(sheet, ec));
        const DiskResourceReader reader(1 << 20);
        const std::optional<std::string> held = there ? reader.read(sheet.string()) : std::nullopt;
        if (!there || (held && held->find(kFeedStylesheetMark) != std::string::npos)) {
            if (!held || *held != feed_stylesheet())
                problem = write_file_atomically(sheet, feed_stylesheet());
        } else {
            Diagnostics kept;
            kept.report(run_note("feed.stylesheet.kept",
                                 sheet.string() + " is not folio's (it lacks the line \"Written by "
                                                  "folio\"): kept as it is, and the feed names it"));
            report(kept);
        }
    }
    if (!problem) problem = write_file_atomically(job.output, bytes);
    if (problem) {
        Diagnostics failed;
        failed.report(*problem);
        report(failed);
        return JobStatus::input_errors;
    }
    if (job.ping) {
        // The feed is out whatever the hub says: readers still poll it.
        if (const std::string why = ping_websub_hub(feed_options->hub, feed_options->feed_url);
            !why.empty()) {
            Diagnostics ping;
            ping.report({Severity::warning, "feed.ping",
                         "the WebSub hub " + feed_options->hub + " was not told that " +
                             feed_options->feed_url + " changed: " + why,
                         {}, 0, 0, {}});
            report(ping);
        }
    }
    return status_with(JobStatus::ok, errors);
}

}  // namespace folio::feed
