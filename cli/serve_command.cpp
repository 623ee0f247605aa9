#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "cli/serve_options.hpp"
#include "formats/html/site_session.hpp"
#include "src/serve/file_watcher.hpp"
#include "src/serve/serve_loop.hpp"
#include "src/serve/site_server.hpp"

namespace folio::cli {

namespace {

serve::ServedProblems served(const std::vector<html::SiteProblem>& problems,
                             const std::string& settings_problem) {
    serve::ServedProblems out;
    out.all = settings_problem;
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

// The file folio.toml is read from: `--config`, else the working folder's (watched while it is
// missing too, so that one made later is read).
std::string config_file(const ServeCommandOptions& options) {
    return options.site.common.config_path.empty() ? std::string("folio.toml")
                                                   : options.site.common.config_path;
}

std::string errors_of(const Diagnostics& diagnostics) {
    std::string errors;
    for (const Diagnostic& d : diagnostics.items()) {
        if (d.severity == Severity::error) errors += format_diagnostic(d);
    }
    return errors;
}

// The site being served and what it was built with: replaced whole when folio.toml is saved
// and reads, kept when it does not.
class ServedSite {
public:
    ServedSite(const CLI::App& app, GivenOptions given, const ServeCommandOptions& options,
               Config config, LoadOptions load)
        : app_(app), given_(std::move(given)), config_file_(config_file(options)) {
        session_ = make_session(options, config, std::move(load));
    }
    ServedSite(const ServedSite&) = delete;  // its sessions report to `this`
    ServedSite& operator=(const ServedSite&) = delete;

    JobStatus build() { return session_->build(); }

    /// The inputs, static folder, favicon and folio.toml.
    std::vector<std::string> watched() const {
        std::vector<std::string> paths = session_->watched();
        paths.push_back(config_file_);
        return paths;
    }

    serve::ServedProblems problems() const {
        return served(session_->problems(), settings_problem_);
    }

    /// Rebuilds after `changed`; what became watched meanwhile is added to `watcher`.
    std::string rebuild(const std::vector<std::string>& changed, serve::FileWatcher& watcher) {
        std::vector<std::string> edits;
        bool settings = false;
        for (const std::string& path : changed) {
            if (std::filesystem::path(path).lexically_normal() ==
                std::filesystem::path(config_file_).lexically_normal())
                settings = true;
            else
                edits.push_back(path);
        }
        if (settings && reread_settings(watcher)) return "the whole site";
        if (edits.empty()) return "nothing (folio.toml has errors; the last good site is served)";
        return rebuilt(session_->rebuild(edits));
    }

private:
    std::unique_ptr<html::SiteSession> make_session(const ServeCommandOptions& options,
                                                    const Config& config, LoadOptions load) {
        return std::make_unique<html::SiteSession>(
            site_job(options.site, config), std::move(load), [this](const Diagnostics& reported) {
                print_diagnostics(reported);
                if (trying_settings_) build_errors_ += errors_of(reported);
            });
    }

    // folio.toml read again: when it reads and its settings are usable, the whole site is built
    // with them (true); otherwise the site stays the last good one and the errors are shown.
    bool reread_settings(serve::FileWatcher& watcher) {
        Diagnostics problems;
        std::optional<ServeSettings> settings = read_serve_settings(app_, given_, problems);
        print_diagnostics(problems);
        if (!settings) {
            settings_problem_ = errors_of(problems);
            return false;
        }
        const std::vector<std::string> before = watched();
        std::unique_ptr<html::SiteSession> next =
            make_session(settings->options, settings->config, std::move(settings->load));
        build_errors_.clear();
        trying_settings_ = true;
        const JobStatus status = next->build();
        trying_settings_ = false;
        if (status == JobStatus::usage) {
            // Refused before anything was written: the last good site stays, and its session.
            settings_problem_ = build_errors_;
            return false;
        }
        settings_problem_.clear();
        session_ = std::move(next);
        std::vector<std::string> added;
        for (const std::string& path : watched()) {
            if (std::find(before.begin(), before.end(), path) == before.end())
                added.push_back(path);
        }
        Diagnostics watching;
        watcher.watch(added, watching);
        print_diagnostics(watching);
        return true;
    }

    const CLI::App& app_;
    GivenOptions given_;
    std::string config_file_;
    std::unique_ptr<html::SiteSession> session_;
    std::string settings_problem_;  ///< folio.toml's errors, shown over every page
    bool trying_settings_ = false;  ///< the first build with a saved folio.toml is under way
    std::string build_errors_;      ///< its errors
};

int run_serve(const CLI::App& app, const ServeCommandOptions& options, GivenOptions given) {
    Diagnostics setup;
    Config config;
    std::optional<LoadOptions> load = prepare(options.site.common, config, setup);
    print_diagnostics(setup);
    if (!load) return kExitUsage;
    ServedSite site(app, std::move(given), options, std::move(config), std::move(*load));
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
