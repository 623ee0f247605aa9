#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <vector>

#include "src/ast/article.hpp"
#include "src/diagnostics/diagnostic.hpp"

namespace folio {

/// Inlines that md4c 0.4.8 reads back with their emphasis, strong emphasis or strikethrough
/// nested otherwise however they are written: no spelling the writer tries pairs as written by
/// its model of md4c's pairing (docs/migration.md, "What cannot be written"). They are
/// written in the usual spelling; the text is kept.
struct MisnestedInlines {
    const Inlines* inlines;  ///< in the blocks or footnotes given to the writer
    SourcePos at;            ///< where the block that holds them starts
};

/// What the searches for a stricter emphasis spelling may write in all for one body
/// (`InlineContext::search_budget`). One paragraph's search writes at most about 30 MiB; no
/// article of the examples, the GFM spec, md4c's tests or the corpus needs any search.
inline constexpr std::size_t kEmphasisSearchBudget = 4 * 1024 * 1024;

/// A body and its footnotes as CommonMark + GFM Markdown (tables, task items, strikethrough,
/// footnote definitions at the end) that `read_markdown_body` reads back as the same blocks
/// and footnotes: list markers, start numbers and tightness, code fences, setext headings and
/// raw HTML are kept; text is escaped only where it would otherwise mean something else. The
/// result ends with a newline, or is empty for an empty body. Where emphasis has no such
/// spelling, or the search budget is spent, the inlines are added to `misnested` (if given).
/// Pure; never fails.
std::string write_markdown_body(std::span<const Block> body,
                                const std::vector<Footnote>& footnotes,
                                std::vector<MisnestedInlines>* misnested = nullptr);

/// Warns `markdown.emphasis.nesting` at each block whose emphasis the written body cannot
/// give back as it was (`write_markdown_body`'s `misnested`), once per block.
void report_misnested_emphasis(const std::vector<MisnestedInlines>& misnested,
                               const Source& source, Diagnostics& diagnostics);

/// The registry's Markdown body writer (`BodyWriter`): `write_markdown_body`, with a warning at
/// each block whose emphasis does not read back nested as it is (`report_misnested_emphasis`).
std::string write_markdown_body_with_warnings(std::span<const Block> body,
                                              const std::vector<Footnote>& footnotes,
                                              const Source& source, Diagnostics& diagnostics);

}  // namespace folio
