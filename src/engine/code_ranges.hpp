#pragma once

// Where a Markdown text has code, found without reading the Markdown: for the edits of a
// copied body that must tell a code sample from the text around it.

#include <cstddef>
#include <string_view>
#include <vector>

namespace folio {

/// `[begin, end)` bytes of a text.
struct CodeRange {
    std::size_t begin = 0;
    std::size_t end = 0;
};

/// Where `text` has code, in order and disjoint: fenced blocks (``` or ~~~, indented up to
/// three spaces, to a closing fence at least as long, or to the end) and code spans (a run of
/// backticks to the next run of the same length on the same line). Coarse on purpose, and
/// says so: indented code blocks and spans across lines are not found. Never fails; linear
/// apart from a line's backtick runs.
std::vector<CodeRange> code_ranges(std::string_view text);

}  // namespace folio
