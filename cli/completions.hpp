#pragma once

// The shell completions, made from the command line's own option definitions, so they offer
// what `--help` lists and nothing else. `cmake --install` puts them where each shell looks.

#include <string>

namespace CLI {
class App;
}

namespace folio::cli {

/// Completion scripts for bash, zsh (`_folio`) and fish.
std::string bash_completion(const CLI::App& app);
std::string zsh_completion(const CLI::App& app);
std::string fish_completion(const CLI::App& app);

}  // namespace folio::cli
