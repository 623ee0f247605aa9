#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "formats/markdown/offset_map.hpp"

namespace folio {

/// One `[^label]: ...` definition cut out of a Markdown body.
struct FootnoteDefinition {
    std::string label;        ///< as written
    std::size_t file_offset;  ///< where its `[` is in the whole file
    std::string
        content;    ///< its Markdown: the first line's text, then continuation lines de-indented
    OffsetMap map;  ///< `content` offsets to file offsets
};

/// Finds the footnote definitions of `text` (which starts at `file_offset` in the file) and
/// overwrites each with spaces, keeping the newlines so every other byte keeps its offset and
/// line. Returns them in source order, duplicates included.
///
/// Line-based, in the manner of cmark's block parser but without its full container model:
/// a definition starts at most 3 spaces in, outside block quotes, fenced code and HTML blocks
/// (followed with md4c's start and end conditions and the columns of open list items), not
/// inside a paragraph (like a link reference definition); it goes on with lines indented 4 columns or
/// more (blank lines between them allowed) and with lazy lines continuing a paragraph. Indented
/// code cannot hold one, since its lines are indented 4 or more. Never fails.
std::vector<FootnoteDefinition> extract_footnote_definitions(std::string& text,
                                                             std::size_t file_offset);

}  // namespace folio
