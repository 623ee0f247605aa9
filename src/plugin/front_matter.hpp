#pragma once

#include <cstddef>
#include <vector>

#include "src/ast/article.hpp"
#include "src/diagnostics/diagnostic.hpp"
#include "src/source/source_text.hpp"

namespace folio {

/// Front matter decoded into typed values, before any field mapping. `positions[i]` is where
/// the value of `entries[i]` starts in the whole file, for diagnostics about that key.
struct FrontMatter {
    Map entries;
    std::vector<SourcePos> positions;
    /// What the decoder read past rather than refused (a repeated key: the last value is kept),
    /// for the caller to report.
    std::vector<Diagnostic> warnings{};
};

/// Decodes the front-matter bytes `[begin, end)` of `source.text()` (without the fences).
/// Errors point into the whole file. Library exceptions never escape.
using FrontMatterDecoder = Result<FrontMatter> (*)(const SourceText& source, std::size_t begin,
                                                   std::size_t end);

}  // namespace folio
