#pragma once

#include <string>

#include "src/ast/article.hpp"
#include "src/diagnostics/diagnostic.hpp"

namespace folio {

/// Choices a front-matter writer may offer; a syntax without the choice ignores it.
struct FrontMatterWriteOptions {
    /// Quote every string, as the JavaScript engine's YAML files do (style A). Syntaxes whose
    /// strings are always quoted (TOML) ignore it.
    bool quote_all_strings = false;
    /// Dates only in forms YAML reads as timestamps (RFC 3339), never as the source wrote them
    /// when that is not one (Jekyll's `2025-04-10 21:30:00 +0900`): the JavaScript engines'
    /// js-yaml reads those as strings.
    bool dates_as_yaml_timestamps = false;
};

/// Writes `entries` in their order as a whole front-matter block, its fences included (`---`
/// lines for YAML, `+++` for TOML), ending with a newline. Values the syntax cannot hold as they
/// are (a null in TOML) are warned about in `diagnostics`, at `source.path`. Pure.
using FrontMatterWriter = std::string (*)(const Map& entries,
                                          const FrontMatterWriteOptions& options,
                                          const Source& source, Diagnostics& diagnostics);

}  // namespace folio
