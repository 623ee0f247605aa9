#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace folio {

/// True for `.mdx` paths: Markdown with JSX components and ES module statements.
bool is_mdx_path(std::string_view path);

/// MDX's `import` and `export` statements at the top of a body (from `begin`: blank lines,
/// then blocks of lines whose first starts with `import ` or `export `, each block ending at a
/// blank line, as MDX reads them): where the Markdown starts after them, and each block's text
/// as written. They are code for the JavaScript build, not text for a reader.
struct EsmPrelude {
    std::size_t body_begin = 0;
    std::vector<std::string> statements;
};
EsmPrelude skip_esm_prelude(std::string_view text, std::size_t begin);

}  // namespace folio
