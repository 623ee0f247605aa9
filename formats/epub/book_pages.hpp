#pragma once

#include <string>

#include "formats/epub/book_model.hpp"

namespace folio::epub {

/// The book's stylesheet: readable defaults that leave fonts and colours to the reader.
std::string build_stylesheet();

/// The title page: title, author and date of the newest article.
std::string build_title_page(const BookInfo& book, const std::string& human_date);

/// The cover page: the cover image filling the screen. Only when the book has a cover.
std::string build_cover_page(const BookInfo& book);

}  // namespace folio::epub
