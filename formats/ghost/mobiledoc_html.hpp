#pragma once

#include <string_view>

#include "formats/ghost/ghost_cards.hpp"

namespace folio {

/// Ghost 1-4's `mobiledoc` body (markups, atoms, cards and sections, as JSON text) as the
/// HTML Ghost renders from it. Damaged JSON or sections folio does not know are problems in
/// `out`; what can be rendered still is.
void render_mobiledoc(std::string_view mobiledoc, GhostBody& out);

}  // namespace folio
