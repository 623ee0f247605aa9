#pragma once

// What Hugo 0.111 and Jekyll would render for a call, in AST terms: the built-in shortcodes and
// Liquid tags, and the admonition-like shortcodes most themes ship.

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include "formats/markdown/offset_map.hpp"
#include "src/ast/article.hpp"

namespace folio {

/// Reads a paired call's inner text as Markdown; `map` places it in the file. `with_engine_syntax`
/// false reads it with no engine syntax (Liquid `raw` content).
using ReadInnerMarkdown =
    std::function<Blocks(std::string_view text, const OffsetMap& map, bool with_engine_syntax)>;

/// Whether folio knows what the engine renders for `call`; an unknown call is reported by the
/// reader and shows only its inner text, as text.
bool is_known_engine_call(const EngineCall& call);

/// The blocks the engine renders for a call that stands alone as a paragraph. `inner_map`
/// places the call's inner text in the file.
Blocks render_engine_blocks(const EngineCall& call, const OffsetMap& inner_map,
                            const ReadInnerMarkdown& read_inner);

/// The inlines the engine renders for a call inside a paragraph.
Inlines render_engine_inlines(const EngineCall& call);

/// What a call stands for where only text can go: a link or image destination
/// (`[x]({{< ref "a.md" >}})`, `![]({{ site.baseurl }}/a.png)`) or an attribute of raw HTML.
/// The reference's target for `ref`, `relref`, `post_url`, `link`; empty for `site.baseurl`
/// and `site.url`; otherwise the call as written.
std::string engine_url_text(const EngineCall& call);

}  // namespace folio
