// folio: reads blog articles once, into one canonical model, and writes them anywhere.

#include <CLI/CLI.hpp>
#include <iostream>

#include "cli/commands.hpp"
#include "cli/config_tables.hpp"
#include "cli/manual.hpp"
#include "cli/usage.hpp"
#include "formats/registry.hpp"
#include "src/output/temp_files.hpp"

using folio::cli::kExitUsage;

int main(int argc, char** argv) {
    // Ctrl-C or a kill during a run removes its temporary and lock files (src/output/temp_files).
    folio::remove_temp_files_on_signals();
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
        {"serve", folio::cli::add_serve_command(app)},
        {"migrate", folio::cli::add_migrate_command(app)},
        {"verify", folio::cli::add_verify_command(app)},
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
    const std::string requested = folio::cli::requested_command(argc, argv);
    if (requested == "help") {
        std::vector<std::string> args(argv + 1, argv + argc);
        std::erase(args, "help");
        const std::string topic = args.empty() ? "" : args.front();
        if (topic.empty()) {
            std::cout << app.help();
            return 0;
        }
        if (const CLI::App* command = folio::cli::command_named(app, topic)) {
            std::cout << command->help();
            return 0;
        }
        return folio::cli::unknown_command(topic, names);
    }
    if (!requested.empty() && folio::cli::command_named(app, requested) == nullptr)
        return folio::cli::unknown_command(requested, names);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ExtrasError& error) {
        const auto parsed = app.get_subcommands();
        std::cerr << folio::cli::unknown_options_message(app, parsed.empty() ? nullptr : parsed.front(),
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
        } catch (const std::bad_alloc&) {
            // Caught, so the stack unwinds and removes temporary files; uncaught, it ended in
            // SIGABRT with nothing said. Workers report the article they were on themselves.
            folio::cli::flush_diagnostics();
            std::cerr << "folio: error: out of memory: the run stopped [out-of-memory]\n";
            return 1;
        } catch (...) {
            folio::cli::flush_diagnostics();  // what was reported before it went wrong
            throw;
        }
        std::string output;
        if (const CLI::Option* out = command.get_option_no_throw("--output");
            out != nullptr && out->count() > 0)
            output = out->as<std::string>();
        if (output == "-") output = "standard output";
        folio::cli::finish_run(name, output,
                               folio::find_writer(folio::builtin_formats(), name) != nullptr &&
                                   code != kExitUsage);
        return code;
    }
    return kExitUsage;
}
