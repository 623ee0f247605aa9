// folio: reads blog articles once, into one canonical model, and writes them anywhere.

#include <CLI/CLI.hpp>
#include <iostream>

#include "cli/commands.hpp"

int main(int argc, char** argv) {
    CLI::App app{"folio: convert blog articles between Markdown front-matter styles, EPUB, "
                 "feeds, Hugo and HTML"};
    app.require_subcommand(1);
    app.set_version_flag("--version", "folio 0.1.0");
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
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& error) {
        const int code = app.exit(error);
        return code == 0 ? 0 : folio::cli::kExitUsage;
    }
    for (const auto& [name, run] : commands) {
        if (!app.got_subcommand(name)) continue;
        int code = 0;
        try {
            code = run();
        } catch (...) {
            folio::cli::flush_diagnostics();  // what was reported before it went wrong
            throw;
        }
        folio::cli::flush_diagnostics();
        return code;
    }
    return folio::cli::kExitUsage;
}
