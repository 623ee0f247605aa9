#pragma once

#include "src/diagnostics/diagnostic.hpp"

namespace CLI {
class App;
}

namespace folio::cli {

/// Reads the running command's table in folio.toml (`[epub]`, `[feed]`, ...) and gives each of
/// its options the table's value where the command line did not give one, so a site is set up
/// once: the command line wins, then the table, then the top-level keys. Keys that are no
/// option of the command, and tables that are no command, are warned about with the nearest
/// name. A value the option refuses is an error at its place in folio.toml: prints it and
/// returns false (exit 2). A missing or broken folio.toml is left to the command to report.
bool apply_config_tables(const CLI::App& app, CLI::App& command);

/// The same, with what is wrong in the tables reported to `problems` instead of printed.
void apply_config_tables(const CLI::App& app, CLI::App& command, Diagnostics& problems);

}  // namespace folio::cli
