#pragma once

#include <string_view>

#include "src/ast/article.hpp"
#include "src/diagnostics/diagnostic.hpp"
#include "formats/markdown/footnote_references.hpp"
#include "formats/markdown/offset_map.hpp"
#include "src/source/source_text.hpp"

namespace folio {

/// Shared by the parses of one article (body and footnotes) so the nesting cap is reported once.
struct NestingReport {
    bool reported = false;
};

/// One md4c parse: `text` is what md4c reads (the body with footnote definitions blanked, or
/// one definition's content); `map` turns its offsets into offsets of `source`. Everything is
/// borrowed for the duration of the call.
struct MarkdownText {
    const SourceText& source;
    std::string_view text;
    const OffsetMap& map;
    const FootnoteLabels& labels;
    NestingReport& nesting;
    Diagnostics& diagnostics;
    /// How many readings of misread blocks this one is inside (see `parse_markdown_blocks`):
    /// past a few only the block is read again, not the rest, and past more the block stays as
    /// md4c read it, so that a text made of such blocks costs a bounded number of readings.
    int rereads;
};

/// Parses `input.text` with md4c's GitHub dialect into blocks, from md4c's callbacks with an
/// explicit stack. Nesting past `kMaxNestingDepth` is flattened with one `markdown.nesting`
/// warning; an internal failure is reported as `markdown.internal` and what was built is kept.
/// md4c gives no offsets, so a block is placed at its first text (a fenced code block at its
/// info string); a block without text (thematic break, empty item or cell-less table) gets the
/// first non-blank line after the last text seen, which is coarse. An HTML block that does
/// not start with `<` (md4c 0.4.8 makes one of the line after a fence left open in a list item)
/// is read again, with the rest of the text when it is at the top level, as CommonMark reads
/// it.
Blocks parse_markdown_blocks(const MarkdownText& input);

}  // namespace folio
