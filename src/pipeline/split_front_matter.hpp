#pragma once

#include <cstddef>

#include "src/ast/article.hpp"
#include "src/diagnostics/diagnostic.hpp"
#include "src/source/source_text.hpp"

namespace folio {

/// Where the front matter and the body of a file are, as Hugo finds them: a first line `---`
/// opens YAML (closed by `---` or `...`), `+++` opens TOML, `{` opens a JSON object; anything
/// else means no front matter. Blank lines before the opening line are allowed.
struct FrontMatterSplit {
    FrontMatterSyntax syntax = FrontMatterSyntax::none;
    std::size_t begin = 0;       ///< first byte of the front-matter content (after the fence)
    std::size_t end = 0;         ///< one past its last byte (before the closing fence)
    std::size_t body_begin = 0;  ///< first byte of the body
};

/// Finds the front matter of `source`. Fails (`front-matter.unterminated`) when an opening
/// fence has no closing one, pointing at the opening line.
Result<FrontMatterSplit> split_front_matter(const SourceText& source);

}  // namespace folio
