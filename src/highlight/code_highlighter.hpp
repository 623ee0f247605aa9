#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "src/diagnostics/diagnostic.hpp"

namespace folio {

/// A code block's text as HTML with each token in a `<span class="hl-KIND">` (the classes of
/// `highlight_stylesheet()`), escaped exactly as the HTML renderer escapes code, so that the
/// text between the tags is what an unhighlighted block holds. `language` is the block's info
/// word as written (`js`, `TypeScript`, `c++`, `yml`: names, aliases and file extensions).
/// Nothing when the language is unknown or plain text, the code is not valid UTF-8, longer
/// than 256 KiB or has a line over 4 KiB (the library's time grows faster than linearly there), or the
/// highlighting module cannot be loaded (see `highlighter_unavailable`): the caller then writes
/// the block as before. Loads the module on its first call; safe from several threads.
std::optional<std::string> highlight_code(std::string_view language, std::string_view code);

/// Why code went unhighlighted in this process (the module or its libraries missing), for one
/// note per run; empty when the module loaded or was never needed.
std::string highlighter_unavailable();

/// The one note a run prints when code went unhighlighted for want of the module
/// (`highlight.unavailable`), or nothing; for the jobs to report after their last page.
std::optional<Diagnostic> highlighter_unavailable_note();

/// The highlight classes, one rule set that reads without colour (keywords bold, comments
/// italic, strings and numbers set apart by more than hue) and in dark mode, for the book's and
/// the site's stylesheets.
std::string_view highlight_stylesheet();

/// How every span of highlighted code opens: a page holding it needs the highlight rules.
inline constexpr std::string_view kHighlightSpanOpen = "<span class=\"hl-";

}  // namespace folio
