#pragma once

// The site's code blocks: the copy button's script and the styles code needs beyond the base
// stylesheet (the highlight rules shared with the book, the button's place).

#include <string>
#include <string_view>

#include "formats/html/labels.hpp"

namespace folio::html {

/// Whether a page body holds a code block (`<pre>`), and so gets the copy button's script.
bool has_code_block(std::string_view body_html);

/// A `<script>` that gives every `<pre>` of the page a "Copy" button, in the words of `labels`
/// (the page's language): plain JavaScript, no framework, run at the end of the page; the
/// page reads the same without it. Copies with the Clipboard API where the page is a secure
/// context (https, file://), else with the older `execCommand`; the button then says whether
/// it worked.
std::string copy_button_script(const Labels& labels);

/// The site stylesheet's additions for code: the copy button, and the highlight classes when
/// `highlighted` (src/highlight/).
std::string code_stylesheet(bool highlighted);

}  // namespace folio::html
