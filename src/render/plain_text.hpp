#pragma once

#include <string>

#include "src/ast/article.hpp"

namespace folio {

/// Appends `inlines` flattened to text the way cmark renders an image's `alt`: the literal
/// text of text, code and raw HTML, a space for each line break, the alt text of nested
/// images, nothing for footnote references. Not escaped: the caller escapes for its context.
void append_plain_text(std::string& out, const Inlines& inlines);

}  // namespace folio
