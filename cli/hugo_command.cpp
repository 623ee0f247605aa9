#include <CLI/CLI.hpp>
#include <filesystem>

#include "src/images/image_location.hpp"
#include "cli/commands.hpp"
#include "formats/hugo/hugo_writer.hpp"
#include "src/output/output_file.hpp"
#include "src/output/resource_reader.hpp"
#include "src/pipeline/permalink.hpp"

namespace folio::cli {

namespace {

struct HugoCommandOptions {
    CommonOptions common;
    std::vector<std::string> inputs;
    std::string output;
    std::string section = "posts";
    bool no_bundles = false;
    std::string old_permalink;
    std::string static_dir;
};

// The command's side of image handling: lint's resolution rules, the same `folio check` uses.
ImageLocator image_locator(std::string static_dir) {
    return [static_dir = std::move(static_dir)](std::string_view reference,
                                                std::string_view article_path) {
        if (is_remote_reference(reference)) return ImageLocation{ImageLocation::Kind::remote, {}};
        if (reference.starts_with('/') && static_dir.empty())
            return ImageLocation{ImageLocation::Kind::needs_static, {}};
        std::string path = resolve_local_image(reference, article_path, static_dir);
        if (path.empty()) return ImageLocation{ImageLocation::Kind::outside, {}};
        return ImageLocation{ImageLocation::Kind::local, std::move(path)};
    };
}

int run_hugo(const HugoCommandOptions& options) {
    Diagnostics setup;
    Config config;
    const std::optional<LoadOptions> load = prepare(options.common, config, setup);
    if (!load) {
        print_diagnostics(setup);
        return kExitUsage;
    }
    if (!options.old_permalink.empty()) {
        const std::string problem = permalink_problem(options.old_permalink);
        if (!problem.empty()) {
            setup.report(Diagnostic{Severity::error,
                                    "usage.permalink",
                                    "--old-permalink '" + options.old_permalink + "': " + problem,
                                    "",
                                    0,
                                    0,
                                    {}});
            print_diagnostics(setup);
            return kExitUsage;
        }
    }
    HugoOptions hugo;
    hugo.section = options.section;
    hugo.bundles = !options.no_bundles;
    if (!options.old_permalink.empty()) {
        hugo.old_url = [pattern = options.old_permalink, section = options.section](
                           const Article& a) { return expand_permalink(pattern, a, section); };
    }
    hugo.locate_image =
        image_locator(options.static_dir.empty() ? config.static_dir : options.static_dir);

    const std::vector<std::string> paths = collect_inputs(options.inputs, setup);
    print_diagnostics(setup);
    bool errors = setup.has_errors();
    const DiskResourceReader resources;
    OutputRoot root(options.output);

    // Thousands of small files: an fsync each cost more than the whole conversion, so the
    // files are renamed into place unsynced (`--sync` syncs the file system once at the end).
    bool noted_unresolved = false;
    for_each_article(paths, *load, [&](ArticleSlot& slot) {
        if (slot.article) {
            const std::vector<OutputFile> files =
                write_hugo_page(std::move(*slot.article), hugo, resources, slot.diagnostics);
            write_files(root, files, slot.diagnostics, Sync::at_end);
        }
        Diagnostics diagnostics =
            once_per_run(std::move(slot.diagnostics), "hugo.image.unresolved", noted_unresolved);
        print_diagnostics(diagnostics);
        errors = errors || diagnostics.has_errors();
    });
    if (!sync_output_folder(options.output, options.common)) errors = true;
    return errors ? kExitInputErrors : kExitOk;
}

}  // namespace

Runner add_hugo_command(CLI::App& app) {
    auto options = std::make_shared<HugoCommandOptions>();
    CLI::App* command = app.add_subcommand("hugo",
                                           "Write Hugo content: one page bundle per article, TOML "
                                           "front matter (docs/formats/hugo.md)");
    command
        ->add_option("inputs", options->inputs,
                     "Files, directories (searched for *.md) or - for stdin")
        ->required();
    command->add_option("-o,--output", options->output, "Hugo content folder to write into")
        ->required();
    command->add_option("--section", options->section,
                        "Content section (default: posts; empty: none)");
    command->add_flag(
        "--no-bundles", options->no_bundles,
        "Write <section>/<slug>.md files instead of page bundles (images are not copied)");
    command->add_option("--old-permalink", options->old_permalink,
                        "Old URL pattern such as /blog/:slug/: added to each page's aliases");
    command->add_option(
        "--static", options->static_dir,
        "Where site-absolute image paths resolve (default: 'static' in folio.toml)");
    add_common_options(*command, options->common);
    add_sync_option(*command, options->common);
    return [options] { return run_hugo(*options); };
}

}  // namespace folio::cli
