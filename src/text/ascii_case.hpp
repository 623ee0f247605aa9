#pragma once

#include <string>
#include <string_view>

namespace folio {

/// `text` with ASCII letters in lower case and every other byte as it was: for names that are
/// ASCII by definition (HTML tags and attributes, URL schemes, configuration keys), never for
/// prose. UTF-8 stays valid, and the result does not depend on the C locale.
std::string ascii_lower(std::string_view text);

/// `ascii_lower(text)` into `out`, whose memory is used again: for a word at a time.
void assign_ascii_lower(std::string& out, std::string_view text);

/// Whether `text` is `lower` (ASCII, in lower case) in any ASCII case: `ascii_lower(text) ==
/// lower` without making a string, for scans that ask it at every tag.
bool equals_ascii_lower(std::string_view text, std::string_view lower);

}  // namespace folio
