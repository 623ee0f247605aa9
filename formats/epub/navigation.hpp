#pragma once

#include <string>

#include "formats/epub/book_model.hpp"

namespace folio::epub {

/// The EPUB 3 navigation document: a table of contents with every chapter and its H2s nested
/// under it (chapters nested under their group with `--group-by`), and landmarks (cover, title
/// page, first chapter).
std::string build_nav(const BookInfo& book);

/// The EPUB 2 NCX for older readers: the same table of contents as navPoints.
std::string build_ncx(const BookInfo& book);

}  // namespace folio::epub
