#pragma once

#include <string>
#include <string_view>

namespace folio {

/// `html`, an HTML block that CommonMark ends at a blank line (its kinds 6 and 7: a `<div>`,
/// a `<figure>`, any other tag), with no blank line left, so that Markdown keeps it one block:
/// blank lines go, or where the block holds a `<pre>` or `<textarea>` (whose text shows them)
/// each becomes `&#10;` at the start of the next line, which shows the same. A block that
/// holds a `<script>` or `<style>` as well is returned as it is (a reference would change
/// the code). The HTML reader and the Markdown writer both use it, so an HTML post reads back
/// from its Markdown as the same tree.
std::string html_without_blank_lines(std::string_view html);

}  // namespace folio
