#pragma once

// A value written as a parameter of a Hugo shortcode call (`{{< figure src="a.png" >}}`), in
// the form Hugo's shortcode lexer reads back as the same value.

#include <string>
#include <string_view>

namespace folio {

/// `value` bare when it is a plain word, else quoted as `quoted_shortcode_param` does.
std::string shortcode_param(std::string_view value);

/// `value` always quoted, as Hugo's documentation writes `src`, `alt` and `caption`: in double
/// quotes, or in backticks (a raw string) when it holds a `"`, so that Hugo reads back every
/// byte, backslashes included.
std::string quoted_shortcode_param(std::string_view value);

}  // namespace folio
