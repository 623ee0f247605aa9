#pragma once

#include "src/engine/engine_syntax_scan.hpp"
#include "src/plugin/body_reader.hpp"

namespace folio {

/// How deep blocks or inlines may nest. md4c itself is not recursive, but every writer walks
/// the tree recursively, so deeper input is flattened at this depth with a warning.
inline constexpr int kMaxNestingDepth = 128;

/// A Markdown body in md4c's GitHub dialect (tables, strikethrough, permissive autolinks,
/// task lists) plus footnotes, which md4c 0.4.8 does not know and which are handled around it.
Body read_markdown_body(const SourceText& source, std::size_t begin, std::size_t end,
                        Diagnostics& diagnostics);

/// As above, recognising the engine syntax `engine` turns on (Hugo shortcodes and Liquid, both
/// by default; see docs/formats/markdown.md): each call becomes an `EngineBlock` or
/// `EngineInline` holding what the engine would render, an unknown one is a warning.
Body read_markdown_body(const SourceText& source, std::size_t begin, std::size_t end,
                        Diagnostics& diagnostics, const EngineSyntaxOptions& engine);

}  // namespace folio
