#pragma once

#include <string>

#include "formats/epub/book_model.hpp"

namespace folio::epub {

/// `META-INF/container.xml`: points readers at the package document.
std::string build_container();

/// The package document (`OEBPS/content.opf`, EPUB 3.2 with the EPUB 2 NCX in the spine):
/// metadata (identifier, title, language, creator, dc:date, dcterms:modified), a manifest of
/// every file and the spine in reading order (cover, title page, chapters).
std::string build_package_document(const BookInfo& book);

}  // namespace folio::epub
