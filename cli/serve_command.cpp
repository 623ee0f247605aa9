#include <CLI/CLI.hpp>
#include <chrono>
#include <iostream>

#include "cli/commands.hpp"
#include "cli/site_options.hpp"
#include "formats/html/site_session.hpp"
#include "src/serve/file_watcher.hpp"
#include "src/serve/serve_loop.hpp"
#include "src/serve/site_server.hpp"

namespace folio::cli {

namespace {

struct ServeCommandOptions {
    SiteCommandOptions site;
    std::string bind = "127.0.0.1";
    int port = 1313;
};

serve::ServedProblems served(const std::vector<html::SiteProblem>& problems) {
    serve::ServedProblems out;
    for (const html::SiteProblem& problem : problems) {
        out.all += problem.message;
        if (!problem.page_file.empty()) out.pages[problem.page_file] += problem.message;
    }
    return out;
}

std::string rebuilt(const html::RebuildSummary& summary) {
    if (summary.full) return "the whole site";
    std::string what = std::to_string(summary.pages) + (summary.pages == 1 ? " page" : " pages");
    if (summary.removed > 0) what += ", removed " + std::to_string(summary.removed);
    if (summary.lists) what += ", the lists";
    if (summary.feeds) what += ", the feeds";
    return what;
}

int run_serve(const ServeCommandOptions& options) {
    Diagnostics setup;
    Config config;
    const std::optional<LoadOptions> load = prepare(options.site.common, config, setup);
    print_diagnostics(setup);
    if (!load) return kExitUsage;
    html::SiteSession session(site_job(options.site, config), *load, print_diagnostics);
    if (session.build() == JobStatus::usage) return kExitUsage;
    // Blocked before the server's threads start, so that all of them leave the signals to the
    // loop, which stops between rebuilds.
    const serve::StopSignals stop;
    Diagnostics watching;
    serve::FileWatcher watcher(session.watched(), watching);
    print_diagnostics(watching);
    serve::SiteServer server({options.bind, options.port, options.site.output});
    if (const std::string problem = server.start(); !problem.empty()) {
        flush_diagnostics();
        std::cerr << "folio: error: " << problem << '\n';
        return kExitInputErrors;
    }
    server.reloaded(served(session.problems()));
    flush_diagnostics();
    std::cerr << "folio serve: http://" << options.bind << ':' << server.port()
              << "/ serves " << options.site.output << "; watching for changes (Ctrl-C stops)"
              << std::endl;
    serve::watch_and_rebuild(
        watcher, server, stop, std::chrono::milliseconds(5),
        [&session](const std::vector<std::string>& changed) {
            const auto started = std::chrono::steady_clock::now();
            const html::RebuildSummary summary = session.rebuild(changed);
            const auto took = std::chrono::duration_cast<std::chrono::microseconds>(
                std::chrono::steady_clock::now() - started);
            flush_diagnostics();
            std::cerr << "folio serve: " << changed.size()
                      << (changed.size() == 1 ? " file" : " files") << " changed; rebuilt "
                      << rebuilt(summary) << " in " << took.count() / 1000.0 << " ms"
                      << std::endl;
            return served(session.problems());
        });
    server.stop();
    std::cerr << "folio serve: stopped" << std::endl;
    return kExitOk;
}

}  // namespace

Runner add_serve_command(CLI::App& app) {
    auto options = std::make_shared<ServeCommandOptions>();
    CLI::App* command = app.add_subcommand(
        "serve",
        "Build the HTML site, serve it on this machine and rebuild what an edit changes, "
        "reloading the browser (docs/formats/html.md#folio-serve)");
    add_site_options(*command, options->site);
    command->add_option("--port", options->port,
                        "Port to serve on (default 1313, as hugo server; 0: any free port)");
    command->add_option("--bind", options->bind,
                        "Address to serve on (default 127.0.0.1: this machine only)");
    return [options] { return run_serve(*options); };
}

}  // namespace folio::cli
