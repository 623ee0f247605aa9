#include <CLI/CLI.hpp>
#include <iostream>

#include "ast/article_json.hpp"
#include "cli/commands.hpp"

namespace folio::cli {

namespace {

struct InspectOptions {
    CommonOptions common;
    std::vector<std::string> inputs;
    bool no_positions = false;
};

int run_inspect(const InspectOptions& options) {
    Diagnostics diagnostics;
    Config config;
    const std::optional<LoadOptions> load = prepare(options.common, config, diagnostics);
    if (!load) {
        print_diagnostics(diagnostics);
        return kExitUsage;
    }
    const std::vector<std::string> paths = collect_inputs(options.inputs, diagnostics);
    LoadedArticles loaded = load_articles(paths, *load);
    diagnostics.append(loaded.diagnostics);
    JsonDumpOptions dump;
    dump.positions = !options.no_positions;
    std::cout << dump_json(loaded.articles, dump) << std::flush;
    print_diagnostics(diagnostics);
    return diagnostics.has_errors() ? kExitInputErrors : kExitOk;
}

}  // namespace

Runner add_inspect_command(CLI::App& app) {
    auto options = std::make_shared<InspectOptions>();
    CLI::App* command = app.add_subcommand(
        "inspect", "Print articles in their canonical form as JSON (schema: docs/ast.md)");
    command->add_option("inputs", options->inputs, "Files, directories (searched for *.md) or - for stdin")
        ->required();
    command->add_flag("--no-positions", options->no_positions, "Leave out source lines and columns");
    add_common_options(*command, options->common);
    return [options] { return run_inspect(*options); };
}

}  // namespace folio::cli
