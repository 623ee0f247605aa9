#pragma once

#include "src/source/position_cursor.hpp"
#include "formats/ghost/ghost_tables.hpp"
#include "src/plugin/export_reader.hpp"

namespace folio {

/// One row of Ghost's `posts` table as an exported post: its fields, its tags, authors and
/// post meta through `tables`, its body as HTML (`html`, else `lexical`, else `mobiledoc`),
/// `__GHOST_URL__` made site-relative everywhere. Problems in the body are warnings in
/// `diagnostics` at the body's place in the export; `positions` must not have passed the row.
ExportedPost ghost_post(const JsonValue& row, const GhostTables& tables,
                        PositionCursor& positions, Diagnostics& diagnostics);

/// `text` with every `__GHOST_URL__` (Ghost's placeholder for the site's address) removed, so
/// `__GHOST_URL__/content/images/a.jpg` is `/content/images/a.jpg`.
std::string without_ghost_url(std::string_view text);

}  // namespace folio
