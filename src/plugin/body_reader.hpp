#pragma once

#include <cstddef>
#include <vector>

#include "src/ast/article.hpp"
#include "src/diagnostics/diagnostic.hpp"
#include "src/engine/engine_syntax_options.hpp"
#include "src/source/source_text.hpp"

namespace folio {

/// What a body reader produces: the block tree and the footnote definitions.
struct Body {
    Blocks blocks;
    std::vector<Footnote> footnotes;
};

/// Reads the body `source.text()[begin, end)`, recognising the engine syntax `engine` turns on.
/// Positions point into the whole file. Never fails as a whole: problems (nesting past the
/// cap, say) are reported and the rest is kept.
using BodyReader = Body (*)(const SourceText& source, std::size_t begin, std::size_t end,
                            Diagnostics& diagnostics, const EngineSyntaxOptions& engine);

}  // namespace folio
