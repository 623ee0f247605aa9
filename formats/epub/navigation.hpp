#pragma once

#include <string>

#include "formats/epub/book_model.hpp"
#include "formats/epub/xml_output.hpp"

namespace folio::epub {

/// The EPUB 3 navigation document: a table of contents with every chapter and its H2s nested
/// under it (chapters nested under their group with `--group-by`), and landmarks (cover, title
/// page, first chapter).
std::string build_nav(const BookInfo& book);
/// `build_nav`, written to `out` in pieces.
void write_nav(const BookInfo& book, const XmlOut& out);

/// The EPUB 2 NCX for older readers: the same table of contents as navPoints.
std::string build_ncx(const BookInfo& book);
/// `build_ncx`, written to `out` in pieces.
void write_ncx(const BookInfo& book, const XmlOut& out);

}  // namespace folio::epub
