#pragma once

#include <span>

#include "src/ast/article.hpp"

namespace folio {

/// Whether the body opens with an H1 that repeats the front-matter title (compared as plain
/// text, ASCII case and runs of white space ignored) — the heading every writer leaves out
/// because the title is already printed from the metadata. A title taken from that heading
/// (no title in the front matter) does not count: the heading is then the only copy.
bool starts_with_title_heading(const Article& article);

/// The body without that repeated title heading: all of it when there is none. A view into
/// `article.body`, valid as long as the article is.
std::span<const Block> body_without_title_heading(const Article& article);

}  // namespace folio
