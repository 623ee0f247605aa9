#include <CLI/CLI.hpp>
#include <chrono>
#include <iostream>

#include "cli/commands.hpp"
#include "cli/served_site.hpp"
#include "src/serve/serve_loop.hpp"

namespace folio::cli {

namespace {

int run_serve(const CLI::App& app, const ServeCommandOptions& options, GivenOptions given) {
    Diagnostics setup;
    Config config;
    std::optional<LoadOptions> load = prepare(options.site.common, config, setup);
    print_diagnostics(setup);
    if (!load) return kExitUsage;
    ServedSite site(app, std::move(given), options, config, std::move(*load));
    if (site.build() == JobStatus::usage) return kExitUsage;
    // Blocked before the server's threads start, so that all of them leave the signals to the
    // loop, which stops between rebuilds.
    const serve::StopSignals stop;
    Diagnostics watching;
    serve::FileWatcher watcher(site.watched(), watching);
    print_diagnostics(watching);
    serve::SiteServer server({options.bind, options.port, options.site.output});
    if (const std::string problem = server.start(); !problem.empty()) {
        flush_diagnostics();
        std::cerr << "folio: error: " << problem << '\n';
        return kExitInputErrors;
    }
    server.reloaded(site.problems());
    flush_diagnostics();
    std::cerr << "folio serve: http://" << options.bind << ':' << server.port()
              << "/ serves " << options.site.output << "; watching for changes (Ctrl-C stops)"
              << std::endl;
    serve::watch_and_rebuild(
        watcher, server, stop, std::chrono::milliseconds(5),
        [&site, &watcher](const std::vector<std::string>& changed) {
            const auto started = std::chrono::steady_clock::now();
            const std::string what = site.rebuild(changed, watcher);
            const auto took = std::chrono::duration_cast<std::chrono::microseconds>(
                std::chrono::steady_clock::now() - started);
            flush_diagnostics();
            std::cerr << "folio serve: " << changed.size()
                      << (changed.size() == 1 ? " file" : " files") << " changed; rebuilt "
                      << what << " in " << took.count() / 1000.0 << " ms" << std::endl;
            return site.problems();
        });
    server.stop();
    std::cerr << "folio serve: stopped" << std::endl;
    return kExitOk;
}

}  // namespace

Runner add_serve_command(CLI::App& app) {
    auto options = std::make_shared<ServeCommandOptions>();
    auto given = std::make_shared<GivenOptions>();
    CLI::App* command = app.add_subcommand(
        "serve",
        "Build the HTML site, serve it on this machine and rebuild what an edit changes, "
        "reloading the browser (docs/formats/html.md#folio-serve)");
    add_serve_options(*command, *options);
    // Taken at the end of parsing, before folio.toml fills in the other options: a saved
    // folio.toml is applied again under what the command line gave.
    command->final_callback([command, given] { *given = given_options(*command); });
    return [&app, options, given] { return run_serve(app, *options, *given); };
}

}  // namespace folio::cli
