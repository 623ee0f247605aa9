#pragma once

#include <string>
#include <string_view>

namespace folio {

/// `text` with ASCII letters in lower case and every other byte as it was: for names that are
/// ASCII by definition (HTML tags and attributes, URL schemes, configuration keys), never for
/// prose. UTF-8 stays valid, and the result does not depend on the C locale.
std::string ascii_lower(std::string_view text);

}  // namespace folio
