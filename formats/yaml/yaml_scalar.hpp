#pragma once

#include <string_view>

#include "src/ast/value.hpp"

namespace folio {

/// The typed value of a plain (unquoted, untagged) YAML scalar, resolved as the YAML 1.2 core
/// schema does plus timestamps: null, bool, integer, float, `Date` (anything `parse_date`
/// accepts), else the text as a string. Never fails.
Value type_plain_yaml_scalar(std::string_view text);

}  // namespace folio
