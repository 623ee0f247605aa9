#pragma once

// JSON written inside an HTML `<script>` element (JSON-LD, the search index): the HTML parser
// ends the element at `</script` whatever the JSON means, and `<!--` changes how it looks for
// that end; a JavaScript engine older than ES2019 ends a line at U+2028 and U+2029, even inside
// a string.

#include <string>
#include <string_view>

namespace folio {

/// Appends the JSON text `json` to `out` with `<`, `>`, `&`, U+2028 and U+2029 written as
/// `\u003c`, `\u003e`, `\u0026`, `\u2028` and `\u2029`. JSON has these characters only inside
/// strings, where the escapes read back as the same text, so `json` must be valid JSON (as
/// JsonWriter and append_json_string write it).
void append_script_safe_json(std::string& out, std::string_view json);

}  // namespace folio
