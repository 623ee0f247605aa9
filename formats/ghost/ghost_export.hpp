#pragma once

// Ghost's JSON export (Settings → Labs → Export, 4.x to 6.x; with or without the `db` wrapper
// older versions write) read into posts whose bodies are HTML.

#include <functional>
#include <string_view>

#include "src/plugin/export_reader.hpp"

namespace folio {

/// Reads every post and page of a Ghost export, in the export's order (an `ExportReader`).
/// Damaged JSON is an error at its line and column, and every row before and after the damage
/// that can still be read is delivered.
void read_ghost_export(const SourceText& file, Diagnostics& diagnostics,
                       const std::function<void(ExportedPost&&)>& deliver);

/// Whether a file starting with `head` is a Ghost export: an object whose `meta` holds
/// `exported_on` or `version`, possibly inside `{"db":[...]}`. Any other JSON is not.
bool is_ghost_export(std::string_view head);

}  // namespace folio
