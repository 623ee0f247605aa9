#pragma once

// The options of `folio serve`, and how they are read again when folio.toml is saved while it
// runs: the values the command line gave, with the file as it is now under them, as at start.

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "cli/site_options.hpp"

namespace CLI {
class App;
}

namespace folio::cli {

/// What serve's options hold after parsing.
struct ServeCommandOptions {
    SiteCommandOptions site;
    std::string bind = "127.0.0.1";
    int port = 1313;
};

/// Adds serve's options to `command`: the site's (drafts shown unless `--no-drafts`),
/// `--port` and `--bind`.
void add_serve_options(CLI::App& command, ServeCommandOptions& options);

/// The options a command line gave (by name), each with its values as parsed.
using GivenOptions = std::vector<std::pair<std::string, std::vector<std::string>>>;

/// What `command`'s command line gave: taken once it is parsed, before folio.toml fills in the
/// options it did not give.
GivenOptions given_options(const CLI::App& command);

/// What `folio serve` builds with.
struct ServeSettings {
    ServeCommandOptions options;
    Config config;  ///< folio.toml as read
    LoadOptions load;
};

/// The settings `given` makes with folio.toml as it is now, as at start: the command line
/// wins, then `[serve]`, `[html]` and the top-level keys (`app` holds every command, for the
/// tables' names). Null when folio.toml does not read or refuses a value: its errors (at their
/// line and column) are in `problems`, with any warnings.
std::optional<ServeSettings> read_serve_settings(const CLI::App& app, const GivenOptions& given,
                                                 Diagnostics& problems);

}  // namespace folio::cli
