#pragma once

// The site `folio serve` serves and the settings it was built with: an edit rebuilds what it
// changes (html::SiteSession); a saved folio.toml that reads rebuilds the whole site with its
// new settings, one that does not keeps the last good site and shows its errors.

#include <memory>
#include <string>
#include <vector>

#include "cli/serve_options.hpp"
#include "formats/html/site_session.hpp"
#include "src/serve/file_watcher.hpp"
#include "src/serve/site_server.hpp"

namespace CLI {
class App;
}

namespace folio::cli {

/// Not thread-safe: the serve loop drives it. Diagnostics are printed as they come.
class ServedSite {
public:
    /// The site `options` and the `config` and `load` made of them describe; `given` is what
    /// the command line gave, for folio.toml read again (`app` holds every command).
    ServedSite(const CLI::App& app, GivenOptions given, const ServeCommandOptions& options,
               const Config& config, LoadOptions load);
    ServedSite(const ServedSite&) = delete;  // its sessions report to `this`
    ServedSite& operator=(const ServedSite&) = delete;

    /// The first build, in full; `usage` when the settings are wrong.
    JobStatus build() { return session_->build(); }

    /// The inputs, static folder, favicon and folio.toml (watched also while it is missing).
    std::vector<std::string> watched() const;

    /// The errors the pages show: folio.toml's, then the inputs'.
    serve::ServedProblems problems() const;

    /// Rebuilds after `changed`; what the settings now name is added to `watcher`. Returns what
    /// was rebuilt, for the terminal.
    std::string rebuild(const std::vector<std::string>& changed, serve::FileWatcher& watcher);

private:
    std::unique_ptr<html::SiteSession> make_session(const ServeCommandOptions& options,
                                                    const Config& config, LoadOptions load);
    bool reread_settings(serve::FileWatcher& watcher);

    const CLI::App& app_;
    GivenOptions given_;
    std::string config_file_;
    std::unique_ptr<html::SiteSession> session_;
    std::string settings_problem_;  ///< folio.toml's errors, shown over every page
    bool trying_settings_ = false;  ///< the first build with a saved folio.toml is under way
    std::string build_errors_;      ///< its errors
};

}  // namespace folio::cli
