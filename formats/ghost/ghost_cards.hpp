#pragma once

// Ghost's cards (image, gallery, bookmark, code, callout ...) as the HTML Ghost's own renderer
// gives them. Lexical (Ghost 5+) and mobiledoc (Ghost 1-4) store a card's settings under the
// same names, so both body readers share this.

#include <string>
#include <string_view>
#include <vector>

#include "formats/ghost/json_tree.hpp"

namespace folio {

/// A body rendered to HTML, and what could not be rendered (one message each, for a warning).
struct GhostBody {
    std::string html;
    std::vector<std::string> problems;
};

/// Appends the HTML of card `name` with its settings `payload`. A card Ghost has but folio does
/// not know is a problem in `out` and kept whole, as JSON in an HTML comment, so nothing is
/// lost. `raw` is the card's JSON as written.
void append_ghost_card(std::string_view name, const JsonValue& payload, std::string_view raw,
                       GhostBody& out);

/// An HTML comment holding `raw` (a node or card Ghost had and folio cannot render), and a
/// problem naming it.
void append_kept_as_comment(std::string_view what, std::string_view raw, GhostBody& out);

}  // namespace folio
