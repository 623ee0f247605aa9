#pragma once

#include <cstddef>
#include <string>

#include "src/ast/article.hpp"

namespace folio {

/// Where a run of inlines is written, which changes what must be escaped.
struct InlineContext {
    bool in_table_cell = false;  ///< `|` must be escaped even inside code spans
    /// Bytes that searches for a stricter spelling may still write, shared by the paragraphs
    /// of one body so that a body of many hard paragraphs costs a bounded time (each search is
    /// bounded too); none when null.
    std::size_t* search_budget = nullptr;
};

/// Appends `inlines` as CommonMark/GFM text that reads back as the same inlines: text is
/// escaped where it would otherwise start a construct (`*`, `_`, `[`, `<`, `&name;`, a list
/// marker or `#` at the start of a line, trailing spaces), code spans get enough backticks,
/// soft breaks become `\n` and hard breaks `\` + `\n`. Emphasis, strong and strikethrough are
/// spelled so that md4c 0.4.8 pairs their delimiters as written, by the writer's model of its
/// pairing (`emphasis_model.hpp`); false when no spelling tried does (or the search budget ran
/// out first), so that md4c reads the inlines back with their spans nested otherwise (the text
/// is kept). Never fails.
bool append_markdown_inlines(std::string& out, const Inlines& inlines,
                             const InlineContext& context = {});

}  // namespace folio
