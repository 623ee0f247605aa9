#pragma once

#include <string>
#include <string_view>

namespace folio {

/// WordPress's `wpautop` as the classic editor applies it when a post is shown: text whose
/// paragraphs are separated by blank lines becomes `<p>` elements and a single line break
/// becomes `<br />`, block-level tags are never wrapped in a paragraph and `<pre>` is left
/// exactly as written. Follows the rules of formatting.php (WordPress 6), including where they
/// leave odd markup (a `<div>` holding two paragraphs), which a browser and the HTML reader
/// repair the same way.
std::string wpautop(std::string_view text);

}  // namespace folio
