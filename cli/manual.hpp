#pragma once

// The manual pages and shell completions, made from the command line's own option definitions
// (the ones `--help` prints), so they cannot drift from it. The build runs
// `folio --generate-manual DIR` and `cmake --install` puts the files where Debian keeps them.

#include <filesystem>
#include <string>

namespace CLI {
class App;
}

namespace folio::cli {

/// `folio.1` (the program and its commands) or, for a command, `folio-epub.1`: roff (man(7)).
std::string man_page(const CLI::App& app, const CLI::App* command);

/// Writes `man/folio.1`, `man/folio-COMMAND.1` and `completions/{folio.bash,_folio,folio.fish}`
/// under `folder`. Returns an error message, or empty.
std::string write_manual(const CLI::App& app, const std::filesystem::path& folder);

}  // namespace folio::cli
