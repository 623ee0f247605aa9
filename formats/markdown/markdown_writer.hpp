#pragma once

#include <span>
#include <string>
#include <vector>

#include "ast/article.hpp"

namespace folio {

/// A body and its footnotes as CommonMark + GFM Markdown (tables, task items, strikethrough,
/// footnote definitions at the end) that `read_markdown_body` reads back as the same blocks
/// and footnotes: list markers, start numbers and tightness, code fences, setext headings and
/// raw HTML are kept; text is escaped only where it would otherwise mean something else. The
/// result ends with a newline, or is empty for an empty body. Pure; never fails.
std::string write_markdown_body(std::span<const Block> body,
                                const std::vector<Footnote>& footnotes);

}  // namespace folio
