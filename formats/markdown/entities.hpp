#pragma once

#include <string>
#include <string_view>

namespace folio {

/// Appends the expansion of one character reference as md4c reports it (`&name;`, `&#123;`,
/// `&#x1F;`) to `out`. Unknown names are kept verbatim, as CommonMark says; numeric references
/// to 0, surrogates or past U+10FFFF become U+FFFD. Never fails.
void append_entity(std::string_view reference, std::string& out);

}  // namespace folio
