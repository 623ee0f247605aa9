#include <CLI/CLI.hpp>

#include "cli/commands.hpp"
#include "formats/migrate/migrate_shorthands.hpp"

namespace folio::cli {

namespace {

struct HugoCommandOptions {
    CommonOptions common;
    MigrateJob job;  ///< `folio migrate --to hugo` into a content folder (`hugo_content_job`)
    bool no_bundles = false;
};

int run_hugo(HugoCommandOptions& options) {
    Diagnostics setup;
    Config config;
    const std::optional<LoadOptions> load = prepare(options.common, config, setup);
    print_diagnostics(setup);
    if (!load) return kExitUsage;
    // The shorthand's layout, around what the options set.
    MigrateJob job = hugo_content_job(options.job.section, !options.no_bundles);
    job.inputs = options.job.inputs;
    job.output = options.job.output;
    job.old_permalink = options.job.old_permalink;
    job.static_dir = options.job.static_dir;
    job.reformat = options.job.reformat;
    options.job = std::move(job);
    if (options.job.static_dir.empty()) options.job.static_dir = config.static_dir;
    options.job.sync = options.common.sync;
    return static_cast<int>(migrate_articles(options.job, *load, print_diagnostics));
}

}  // namespace

Runner add_hugo_command(CLI::App& app) {
    auto options = std::make_shared<HugoCommandOptions>();
    CLI::App* command = app.add_subcommand("hugo",
                                           "Write Hugo content: one page bundle per article, TOML "
                                           "front matter (docs/formats/hugo.md)");
    command
        ->add_option("inputs", options->job.inputs,
                     kInputsHelp)
        ->required();
    refuse_standard_output(
        *command
             ->add_option("-o,--output", options->job.output,
                          "Hugo content folder to write into")
             ->required());
    command->add_option("--section", options->job.section,
                        "Content section (default: posts; empty: none)");
    command->add_flag(
        "--no-bundles", options->no_bundles,
        "Write <section>/<slug>.md files instead of page bundles (images are not copied)");
    command->add_option("--old-permalink", options->job.old_permalink,
                        "Old URL pattern such as /blog/:slug/ (in the source engine's syntax when "
                        "its Jekyll or Hugo site is found): added to each page's aliases");
    command->add_option(
        "--static", options->job.static_dir,
        "Where site-absolute image paths resolve (default: 'static' in folio.toml)");
    command->add_flag("--reformat", options->job.reformat,
                      "Write every body anew with the Markdown writer instead of copying it as "
                      "written (only moved image paths and the title heading edited)");
    add_common_options(*command, options->common);
    add_sync_option(*command, options->common);
    return [options] { return run_hugo(*options); };
}

}  // namespace folio::cli
