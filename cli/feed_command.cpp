#include <CLI/CLI.hpp>
#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "src/check/lint.hpp"
#include "cli/commands.hpp"
#include "formats/feed/feed.hpp"
#include "formats/feed/newest_first.hpp"
#include "src/output/output_file.hpp"
#include "src/output/resource_reader.hpp"
#include "src/pipeline/permalink.hpp"

namespace folio::cli {

namespace {

struct FeedCommandOptions {
    CommonOptions common;
    std::vector<std::string> inputs;
    std::string output;
    std::string format = "rss";
    std::string base_url;
    std::string feed_url;
    std::size_t limit = 20;
    std::string content = "full";
    std::string title;
    std::string description;
    std::string author;
    std::string permalink{kDefaultPermalink};
    std::string time_zone;
    std::string static_dir;
    bool drafts = false;
};

Diagnostic usage_error(std::string code, std::string message) {
    return {Severity::error, std::move(code), std::move(message), {}, 0, 0, {}};
}

// SOURCE_DATE_EPOCH (reproducible-builds.org): a decimal count of seconds. Anything else is a
// mistake the user wants to hear about rather than a silently different build date.
std::optional<Diagnostic> read_source_date_epoch(std::optional<std::int64_t>& now) {
    const char* value = std::getenv("SOURCE_DATE_EPOCH");
    if (value == nullptr || *value == '\0') return std::nullopt;
    char* end = nullptr;
    errno = 0;
    const long long seconds = std::strtoll(value, &end, 10);
    if (errno != 0 || *end != '\0' || seconds < 0) {
        return usage_error("feed.source-date-epoch",
                           "SOURCE_DATE_EPOCH='" + std::string(value) +
                               "' is not a number of seconds since 1970-01-01");
    }
    now = seconds;
    return std::nullopt;
}

// Everything the command line and folio.toml say, checked before any file is read, so a
// usage mistake costs nothing and reads as one clear line.
std::optional<feed::FeedOptions> resolve_options(const FeedCommandOptions& options,
                                                 const Config& config, Diagnostics& problems) {
    feed::FeedOptions out;
    out.base_url = options.base_url.empty() ? config.base_url : options.base_url;
    if (const std::string problem = feed::base_url_problem(out.base_url); !problem.empty()) {
        problems.report(usage_error("feed.base-url", problem));
        return std::nullopt;
    }
    if (const std::string problem = permalink_problem(options.permalink); !problem.empty()) {
        problems.report(usage_error("feed.permalink", problem));
        return std::nullopt;
    }
    const std::string zone_name = options.time_zone.empty() ? config.time_zone : options.time_zone;
    const std::optional<TimeZone> zone = TimeZone::parse(zone_name);
    if (!zone) {
        problems.report(usage_error("feed.time-zone", time_zone_problem(zone_name)));
        return std::nullopt;
    }
    out.zone = *zone;
    std::string site = out.base_url;
    if (site.back() != '/') site += '/';
    out.feed_url = options.feed_url.empty()
                       ? site + std::filesystem::path(options.output).filename().string()
                       : options.feed_url;
    if (const std::string problem = feed::base_url_problem(out.feed_url); !problem.empty()) {
        problems.report(usage_error("feed.feed-url", "--feed-url: " + problem));
        return std::nullopt;
    }
    out.title = !options.title.empty()  ? options.title
                : !config.title.empty() ? config.title
                                        : out.base_url;
    out.description = options.description.empty() ? out.title : options.description;
    out.author = options.author.empty() ? config.author : options.author;
    out.language = feed::language_tag(config.language);
    if (out.language.empty() && !config.language.empty()) {
        problems.report(usage_error("feed.language", "language '" + config.language +
                                                         "' in folio.toml is not a language tag "
                                                         "like nl or en-GB"));
        return std::nullopt;
    }
    out.limit = options.limit;
    out.drafts = options.drafts;
    out.content =
        options.content == "summary" ? feed::ContentMode::summary : feed::ContentMode::full;
    return out;
}

int run_feed(const FeedCommandOptions& options) {
    Diagnostics setup;
    Config config;
    std::optional<LoadOptions> load = prepare(options.common, config, setup);
    std::optional<std::int64_t> now;
    std::optional<feed::FeedOptions> feed_options;
    if (load) {
        if (auto problem = read_source_date_epoch(now))
            setup.report(*problem);
        else
            feed_options = resolve_options(options, config, setup);
    }
    if (!feed_options) {
        print_diagnostics(setup);
        return kExitUsage;
    }
    const std::optional<feed::FeedFormat> format = feed::parse_feed_format(options.format);
    const std::vector<std::string> paths = collect_inputs(options.inputs, setup);
    print_diagnostics(setup);
    bool errors = setup.has_errors();

    const std::string static_dir =
        options.static_dir.empty() ? config.static_dir : options.static_dir;
    const DiskResourceReader reader;
    const auto source_for = [&](const Article& article) {
        feed::FeedSource source{&article, expand_permalink(options.permalink, article),
                                std::nullopt};
        // An enclosure must state the image's size, which only the file on disk can tell.
        if (article.meta.cover) {
            const std::string path =
                resolve_local_image(article.meta.cover->source, article.source.path, static_dir);
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
    LoadOptions first_pass = *load;
    first_pass.read.body = everything;
    feed::NewestFirst<Article> newest(feed_options->limit);
    feed::NewestFirst<feed::FeedItem> all_items(0);
    for_each_article(paths, first_pass, [&](ArticleSlot& slot) {
        Diagnostics& diagnostics = slot.diagnostics;
        errors = errors || diagnostics.has_errors();
        if (slot.article) {
            if (const auto instant =
                    feed::feed_instant(*slot.article, *feed_options, diagnostics)) {
                if (everything) {
                    all_items.add(*instant, feed::make_feed_item(source_for(*slot.article),
                                                                 *feed_options, diagnostics));
                } else {
                    newest.add(*instant, std::move(*slot.article));
                }
            }
        }
        print_diagnostics(diagnostics);
    });
    if (errors && options.common.fail_fast) return kExitInputErrors;
    std::vector<feed::FeedItem> items = all_items.take();
    Diagnostics late;  // about the newest articles, known only once the stream has passed
    for (Article& article : newest.take()) {
        if (!read_body_again(article, *load, late)) {
            errors = true;
            continue;
        }
        items.push_back(feed::make_feed_item(source_for(article), *feed_options, late));
    }
    print_diagnostics(late);
    const feed::Feed feed = feed::assemble_feed(std::move(items), *feed_options, now);
    const std::string bytes = feed::write_feed(feed, *format);
    if (const std::optional<Diagnostic> problem = write_file_atomically(options.output, bytes)) {
        Diagnostics failed;
        failed.report(*problem);
        print_diagnostics(failed);
        return kExitInputErrors;
    }
    return errors ? kExitInputErrors : kExitOk;
}

}  // namespace

Runner add_feed_command(CLI::App& app) {
    auto options = std::make_shared<FeedCommandOptions>();
    CLI::App* command = app.add_subcommand(
        "feed", "Write an RSS 2.0, Atom 1.0 or JSON Feed 1.1 feed of the newest articles");
    command->add_option("inputs", options->inputs, "Files or directories (searched for *.md)")
        ->required();
    command->add_option("-o,--output", options->output, "The feed file to write")->required();
    command->add_option("--format", options->format, "rss (default), atom or json")
        ->check(CLI::IsMember({"rss", "atom", "json"}));
    command->add_option("--base-url", options->base_url,
                        "Absolute site URL, like https://example.org/ (default: base_url in "
                        "folio.toml); required");
    command->add_option("--feed-url", options->feed_url,
                        "Where the feed is published (default: the base URL plus the output's "
                        "file name)");
    command->add_option("--limit", options->limit,
                        "Newest articles to include; 0: all (default 20)");
    command
        ->add_option("--content", options->content,
                     "full (default): the whole article as HTML; summary: only the summary")
        ->check(CLI::IsMember({"full", "summary"}));
    command->add_option("--title", options->title, "Feed title (default: title in folio.toml)");
    command->add_option("--description", options->description,
                        "Feed description (default: the title)");
    command->add_option("--author", options->author, "Feed author (default: author in folio.toml)");
    command->add_flag("--drafts", options->drafts, "Include articles marked as drafts");
    command->add_option("--permalink", options->permalink,
                        "Article URL pattern below the base URL (default /posts/:slug/)");
    command->add_option("--time-zone", options->time_zone,
                        "Zone for dates without an offset: UTC, +01:00 or an IANA name (default: "
                        "time_zone in folio.toml, else UTC)");
    command->add_option("--static", options->static_dir,
                        "Folder where site-absolute image paths resolve, to measure cover images "
                        "(default: static in folio.toml)");
    add_common_options(*command, options->common);
    return [options] { return run_feed(*options); };
}

}  // namespace folio::cli
