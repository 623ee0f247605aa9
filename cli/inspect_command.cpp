#include <CLI/CLI.hpp>
#include <iostream>

#include "src/ast/article_json.hpp"
#include "cli/commands.hpp"

namespace folio::cli {

namespace {

struct InspectOptions {
    CommonOptions common;
    std::vector<std::string> inputs;
    bool no_positions = false;
};

int run_inspect(const InspectOptions& options) {
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

    JsonDumpOptions dump;
    dump.positions = !options.no_positions;
    ArticleJsonStream stream(dump);
    std::cout << stream.begin();
    // Each article is printed as soon as it is its turn, so memory stays flat on any corpus.
    for_each_article(paths, *load, [&](ArticleSlot& slot) {
        if (slot.article) std::cout << stream.article(*slot.article);
        print_diagnostics(slot.diagnostics);
        errors = errors || slot.diagnostics.has_errors();
    });
    std::cout << stream.end() << std::flush;
    return errors ? kExitInputErrors : kExitOk;
}

}  // namespace

Runner add_inspect_command(CLI::App& app) {
    auto options = std::make_shared<InspectOptions>();
    CLI::App* command = app.add_subcommand(
        "inspect", "Print articles in their canonical form as JSON (schema: docs/ast.md)");
    command->add_option("inputs", options->inputs, kInputsHelp)
        ->required();
    command->add_flag("--no-positions", options->no_positions, "Leave out source lines and columns");
    add_common_options(*command, options->common);
    return [options] { return run_inspect(*options); };
}

}  // namespace folio::cli
