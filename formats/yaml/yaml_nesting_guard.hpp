#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace folio {

/// Where YAML text nests deeper than `max_depth` levels (flow `[`/`{` outside quotes plus block
/// indentation levels, `- - -` counting one level per dash), as a byte offset into `text`;
/// empty when it does not. Run before yaml-cpp, whose recursive parser a 10,000-deep `[[[[`
/// would otherwise drive off the stack. Errs towards counting too deep, never too shallow
/// outside what it recognises as quoted text.
std::optional<std::size_t> find_deep_yaml_nesting(std::string_view text, std::size_t max_depth);

}  // namespace folio
