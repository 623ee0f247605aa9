#pragma once

#include <string_view>

namespace folio {

/// The kind (1-7, CommonMark's numbering) of HTML block that a line opens when its text, from
/// `s` (which starts with `<`), is read as md4c 0.4.8 reads it, or 0. md4c's own readings are
/// kept: kind 1 is any `<script`, `<pre` or `<style` prefix, kind 4 needs an upper-case letter
/// after `<!`, and a kind 6 name that is a prefix of another in its list (`<col` before
/// `<colgroup`) hides the longer one.
int html_block_kind(std::string_view s);

/// Whether `text` holds the end condition of an HTML block of kind 1-5 (any of `</script>`,
/// `</style>`, `</pre>` for kind 1; `-->`, `?>`, `>`, `]]>`). Kinds 6 and 7 end at a blank
/// line, which no line holds.
bool html_block_ends(std::string_view text, int kind);

}  // namespace folio
