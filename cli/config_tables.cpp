#include "cli/config_tables.hpp"

#include <CLI/CLI.hpp>
#include <algorithm>

#include "cli/terminal.hpp"
#include "src/pipeline/config.hpp"
#include "src/text/closest_word.hpp"

namespace folio::cli {

namespace {

Diagnostic at(const Config& config, Severity severity, std::string code, std::string message,
              SourcePos position) {
    return config.source->diagnostic_at(severity, std::move(code), std::move(message), position);
}

}  // namespace

bool apply_config_tables(const CLI::App& app, CLI::App& command) {
    Diagnostics problems;
    apply_config_tables(app, command, problems);
    print_diagnostics(problems);
    return !problems.has_errors();
}

void apply_config_tables(const CLI::App& app, CLI::App& command, Diagnostics& problems) {
    std::string path;
    if (const CLI::Option* option = command.get_option_no_throw("--config");
        option != nullptr && option->count() > 0)
        path = option->as<std::string>();
    Diagnostics ignored;  // the command loads folio.toml again and reports what is wrong there
    const Result<Config> loaded = load_config(path, ignored);
    if (!loaded || loaded->tables.empty()) return;
    const Config& config = *loaded;

    std::vector<std::string> command_names;
    for (const CLI::App* sub : app.get_subcommands({})) command_names.push_back(sub->get_name());
    std::vector<std::string_view> commands(command_names.begin(), command_names.end());
    std::vector<std::string> option_names;
    for (const CLI::Option* option : command.get_options()) {
        for (const std::string& name : option->get_lnames()) {
            if (name != "help" && name != "config") option_names.push_back(name);
        }
    }
    std::vector<std::string_view> options;
    for (const std::string& name : option_names) options.push_back(name);

    // `folio serve` builds the site `folio html` builds: its own table first, then `[html]`'s.
    std::vector<std::string> own_tables{command.get_name()};
    if (command.get_name() == "serve") own_tables.emplace_back("html");
    std::vector<const ConfigTable*> ordered;
    for (const std::string& name : own_tables) {
        for (const ConfigTable& table : config.tables) {
            if (table.name == name) ordered.push_back(&table);
        }
    }
    for (const ConfigTable& table : config.tables) {
        if (std::find(own_tables.begin(), own_tables.end(), table.name) == own_tables.end())
            ordered.push_back(&table);
    }

    for (const ConfigTable* in_order : ordered) {
        const ConfigTable& table = *in_order;
        const bool is_command = std::find(commands.begin(), commands.end(), table.name) !=
                                commands.end();
        if (!is_command) {
            std::string message = "unknown table [" + table.name + "] in folio.toml is ignored";
            if (const std::string near = closest_word(table.name, commands); !near.empty())
                message += "; did you mean [" + near + "]?";
            problems.report(at(config, Severity::warning, "config.unknown-table",
                               std::move(message), table.at));
            continue;
        }
        if (std::find(own_tables.begin(), own_tables.end(), table.name) == own_tables.end())
            continue;
        for (const ConfigSetting& setting : table.settings) {
            std::string name = setting.key;
            std::replace(name.begin(), name.end(), '_', '-');
            CLI::Option* option = name == "help" || name == "config"
                                      ? nullptr
                                      : command.get_option_no_throw("--" + name);
            std::string value = setting.value;
            // `search = false` is how a config file says `--no-search`; `search = true` is the
            // default such an option turns off.
            if (CLI::Option* negated = option == nullptr && (value == "true" || value == "false")
                                           ? command.get_option_no_throw("--no-" + name)
                                           : nullptr;
                negated != nullptr && negated->get_expected_min() == 0) {
                if (value == "true") continue;
                option = negated;
                value = "true";
            }
            if (option == nullptr) {
                // An `[html]` key serve has no use for (`sync`) is html's, not a mistake.
                if (table.name != command.get_name()) continue;
                std::string message = "'" + setting.key + "' is not an option of folio " +
                                      table.name + "; it is ignored";
                if (const std::string near = closest_word(setting.key, options); !near.empty())
                    message += "; did you mean '" + near + "'?";
                problems.report(at(config, Severity::warning, "config.unknown-key",
                                   std::move(message), setting.at));
                continue;
            }
            if (option->count() > 0) continue;  // the command line wins
            const bool flag = option->get_expected_min() == 0;
            if (flag && value != "true") continue;  // a flag's default is off
            try {
                option->add_result(value);
                option->run_callback();
            } catch (const CLI::Error& error) {
                problems.report(at(config, Severity::error, "config.value",
                                   "'" + setting.key + "' in [" + table.name +
                                       "]: " + error.what(),
                                   setting.at));
            }
        }
    }
}

}  // namespace folio::cli
