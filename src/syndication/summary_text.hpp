#pragma once

#include <string>

#include "src/ast/article.hpp"

namespace folio {

/// The text a feed shows as an item's description: the front-matter summary (`summary` or
/// `excerpt`), else its `description`, else the paragraphs before a `<!--more-->` divider, else
/// the first paragraph of the body as plain text, white space collapsed and raw HTML tags left
/// out. Empty when the article has none of them.
std::string summary_text(const Article& article);

}  // namespace folio
