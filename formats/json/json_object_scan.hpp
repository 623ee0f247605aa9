#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace folio {

/// What the JSON decoder needs that nlohmann/json does not report: where each top-level value
/// starts, the first repeated key, and the first bracket nested too deep. Offsets are bytes
/// into the scanned text.
struct JsonObjectScan {
    std::vector<std::size_t> top_level_values;  ///< start of each top-level value, in order
    std::optional<std::size_t> duplicate_key;   ///< the opening quote of the first repeated key
    std::string duplicate_name;                 ///< that key, unescaped
    std::optional<std::size_t> too_deep;        ///< the first `[`/`{` deeper than the limit
};

/// Walks JSON text that has already parsed as valid (strings, escapes and nesting respected),
/// iteratively, so any depth is safe. Keys are compared after unescaping (`"\u0061"` is `"a"`).
JsonObjectScan scan_json_object(std::string_view text, std::size_t max_depth);

}  // namespace folio
