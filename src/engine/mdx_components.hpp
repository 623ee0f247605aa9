#pragma once

// JSX components in an MDX post (`<Callout>`, `<Chart data={x} />`), which only an MDX build
// renders: moved to an engine that reads the post as Markdown, each is an unknown HTML element.

#include <cstddef>
#include <string_view>

#include "src/engine/engine_translation.hpp"

namespace folio {

/// Each JSX component's opening tag in `text` (a body starting at byte `offset` of its file),
/// code left alone: a `<` followed by a capital letter (HTML's own tags are lower case), listed
/// in `untranslated` (`migrate.mdx.component`) for a warning at its place. No edits: the tag
/// is left as written. Never fails; linear.
EngineTranslation find_mdx_components(std::string_view text, std::size_t offset,
                                      std::string_view target_name);

}  // namespace folio
