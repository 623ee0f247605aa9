#include <CLI/CLI.hpp>

#include "cli/commands.hpp"
#include "formats/migrate/migrate_shorthands.hpp"

namespace folio::cli {

namespace {

struct MarkdownCommandOptions {
    CommonOptions common;  ///< `common.style` is the input style (`--from-style`)
    MigrateJob job;  ///< `folio migrate` as `markdown_files_job` sets it up
    std::string style;  ///< output style: `a`, `b` or `hugo`
};

FrontMatterTarget target_of(std::string_view style) {
    if (style == "a") return FrontMatterTarget::style_a_yaml;
    if (style == "hugo") return FrontMatterTarget::hugo_toml;
    return FrontMatterTarget::style_b_yaml;
}

int run_markdown(MarkdownCommandOptions& options) {
    Diagnostics setup;
    Config config;
    const std::optional<LoadOptions> load = prepare(options.common, config, setup);
    print_diagnostics(setup);
    if (!load) return kExitUsage;
    MigrateJob job = markdown_files_job(target_of(options.style));
    job.inputs = options.job.inputs;
    job.output = options.job.output;
    job.reformat = options.job.reformat;
    job.sync = options.common.sync;
    options.job = std::move(job);
    return static_cast<int>(migrate_articles(options.job, *load, print_diagnostics));
}

}  // namespace

Runner add_markdown_command(CLI::App& app) {
    auto options = std::make_shared<MarkdownCommandOptions>();
    CLI::App* command =
        app.add_subcommand("markdown",
                           "Write articles as Markdown with style A or style B YAML front matter "
                           "(docs/migration.md)");
    command
        ->add_option("inputs", options->job.inputs,
                     kInputsHelp)
        ->required();
    refuse_standard_output(*command
                                ->add_option("-o,--output", options->job.output,
                                             "Folder to write <slug>.md files into")
                                ->required());
    command
        ->add_option("--style", options->style,
                     "Front-matter style to write: a (excerpt, category, featuredImage), "
                     "b (Hugo/PaperMod names in YAML) or hugo (TOML)")
        ->required()
        ->check(CLI::IsMember({"a", "b", "hugo"}));
    command->add_flag("--reformat", options->job.reformat,
                      "Write every body anew with the Markdown writer instead of copying it as "
                      "written");
    // `--style` names the output here, so the input style is `--from-style`.
    command->add_option("--config", options->common.config_path,
                        "Site configuration (default: ./folio.toml if present)");
    command
        ->add_option("--from-style", options->common.style,
                     "Front-matter style of the inputs: a or b; default: detected per file")
        ->check(CLI::IsMember({"a", "b"}));
    add_engine_option(*command, options->common);
    command->add_flag(
        "--fix-mojibake", options->common.fix_mojibake,
        "Repair text that was decoded with the wrong code page (never done silently)");
    command->add_option("--threads", options->common.threads,
                        "Worker threads (default: one per core)");
    add_input_bound_options(*command, options->common);
    add_error_policy_options(*command, options->common);
    add_sync_option(*command, options->common);
    return [options] { return run_markdown(*options); };
}

}  // namespace folio::cli
