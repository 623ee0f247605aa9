#include <CLI/CLI.hpp>
#include <iostream>

#include "cli/commands.hpp"
#include "cli/fetch_options.hpp"
#include "formats/migrate/migrate_job.hpp"
#include "src/meta/engine_profile.hpp"

namespace folio::cli {

namespace {

struct MigrateCommandOptions {
    CommonOptions common;
    MigrateJob job;
    FetchOptions fetch;
};

// The dry run's plan, on standard output: one line per file, what would be done with it.
void print_plan(const MigrateReport& report) {
    for (const ArticleMigration& article : report.articles) {
        for (const PlannedFile& file : article.files)
            std::cout << file.action << ' ' << file.path << '\n';
    }
    for (const PlannedFile& file : report.site_files)
        std::cout << file.action << ' ' << file.path << '\n';
    std::cout.flush();
}

int run_migrate(MigrateCommandOptions& options) {
    Diagnostics setup;
    Config config;
    const std::optional<LoadOptions> load = prepare(options.common, config, setup);
    ResolvedFetch fetch = resolve_fetch_options(options.fetch);
    if (fetch.problem) setup.report(std::move(*fetch.problem));
    print_diagnostics(setup);
    if (!load || fetch.problem) return kExitUsage;
    if (options.job.static_dir.empty()) options.job.static_dir = config.static_dir;
    if (fetch.downloads)
        options.job.media.fetcher =
            std::make_shared<UrlFetcher>(fetch.downloads->cache_dir, fetch.downloads->limits);
    options.job.media.old_base_url = options.job.old_base_url;
    options.job.sync = options.common.sync;
    std::erase(options.job.redirects, "none");
    options.job.done = [dry_run = options.job.dry_run](const MigrateReport& report) {
        if (dry_run) print_plan(report);
        flush_diagnostics();
        std::cerr << "folio migrate: " << migrate_summary(report) << '\n';
    };
    return static_cast<int>(migrate_articles(options.job, *load, print_diagnostics));
}

}  // namespace

Runner add_migrate_command(CLI::App& app) {
    auto options = std::make_shared<MigrateCommandOptions>();
    CLI::App* command = app.add_subcommand(
        "migrate",
        "Move a blog to another engine: its layout and front matter, local files copied, links "
        "between articles rewritten (docs/migration.md)");
    command
        ->add_option("inputs", options->job.inputs,
                     kInputsHelp)
        ->required();
    refuse_standard_output(
        *command->add_option("-o,--output", options->job.output, "The new site's root folder")
             ->required());
    std::vector<std::string> engines;
    for (const EngineProfile& profile : engine_profiles()) engines.emplace_back(profile.name);
    command->add_option("--to", options->job.to, "Target engine")
        ->required()
        ->check(CLI::IsMember(engines));
    command->add_option("--old-permalink", options->job.old_permalink,
                        "Old URL pattern in the source engine's syntax (Jekyll "
                        "/:year/:month/:title/, Hugo /:section/:slug/), instead of what its "
                        "configuration says: each article's old URL, redirected from");
    command->add_option("--old-base-url", options->job.old_base_url,
                        "The old site's address (https://example.com/blog), instead of its "
                        "configuration's: its path starts every old URL");
    command->add_option("--base-url", options->job.base_url,
                        "The new site's address: its path starts every new URL");
    command
        ->add_option("--redirects", options->job.redirects,
                     "Redirect forms from old URLs, comma-separated: engine (Hugo aliases, "
                     "Jekyll redirect_from, else pages), netlify (_redirects), vercel, apache "
                     "(.htaccess), nginx, csv, or none")
        ->delimiter(',')
        ->default_str("engine,netlify,csv");
    command->add_option(
        "--static", options->job.static_dir,
        "Where site-absolute paths of images and files resolve (default: 'static' in folio.toml)");
    command->add_option("--media", options->job.media.dir,
                        "A copy of the old WordPress or Ghost site's media folder "
                        "(wp-content/uploads, content/images): the images its posts use are "
                        "copied from it");
    add_fetch_options(*command, options->fetch);
    command->add_flag("--dry-run", options->job.dry_run,
                      "Write nothing; print what would be written (and kept) instead");
    command->add_option("--report", options->job.report_path,
                        "Write a JSON report of every article's migration to this file");
    command->add_flag("--overwrite-edits", options->job.overwrite_edits,
                      "Overwrite files changed since the last migration into the folder");
    command->add_flag("--site", options->job.site,
                      "Also write the target's smallest site configuration that builds the "
                      "result (permalinks, redirects, layouts), unless DEST has one already");
    command->add_flag("--reformat", options->job.reformat,
                      "Write every body anew with the Markdown writer instead of copying it as "
                      "written (only moved references and the title heading edited)");
    add_common_options(*command, options->common);
    add_sync_option(*command, options->common);
    return [options] { return run_migrate(*options); };
}

}  // namespace folio::cli
