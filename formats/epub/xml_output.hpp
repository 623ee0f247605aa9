#pragma once

#include <string>

namespace pugi {
class xml_document;
class xml_node;
}  // namespace pugi

namespace folio::epub {

/// A pugixml document as UTF-8 bytes with an XML declaration, indented for the small package
/// documents (`indent`) or raw for chapters, where white space inside `<pre>` is content.
std::string xml_bytes(const pugi::xml_document& document, bool indent);

/// Fills an empty `document` with an XHTML 5 page for EPUB (doctype, `html` with the XHTML and
/// OPS namespaces and the language, `head` with the title and the book's stylesheet) and
/// returns its empty `body`.
pugi::xml_node start_xhtml_page(pugi::xml_document& document, const std::string& title,
                                const std::string& language);

}  // namespace folio::epub
