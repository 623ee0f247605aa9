#pragma once

#include <string>
#include <string_view>

namespace folio {

/// `nl`, `en-GB` as HTML's `lang`, Atom's `xml:lang` and JSON Feed accept them: `_` becomes `-`
/// (`nl_NL` → `nl-NL`); empty when the result is still not `[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*`.
std::string language_tag(std::string_view text);

/// Why `text` is not a tag `language_tag` accepts, in words for a usage error ("contains a
/// space"); empty when it is one.
std::string language_tag_problem(std::string_view text);

/// Whether text in the language `tag` is written right to left (`fa`, `ar`, `he`, `ur`, `ps`,
/// `yi`, `dv`, ... or any tag with an `Arab`, `Hebr`, `Thaa`, `Syrc`, `Nkoo` or `Adlm` script
/// subtag), so that its page, chapter or entry needs `dir="rtl"`. A Latin or Cyrillic script
/// subtag (`az-Latn`) makes any language left to right.
bool is_right_to_left(std::string_view tag);

}  // namespace folio
