#pragma once

#include <string>
#include <string_view>

namespace folio {

/// Whether XML 1.0 can hold `c` at all (as a character or a reference): not the C0 controls
/// other than tab, LF and CR, not U+FFFE or U+FFFF. Front matter and Markdown can hold them
/// (YAML `"\x01"`, a raw byte); an EPUB chapter or a feed cannot.
bool allowed_in_xml(char32_t c);

/// Whether `text` (UTF-8) holds a character `allowed_in_xml` refuses. Cheap on ASCII.
bool has_characters_xml_refuses(std::string_view text);

/// `text` as valid UTF-8 (each byte of an invalid sequence or lone surrogate becomes U+FFFD)
/// without the characters `allowed_in_xml` refuses. Every XML writer (EPUB, the feeds, the
/// sitemap) and the JSON Feed apply it, so all of them carry the same text.
std::string without_characters_xml_refuses(std::string_view text);

}  // namespace folio
