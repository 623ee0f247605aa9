#pragma once

#include <string>
#include <string_view>

namespace folio::feed {

/// `text` as valid UTF-8 (each byte of an invalid sequence or lone surrogate becomes U+FFFD)
/// without the characters XML 1.0 forbids: C0 controls other than tab, line feed and carriage
/// return, and U+FFFE/U+FFFF. Every feed format applies it, so the three carry the same text.
std::string xml_clean(std::string_view text);

}  // namespace folio::feed

namespace pugi {
class xml_document;
class xml_node;
}  // namespace pugi

namespace folio::feed {

/// Appends `<name>text</name>` to `parent`, the text passed through `xml_clean`. Returns the
/// new element.
pugi::xml_node append_text_element(pugi::xml_node parent, const char* name, std::string_view text);

/// The document as UTF-8 bytes: an XML declaration, two-space indentation, a final newline.
std::string xml_bytes(const pugi::xml_document& document);

}  // namespace folio::feed
