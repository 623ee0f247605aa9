#pragma once

#include "src/plugin/body_reader.hpp"

namespace folio {

/// How deep the reader follows nested elements. Deeper elements are kept whole as raw HTML
/// (with one `html.nesting` warning), so neither the reader nor any writer recurses further.
inline constexpr int kMaxHtmlNesting = 128;

/// An HTML body (a post as WordPress, Ghost or a Markdown renderer wrote it) read with gumbo
/// into the canonical tree: the elements that have a node become it, everything else stays as
/// raw HTML with its markup as written (see docs/formats/html-reader.md). Footnotes written as
/// `<sup><a href="#fn1">` references to a list of `id="fn1"` items become footnotes.
/// Engine syntax is not looked for. Never fails: every byte of the body is somewhere in the tree.
Body read_html_body(const SourceText& source, std::size_t begin, std::size_t end,
                    Diagnostics& diagnostics, const EngineSyntaxOptions& engine);

}  // namespace folio
