#pragma once

// WordPress's export (WXR 1.0-1.2: Tools → Export, `wp export`), read into `ExportedPost`s.

#include <functional>
#include <string_view>

#include "src/diagnostics/diagnostic.hpp"
#include "src/plugin/export_reader.hpp"
#include "src/source/source_text.hpp"

namespace folio {

/// Whether a file starting with `head` is a WXR export: an RSS document declaring WordPress's
/// export namespace.
bool recognises_wordpress_export(std::string_view head);

/// Reads the posts and pages of a WXR file (or of one part of a split export) item by item, so
/// that damage in one item (truncated XML, a stray `&`) is an error at its line and column and
/// every other item is still read; hands each post or page to `deliver` in the file's order,
/// once the attachments have been read (featured images and galleries name attachments that may
/// come later in the file). See docs/import.md for how each field maps.
void read_wordpress_export(const SourceText& file, Diagnostics& diagnostics,
                           const std::function<void(ExportedPost&&)>& deliver);

}  // namespace folio
