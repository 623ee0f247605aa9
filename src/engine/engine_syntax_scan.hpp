#pragma once

// Finding engine syntax in a Markdown body before any Markdown reading, as the engines
// themselves do: Hugo replaces shortcodes with placeholders before Goldmark sees the text,
// Jekyll runs Liquid over the whole file before kramdown. So both are found anywhere, code
// included (which is why Hugo authors write `{{</* x */>}}` in code samples); what a call
// means inside code is the reader's decision.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "src/ast/article.hpp"
#include "src/engine/engine_syntax_options.hpp"

namespace folio {

/// One call found in a text: offsets are bytes of the scanned text. For a paired call the
/// span runs from its opening tag to the end of its closing tag, and `inner_begin` and
/// `inner_end` enclose what is between; for an unpaired one they equal `end`.
struct EngineSpan {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::size_t inner_begin = 0;
    std::size_t inner_end = 0;
    EngineCall call;
};

/// Something the scanner could not read as a call; the text stays as it is.
struct EngineSyntaxProblem {
    std::size_t offset = 0;  ///< where the tag starts in the scanned text
    std::string code;        ///< `markdown.shortcode.unclosed`, `markdown.shortcode.unopened`
    std::string message;
};

/// What `scan_engine_syntax` found: the outermost calls in text order (calls nested in a
/// paired one are in its `inner`, to be scanned again by whoever reads it), and the problems.
struct EngineSyntaxScan {
    std::vector<EngineSpan> spans;
    std::vector<EngineSyntaxProblem> problems;
};

/// Finds Hugo shortcodes (paired by name, nested, self-closing `/>}}`, escaped `{{</* */>}}`,
/// params positional or `key=value`, quoted with `"` or backticks), Liquid tags (`{% x %}`,
/// block tags closed by `{% endx %}`, `raw` and `comment` whose content is not scanned) and
/// Liquid outputs of `site.` and `page.` (not every `{{ }}`: Go templates and Vue samples in
/// Hugo posts use `{{ .Title }}`, which Hugo leaves alone). A tag whose end is missing, or a
/// closing tag with none open, is a problem and stays text. Never fails; linear in the text
/// except for closing tags searching the open ones.
EngineSyntaxScan scan_engine_syntax(std::string_view text, const EngineSyntaxOptions& options = {});

/// The text a call shows inside code (a fenced block or a code span), where the engines'
/// escapes are what matters: escaped shortcodes lose their `/* */`, `{% raw %}` its tags;
/// anything else is kept as written. Applied to every call in `text`.
std::string engine_syntax_in_code(std::string_view text, const EngineSyntaxOptions& options = {});

/// The reverse of `engine_syntax_in_code` for Hugo: each shortcode in code text written as
/// Hugo's escape (`{{< x >}}` → `{{</* x */>}}`, a paired one escaped as a whole), so that
/// Hugo shows it instead of running it. Text without shortcodes comes back unchanged.
std::string escape_shortcodes_in_code(std::string_view text);

}  // namespace folio
