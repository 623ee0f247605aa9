#include "formats/epub/book_pages.hpp"

#include <pugixml.hpp>

#include "formats/epub/xml_output.hpp"

namespace folio::epub {

std::string build_stylesheet() {
    return "/* folio: readable defaults; fonts, sizes and colours stay the reader's choice. */\n"
           "body { margin: 0 5%; line-height: 1.45; }\n"
           "h1, h2, h3, h4, h5, h6 { line-height: 1.2; page-break-after: avoid; }\n"
           "header.chapter { margin-bottom: 1.5em; }\n"
           "p.date, p.terms { margin: 0.2em 0; font-size: 0.9em; color: #555; }\n"
           "p.summary { font-style: italic; }\n"
           "figure { margin: 1em 0; text-align: center; page-break-inside: avoid; }\n"
           "figure img, p img { max-width: 100%; height: auto; }\n"
           "figcaption { font-size: 0.9em; }\n"
           "pre { white-space: pre-wrap; font-size: 0.85em; }\n"
           "code { font-family: monospace; }\n"
           "blockquote { margin: 1em 1.5em; }\n"
           "div.markdown-alert { margin: 1em 0; padding: 0.3em 1em; border-left: 4px solid #555; }\n"
           "p.markdown-alert-title { font-weight: bold; }\n"
           "dt { font-weight: bold; }\n"
           "dd { margin: 0 0 0.5em 1.5em; }\n"
           "table { border-collapse: collapse; }\n"
           "th, td { border: 1px solid #999; padding: 0.2em 0.4em; }\n"
           ".align-left { text-align: left; }\n"
           ".align-center { text-align: center; }\n"
           ".align-right { text-align: right; }\n"
           "section.footnotes { font-size: 0.9em; border-top: 1px solid #999; margin-top: 2em; }\n"
           "div.title-page { text-align: center; margin-top: 30%; }\n"
           "div.cover { text-align: center; margin: 0; padding: 0; }\n"
           "div.cover img { max-width: 100%; max-height: 100%; }\n";
}

std::string build_title_page(const BookInfo& book, const std::string& human_date) {
    pugi::xml_document page;
    pugi::xml_node body = start_xhtml_page(page, book.title, book.language);
    body.append_attribute("epub:type") = "titlepage";
    pugi::xml_node box = body.append_child("div");
    box.append_attribute("class") = "title-page";
    box.append_child("h1").text() = book.title.c_str();
    if (!book.author.empty()) box.append_child("p").text() = book.author.c_str();
    if (!human_date.empty()) box.append_child("p").text() = human_date.c_str();
    return xml_bytes(page, true);
}

std::string build_cover_page(const BookInfo& book) {
    pugi::xml_document page;
    pugi::xml_node body = start_xhtml_page(page, book.title, book.language);
    body.append_attribute("epub:type") = "cover";
    pugi::xml_node box = body.append_child("div");
    box.append_attribute("class") = "cover";
    pugi::xml_node image = box.append_child("img");
    image.append_attribute("src") = book.cover_href.c_str();
    image.append_attribute("alt") = book.title.c_str();
    return xml_bytes(page, true);
}

}  // namespace folio::epub
