#pragma once

#include <span>
#include <string>
#include <vector>

#include "src/ast/article.hpp"
#include "src/diagnostics/diagnostic.hpp"

namespace folio {

/// Writes a body and its footnotes as the text of a file: what the format's reader reads back as
/// the same blocks, ending with a newline, or empty for an empty body. What it cannot give back
/// as it was is warned about in `diagnostics`, at `source.path`. Pure.
using BodyWriter = std::string (*)(std::span<const Block> body,
                                   const std::vector<Footnote>& footnotes, const Source& source,
                                   Diagnostics& diagnostics);

}  // namespace folio
