#pragma once

#include <string_view>

#include "formats/ghost/ghost_cards.hpp"

namespace folio {

/// Ghost 5's `lexical` body (a Lexical editor state as JSON text) as the HTML Ghost renders
/// from it. Damaged JSON or nodes folio does not know are problems in `out`; what can be
/// rendered still is.
void render_lexical(std::string_view lexical, GhostBody& out);

}  // namespace folio
