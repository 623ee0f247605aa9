#pragma once

#include <string>
#include <string_view>

namespace folio {

/// The language a code block's `class` attribute names, as highlighters write it:
/// `language-x` (Prism, CommonMark renderers), `lang-x` (Prettify), `hljs x` (highlight.js),
/// `brush: x; ...` (SyntaxHighlighter), `highlight-source-x` (GitHub), `sourceCode x`
/// (pandoc). Empty when it names none.
std::string code_language_from_class(std::string_view class_attribute);

}  // namespace folio
