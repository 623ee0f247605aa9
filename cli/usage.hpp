#pragma once

// Usage mistakes told the way a person can fix them: the command or option that does not exist
// named, with the nearest one that does.

#include <string>
#include <string_view>
#include <vector>

namespace CLI {
class App;
}

namespace folio::cli {

/// The first argument that is not an option: the command the user asked for, or empty.
std::string requested_command(int argc, char** argv);

/// The command called `name`, or nullptr (CLI11 2.1 has no non-throwing lookup).
CLI::App* command_named(CLI::App& app, std::string_view name);

/// `folio bogus`: says it is no command, with the nearest of `names` and the list; returns 2.
int unknown_command(const std::string& requested, const std::vector<std::string_view>& names);

/// For CLI11's "arguments were not expected" (`what`): each one named, options with the nearest
/// option of the command that was running (`command`, or the program's own when null).
std::string unknown_options_message(const CLI::App& app, const CLI::App* command,
                                    const std::string& what);

}  // namespace folio::cli
