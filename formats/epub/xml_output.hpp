#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace pugi {
class xml_document;
class xml_node;
}  // namespace pugi

namespace folio::epub {

/// A pugixml document as UTF-8 bytes with an XML declaration, indented for the small package
/// documents (`indent`) or raw for chapters, where white space inside `<pre>` is content.
std::string xml_bytes(const pugi::xml_document& document, bool indent);

/// Receives a serialised document piece by piece.
using XmlOut = std::function<void(std::string_view bytes)>;

/// `xml_bytes`, handed to `out` in pieces as pugixml writes them: a large document (the table of
/// contents of a 10,000-chapter book) is never held whole as text.
void write_xml(const pugi::xml_document& document, bool indent, const XmlOut& out);

/// The comment that marks where `write_xml_around` calls `fill`.
inline constexpr const char* kFillMarker = "folio:fill";

/// For documents with long lists (the tables of contents), written an item at a time so the
/// whole tree is never built: `document` (indented) with its one `<!--folio:fill-->` comment
/// line replaced by what `fill` writes.
void write_xml_around(const pugi::xml_document& document, const XmlOut& out,
                      const std::function<void()>& fill);

/// Fills an empty `document` with an XHTML 5 page for EPUB (doctype, `html` with the XHTML and
/// OPS namespaces and the language, `head` with the title and the book's stylesheet) and
/// returns its empty `body`.
pugi::xml_node start_xhtml_page(pugi::xml_document& document, const std::string& title,
                                const std::string& language);

}  // namespace folio::epub
