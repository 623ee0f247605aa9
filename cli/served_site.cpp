#include "cli/served_site.hpp"

#include <algorithm>
#include <filesystem>

namespace folio::cli {

namespace {

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

std::string rebuilt(const html::RebuildSummary& summary) {
    if (summary.full) return "the whole site";
    std::string what = std::to_string(summary.pages) + (summary.pages == 1 ? " page" : " pages");
    if (summary.removed > 0) what += ", removed " + std::to_string(summary.removed);
    if (summary.lists) what += ", the lists";
    if (summary.feeds) what += ", the feeds";
    return what;
}

}  // namespace

ServedSite::ServedSite(const CLI::App& app, GivenOptions given, const ServeCommandOptions& options,
                       const Config& config, LoadOptions load)
    : app_(app), given_(std::move(given)), config_file_(config_file(options)) {
    session_ = make_session(options, config, std::move(load));
}

std::vector<std::string> ServedSite::watched() const {
    std::vector<std::string> paths = session_->watched();
    paths.push_back(config_file_);
    return paths;
}

serve::ServedProblems ServedSite::problems() const {
    serve::ServedProblems out;
    out.all = settings_problem_;
    for (const html::SiteProblem& problem : session_->problems()) {
        out.all += problem.message;
        if (!problem.page_file.empty()) out.pages[problem.page_file] += problem.message;
    }
    return out;
}

std::string ServedSite::rebuild(const std::vector<std::string>& changed,
                                serve::FileWatcher& watcher) {
    std::vector<std::string> edits;
    bool settings = false;
    for (const std::string& path : changed) {
        if (std::filesystem::path(path).lexically_normal() ==
            std::filesystem::path(config_file_).lexically_normal())
            settings = true;
        else
            edits.push_back(path);
    }
    // A whole build reads every input: the edits saved with folio.toml are in it.
    if (settings && reread_settings(watcher)) return "the whole site";
    if (edits.empty()) return "nothing (folio.toml has errors; the last good site is served)";
    return rebuilt(session_->rebuild(edits));
}

std::unique_ptr<html::SiteSession> ServedSite::make_session(const ServeCommandOptions& options,
                                                            const Config& config,
                                                            LoadOptions load) {
    return std::make_unique<html::SiteSession>(
        site_job(options.site, config), std::move(load), [this](const Diagnostics& reported) {
            print_diagnostics(reported);
            if (trying_settings_) build_errors_ += errors_of(reported);
        });
}

// folio.toml read again: when it reads and its settings are usable, the whole site is built
// with them (true); otherwise the site stays the last good one and the errors are shown.
bool ServedSite::reread_settings(serve::FileWatcher& watcher) {
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

}  // namespace folio::cli
