#pragma once

// Engine syntax around md4c, the way Hugo does it: each call is replaced by a placeholder
// before the Markdown is read, so that md4c never reads a shortcode's parameters or inner text
// as Markdown, and put back as an engine node afterwards.

#include <string>
#include <vector>

#include "formats/markdown/engine_rendering.hpp"
#include "formats/markdown/offset_map.hpp"
#include "src/ast/article.hpp"
#include "src/diagnostics/diagnostic.hpp"
#include "src/engine/engine_syntax_scan.hpp"
#include "src/source/source_text.hpp"

namespace folio {

/// The calls of one text handed to md4c. A placeholder has the byte length of the call it
/// stands for (newlines included), so every offset md4c reports, and every position, stays
/// that of the file. A call shorter than a placeholder (`{%a%}`, 5 bytes) stays text. A call
/// inside a list item or a block quote keeps its source and inner text without the container's
/// indentation and `>` on its continuation lines, as the Markdown inside it means them.
class EnginePlaceholders {
public:
    /// Finds the calls of `text`, whose offset 0 is `map.to_file(0)`, and replaces each with a
    /// placeholder in place. Unclosed tags, closing tags with none open and calls folio does not
    /// know are reported as warnings at their place in `source`.
    EnginePlaceholders(std::string& text, const OffsetMap& map, const SourceText& source,
                       Diagnostics& diagnostics, const EngineSyntaxOptions& options);

    /// Replaces the placeholders md4c read into `blocks`: a paragraph holding one call alone
    /// becomes an `EngineBlock`, a call among text an `EngineInline`; inside code the call's
    /// code text (`engine_syntax_in_code`), inside a URL or raw HTML `engine_url_text`.
    void substitute(Blocks& blocks, const ReadInnerMarkdown& read_inner) const;

    bool empty() const { return spans_.empty(); }

private:
    class Substitution;
    std::vector<EngineSpan> spans_;
    std::vector<OffsetMap> inner_maps_;  ///< where each call's inner text is in the file
    std::vector<std::size_t> file_begins_;  ///< where each call starts in the file
};

}  // namespace folio
