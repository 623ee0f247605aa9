#include "cli/serve_options.hpp"

#include <CLI/CLI.hpp>

#include "cli/config_tables.hpp"

namespace folio::cli {

void add_serve_options(CLI::App& command, ServeCommandOptions& options) {
    add_site_options(command, options.site, DraftsByDefault::shown);
    command.add_option("--port", options.port,
                       "Port to serve on (default 1313, as hugo server; 0: any free port)");
    command.add_option("--bind", options.bind,
                       "Address to serve on (default 127.0.0.1: this machine only)");
}

GivenOptions given_options(const CLI::App& command) {
    GivenOptions given;
    for (const CLI::Option* option : command.get_options()) {
        if (option->count() == 0) continue;
        // A long name as `--name`, which finds the option again; a positional by its name.
        const std::string& name = option->get_single_name();
        given.emplace_back(option->get_lnames().empty() ? name : "--" + name, option->results());
    }
    return given;
}

std::optional<ServeSettings> read_serve_settings(const CLI::App& app, const GivenOptions& given,
                                                 Diagnostics& problems) {
    ServeSettings settings;
    // The options are defined again on a command of their own, so that folio.toml fills in
    // exactly those the command line left, as it did at start.
    CLI::App command("", "serve");
    add_serve_options(command, settings.options);
    for (const auto& [name, values] : given) {
        CLI::Option* option = command.get_option_no_throw(name);
        if (option == nullptr) continue;
        option->add_result(values);
        option->run_callback();
    }
    apply_config_tables(app, command, problems);
    if (problems.has_errors()) return std::nullopt;
    std::optional<LoadOptions> load =
        prepare(settings.options.site.common, settings.config, problems);
    if (!load) return std::nullopt;
    settings.load = std::move(*load);
    return settings;
}

}  // namespace folio::cli
