#pragma once

#include <string>
#include <string_view>

namespace folio {

/// `nl`, `en-GB` as HTML's `lang`, Atom's `xml:lang` and JSON Feed accept them: `_` becomes `-`
/// (`nl_NL` → `nl-NL`); empty when the result is still not `[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*`.
std::string language_tag(std::string_view text);

}  // namespace folio
