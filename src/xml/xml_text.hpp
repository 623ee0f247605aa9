#pragma once

// Small helpers for XML documents built as pugixml trees (feeds, sitemap). pugixml's types are
// only declared here; the caller includes pugixml itself.

#include <string>
#include <string_view>

namespace pugi {
class xml_document;
class xml_node;
}  // namespace pugi

namespace folio {

/// Appends `<name>text</name>` to `parent`, the text passed through
/// `without_characters_xml_refuses`. Returns the new element.
pugi::xml_node append_text_element(pugi::xml_node parent, const char* name, std::string_view text);

/// The document as UTF-8 bytes: an XML declaration, two-space indentation, a final newline.
std::string xml_bytes(const pugi::xml_document& document);

}  // namespace folio
