// folio: reads blog articles once, into one canonical model, and writes them anywhere.

#include <CLI/CLI.hpp>
#include <iostream>
#include <sstream>

#include "cli/commands.hpp"
#include "cli/config_tables.hpp"
#include "cli/manual.hpp"
#include "formats/registry.hpp"
#include "src/text/closest_word.hpp"

namespace {

using folio::cli::kExitUsage;

/// The first argument that is not an option: the command the user asked for.
std::string requested_command(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--") return {};
        if (!arg.starts_with('-')) return std::string(arg);
    }
    return {};
}

std::string list_of(const std::vector<std::string_view>& names) {
    std::string out;
    for (const std::string_view name : names) out += (out.empty() ? "" : ", ") + std::string(name);
    return out;
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
        if (const std::string near = folio::closest_word(name, candidates); !near.empty())
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
    if (const std::string near = folio::closest_word(requested, names); !near.empty())
        message += "; did you mean '" + near + "'?";
    std::cerr << message << "\ncommands: " << list_of(names)
              << "\nRun 'folio --help' for what each does.\n";
    return kExitUsage;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"folio: convert blog articles between Markdown front-matter styles, EPUB, "
                 "feeds, Hugo and HTML"};
    app.require_subcommand(1);
    app.set_version_flag("--version", "folio " FOLIO_VERSION);
    bool quiet = false;
    bool verbose = false;
    app.add_flag("-q,--quiet", quiet, "Only errors and warnings: no notes, progress or summary");
    app.add_flag("-v,--verbose", verbose,
                 "Every diagnostic (none folded), and the closing summary also in pipes");
    const std::vector<std::pair<std::string, folio::cli::Runner>> commands = {
        {"inspect", folio::cli::add_inspect_command(app)},
        {"render", folio::cli::add_render_command(app)},
        {"check", folio::cli::add_check_command(app)},
        {"epub", folio::cli::add_epub_command(app)},
        {"hugo", folio::cli::add_hugo_command(app)},
        {"markdown", folio::cli::add_markdown_command(app)},
        {"feed", folio::cli::add_feed_command(app)},
        {"html", folio::cli::add_html_command(app)},
    };
    std::vector<std::string_view> names;
    for (CLI::App* command : app.get_subcommands({})) {
        command->fallthrough();  // --quiet and --verbose also after the command's name
        names.push_back(command->get_name());
    }
    std::string writers;
    for (const folio::WriterFormat& writer : folio::builtin_formats().writers)
        writers += "  " + std::string(writer.name) + ": " + std::string(writer.summary) + '\n';
    app.footer("Formats written:\n" + writers + "\n'folio help COMMAND' shows a command's options.");

    // The build makes the manual pages and completions from these definitions (cli/manual.hpp).
    if (argc == 3 && std::string_view(argv[1]) == "--generate-manual") {
        const std::string problem = folio::cli::write_manual(app, argv[2]);
        if (!problem.empty()) std::cerr << "folio: error: " << problem << '\n';
        return problem.empty() ? 0 : 1;
    }

    // `folio help [COMMAND]`, and a command that does not exist named as such.
    const std::string requested = requested_command(argc, argv);
    if (requested == "help") {
        std::vector<std::string> args(argv + 1, argv + argc);
        std::erase(args, "help");
        const std::string topic = args.empty() ? "" : args.front();
        if (topic.empty()) {
            std::cout << app.help();
            return 0;
        }
        if (const CLI::App* command = command_named(app, topic)) {
            std::cout << command->help();
            return 0;
        }
        return unknown_command(topic, names);
    }
    if (!requested.empty() && command_named(app, requested) == nullptr)
        return unknown_command(requested, names);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ExtrasError& error) {
        const auto parsed = app.get_subcommands();
        std::cerr << unknown_options_message(app, parsed.empty() ? nullptr : parsed.front(),
                                             error.what());
        return kExitUsage;
    } catch (const CLI::ParseError& error) {
        const int code = app.exit(error);
        return code == 0 ? 0 : kExitUsage;
    }
    folio::cli::configure_terminal(folio::cli::detect_terminal(quiet, verbose));
    for (const auto& [name, run] : commands) {
        if (!app.got_subcommand(name)) continue;
        CLI::App& command = *app.get_subcommand(name);
        // `[epub]` in folio.toml: options the command line did not give.
        if (!folio::cli::apply_config_tables(app, command)) {
            folio::cli::flush_diagnostics();
            return kExitUsage;
        }
        int code = 0;
        try {
            code = run();
        } catch (...) {
            folio::cli::flush_diagnostics();  // what was reported before it went wrong
            throw;
        }
        std::string output;
        if (const CLI::Option* out = command.get_option_no_throw("--output");
            out != nullptr && out->count() > 0)
            output = out->as<std::string>();
        folio::cli::finish_run(name, output,
                               folio::find_writer(folio::builtin_formats(), name) != nullptr &&
                                   code != kExitUsage);
        return code;
    }
    return kExitUsage;
}
