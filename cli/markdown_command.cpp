#include <CLI/CLI.hpp>
#include <filesystem>

#include "cli/commands.hpp"
#include "formats/markdown/markdown_article_writer.hpp"
#include "src/output/output_file.hpp"

namespace folio::cli {

namespace {

struct MarkdownCommandOptions {
    CommonOptions common;  ///< `common.style` is the input style (`--from-style`)
    std::vector<std::string> inputs;
    std::string output;
    std::string style;  ///< output style: `a`, `b` or `hugo`
};

FrontMatterTarget target_of(std::string_view style) {
    if (style == "a") return FrontMatterTarget::style_a_yaml;
    if (style == "hugo") return FrontMatterTarget::hugo_toml;
    return FrontMatterTarget::style_b_yaml;
}

int run_markdown(const MarkdownCommandOptions& options) {
    Diagnostics setup;
    Config config;
    const std::optional<LoadOptions> load = prepare(options.common, config, setup);
    if (!load) {
        print_diagnostics(setup);
        return kExitUsage;
    }
    const std::vector<std::string> paths = collect_inputs(options.inputs, setup);
    print_diagnostics(setup);
    bool errors = setup.has_errors();
    const FrontMatterTarget target = target_of(options.style);
    OutputRoot root(options.output);
    for_each_article(paths, *load, [&](ArticleSlot& slot) {
        if (slot.article) {
            std::string bytes = write_markdown_article(*slot.article, target, slot.diagnostics);
            write_files(root, {OutputFile{slot.article->slug + ".md", std::move(bytes)}},
                        slot.diagnostics, Sync::at_end);
        }
        print_diagnostics(slot.diagnostics);
        errors = errors || slot.diagnostics.has_errors();
    });
    // As for `folio hugo`: one sync for the whole run instead of one per file.
    if (!sync_output_folder(options.output, options.common)) errors = true;
    return errors ? kExitInputErrors : kExitOk;
}

}  // namespace

Runner add_markdown_command(CLI::App& app) {
    auto options = std::make_shared<MarkdownCommandOptions>();
    CLI::App* command =
        app.add_subcommand("markdown",
                           "Write articles as Markdown with style A or style B YAML front matter "
                           "(docs/migration.md)");
    command
        ->add_option("inputs", options->inputs,
                     "Files, directories (searched for *.md) or - for stdin")
        ->required();
    command->add_option("-o,--output", options->output, "Folder to write <slug>.md files into")
        ->required();
    command
        ->add_option("--style", options->style,
                     "Front-matter style to write: a (excerpt, category, featuredImage), "
                     "b (Hugo/PaperMod names in YAML) or hugo (TOML)")
        ->required()
        ->check(CLI::IsMember({"a", "b", "hugo"}));
    // `--style` names the output here, so the input style is `--from-style`.
    command->add_option("--config", options->common.config_path,
                        "Site configuration (default: ./folio.toml if present)");
    command
        ->add_option("--from-style", options->common.style,
                     "Front-matter style of the inputs: a or b; default: detected per file")
        ->check(CLI::IsMember({"a", "b"}));
    command->add_flag(
        "--fix-mojibake", options->common.fix_mojibake,
        "Repair text that was decoded with the wrong code page (never done silently)");
    command->add_option("--threads", options->common.threads,
                        "Worker threads (default: one per core)");
    add_error_policy_options(*command, options->common);
    add_sync_option(*command, options->common);
    return [options] { return run_markdown(*options); };
}

}  // namespace folio::cli
