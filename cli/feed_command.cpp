#include <CLI/CLI.hpp>
#include <cstdlib>

#include "cli/commands.hpp"
#include "formats/feed/feed_job.hpp"

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
    std::string hub;
    bool no_stylesheet = false;
    bool ping = false;
    std::string permalink{kDefaultPermalink};
    std::string time_zone;
    std::string static_dir;
    PublicationRules publication;
};

int run_feed(const FeedCommandOptions& options) {
    Diagnostics setup;
    Config config;
    const std::optional<LoadOptions> load = prepare(options.common, config, setup);
    print_diagnostics(setup);
    if (!load) return kExitUsage;

    // The command line wins over folio.toml.
    feed::FeedJob job;
    job.inputs = options.inputs;
    job.output = options.output;
    job.format = feed::parse_feed_format(options.format).value_or(feed::FeedFormat::rss);
    job.base_url = options.base_url.empty() ? config.base_url : options.base_url;
    job.feed_url = options.feed_url;
    job.limit = options.limit;
    job.content = options.content == "summary" ? ContentMode::summary : ContentMode::full;
    job.title = options.title.empty() ? config.title : options.title;
    job.description = options.description.empty() ? config.description : options.description;
    job.author = options.author.empty() ? config.author : options.author;
    job.hub = options.hub.empty() ? config.websub_hub : options.hub;
    job.stylesheet = !options.no_stylesheet;
    job.ping = options.ping;
    job.language = config.language;
    job.permalink = options.permalink;
    job.time_zone = options.time_zone.empty() ? config.time_zone : options.time_zone;
    job.static_dir = options.static_dir.empty() ? config.static_dir : options.static_dir;
    job.publication = options.publication;
    job.publication.now = build_time();
    if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH")) job.source_date_epoch = epoch;
    return static_cast<int>(feed::build_feed_file(job, *load, print_diagnostics));
}

}  // namespace

Runner add_feed_command(CLI::App& app) {
    auto options = std::make_shared<FeedCommandOptions>();
    CLI::App* command = app.add_subcommand(
        "feed", "Write an RSS 2.0, Atom 1.0 or JSON Feed 1.1 feed of the newest articles");
    command->add_option("inputs", options->inputs, kInputsHelpNoStdin)
        ->required();
    command
        ->add_option("-o,--output", options->output, "The feed file to write; - for standard output")
        ->required();
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
                        "Feed description (default: description in folio.toml, else the title)");
    command->add_option("--author", options->author,
                        "Feed author, also of items that name none (default: author in "
                        "folio.toml)");
    command->add_option("--hub", options->hub,
                        "WebSub hub the feed names for push updates (default: websub_hub in "
                        "folio.toml)");
    command->add_flag("--ping", options->ping,
                      "After writing, tell the hub the feed changed; a hub that fails is a "
                      "warning");
    command->add_flag("--no-stylesheet", options->no_stylesheet,
                      "Write no feed.xsl next to an RSS or Atom feed (it makes browsers show a "
                      "readable page)");
    add_publication_options(*command, options->publication);
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
