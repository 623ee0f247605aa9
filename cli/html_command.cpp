#include <CLI/CLI.hpp>

#include "cli/commands.hpp"
#include "cli/site_options.hpp"
#include "formats/html/build_site.hpp"

namespace folio::cli {

namespace {

int run_html(const SiteCommandOptions& options) {
    Diagnostics setup;
    Config config;
    const std::optional<LoadOptions> load = prepare(options.common, config, setup);
    print_diagnostics(setup);
    if (!load) return kExitUsage;

    const html::SiteJob job = site_job(options, config);
    const JobStatus status = html::build_site(job, *load, print_diagnostics);
    if (status == JobStatus::usage) return kExitUsage;
    const bool synced = sync_output_folder(options.output, options.common);
    return static_cast<int>(synced ? status : status_with(status, true));
}

}  // namespace

Runner add_html_command(CLI::App& app) {
    auto options = std::make_shared<SiteCommandOptions>();
    CLI::App* command =
        app.add_subcommand("html",
                           "Write a static HTML site that works from disk or any web server "
                           "(docs/formats/html.md)");
    add_site_options(*command, *options);
    add_sync_option(*command, options->common);
    return [options] { return run_html(*options); };
}

}  // namespace folio::cli
