#pragma once

// The command line's options as its manual pages and shell completions show them, read off the
// CLI11 definitions that `--help` prints.

#include <string>
#include <string_view>
#include <vector>

namespace CLI {
class App;
}

namespace folio::cli {

/// One option as the manual and completions show it.
struct OptionView {
    std::string long_name;   ///< `--title`, empty for short-only
    std::string short_name;  ///< `-o`, empty when none
    std::string value;       ///< `TEXT`, `UINT`...; empty for flags
    std::vector<std::string> choices;
    std::string help;
    bool required = false;
};

/// The options of `command` that are not positional, in definition order.
std::vector<OptionView> options_of(const CLI::App& command);

/// The help of the command's positional argument (its inputs), or empty.
std::string positional_help(const CLI::App& command);

/// The commands of `app`, in definition order.
std::vector<const CLI::App*> commands_of(const CLI::App& app);

/// `list` joined with spaces.
std::string words(const std::vector<std::string>& list);

/// Every long and short option name of `command`.
std::vector<std::string> option_words(const CLI::App& command);

/// `text` in single quotes for a shell, its own quotes escaped.
std::string single_quoted(std::string_view text);

}  // namespace folio::cli
