#include "cli/usage.hpp"

#include <CLI/CLI.hpp>
#include <iostream>
#include <sstream>

#include "cli/commands.hpp"
#include "src/text/closest_word.hpp"

namespace folio::cli {

namespace {

std::string list_of(const std::vector<std::string_view>& names) {
    std::string out;
    for (const std::string_view name : names) out += (out.empty() ? "" : ", ") + std::string(name);
    return out;
}

}  // namespace

/// The first argument that is not an option: the command the user asked for.
std::string requested_command(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--") return {};
        if (!arg.starts_with('-')) return std::string(arg);
    }
    return {};
}


/// `--titel` → "did you mean '--title'?" among the options of the command that was running.
std::string unknown_options_message(const CLI::App& app, const CLI::App* command,
                                    const std::string& what) {
    const CLI::App& scope = command != nullptr ? *command : app;
    std::vector<std::string> names;
    for (const CLI::Option* option : scope.get_options()) {
        for (const std::string& name : option->get_lnames()) names.push_back("--" + name);
    }
    std::vector<std::string_view> candidates(names.begin(), names.end());
    const std::string prefix = "folio" + (command != nullptr ? " " + command->get_name() : "");
    // CLI11 lists the arguments it did not expect after the colon, last first.
    std::vector<std::string> unexpected;
    std::istringstream words(what.substr(what.find(':') + 1));
    for (std::string word; words >> word;) unexpected.insert(unexpected.begin(), word);
    std::string out;
    for (const std::string& word : unexpected) {
        if (!word.starts_with("-")) {
            out += prefix + ": error: unexpected argument '" + word + "'\n";
            continue;
        }
        const std::string name = word.substr(0, word.find('='));
        out += prefix + ": error: unknown option '" + name + "'";
        if (const std::string near = closest_word(name, candidates); !near.empty())
            out += "; did you mean '" + near + "'?";
        out += '\n';
    }
    const std::string help = command != nullptr ? "folio help " + command->get_name() : "folio --help";
    return out + "Run '" + help + "' for the options.\n";
}

/// The command called `name`, or nullptr (CLI11 2.1 has no non-throwing lookup).
CLI::App* command_named(CLI::App& app, std::string_view name) {
    for (CLI::App* command : app.get_subcommands({})) {
        if (command->get_name() == name) return command;
    }
    return nullptr;
}

/// `folio bogus`: named as a command that does not exist, with the nearest one.
int unknown_command(const std::string& requested, const std::vector<std::string_view>& names) {
    std::string message = "folio: error: '" + requested + "' is not a folio command";
    if (const std::string near = closest_word(requested, names); !near.empty())
        message += "; did you mean '" + near + "'?";
    std::cerr << message << "\ncommands: " << list_of(names)
              << "\nRun 'folio --help' for what each does.\n";
    return kExitUsage;
}

}  // namespace folio::cli
