#include "formats/epub/book_pages.hpp"

#include <pugixml.hpp>

#include "formats/epub/xml_output.hpp"

namespace folio::epub {

std::string build_stylesheet() {
    return "/* folio: readable defaults; fonts, sizes and colours stay the reader's choice. On\n"
           "   e-ink nothing is told by colour alone: links are underlined, marks are characters. */\n"
           "body { margin: 0 5%; line-height: 1.45; widows: 2; orphans: 2; }\n"
           "p, li, dd, blockquote, figcaption, aside { -webkit-hyphens: auto; hyphens: auto;"
           " overflow-wrap: break-word; }\n"
           "h1, h2, h3, h4, h5, h6 { line-height: 1.2; page-break-after: avoid;"
           " break-after: avoid; -webkit-hyphens: manual; hyphens: manual; }\n"
           "a { text-decoration: underline; }\n"
           "header.chapter { margin-bottom: 1.5em; }\n"
           "p.date, p.terms { margin: 0.2em 0; font-size: 0.9em; }\n"
           "p.summary { font-style: italic; }\n"
           "img { max-width: 100%; height: auto; }\n"
           "figure { margin: 1em 0; text-align: center; page-break-inside: avoid;"
           " break-inside: avoid; }\n"
           "figcaption { font-size: 0.9em; font-style: italic; }\n"
           "pre { white-space: pre-wrap; overflow-wrap: break-word; font-size: 0.85em; }\n"
           "code { font-family: monospace; -webkit-hyphens: none; hyphens: none; }\n"
           "blockquote { margin: 1em 1.5em; }\n"
           "div.markdown-alert { margin: 1em 0; padding: 0.3em 1em; border-left: 4px solid; }\n"
           "p.markdown-alert-title { font-weight: bold; }\n"
           "dt { font-weight: bold; }\n"
           "dd { margin: 0 0 0.5em 1.5em; }\n"
           "div.table-scroll { max-width: 100%; overflow-x: auto; margin: 1em 0; }\n"
           "table { border-collapse: collapse; }\n"
           "th, td { border: 1px solid; padding: 0.2em 0.4em; -webkit-hyphens: manual;"
           " hyphens: manual; }\n"
           ".align-left { text-align: left; }\n"
           ".align-center { text-align: center; }\n"
           ".align-right { text-align: right; }\n"
           "span.task { font-family: sans-serif; }\n"
           "a.noteref { vertical-align: super; font-size: 0.75em; line-height: 0;"
           " text-decoration: none; }\n"
           "div.footnotes, section.footnotes { font-size: 0.9em; border-top: 1px solid;"
           " margin-top: 2em; }\n"
           "aside.footnote { margin: 0.5em 0; }\n"
           "div.title-page { text-align: center; margin-top: 30%; }\n"
           "body.cover-page { margin: 0; padding: 0; text-align: center; }\n"
           "body.cover-page img { display: block; margin: 0 auto; max-width: 100%;"
           " height: 100vh; object-fit: contain; }\n";
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
    // Full-bleed: no body margin, the image as high as the screen and scaled to fit it.
    body.append_attribute("class") = "cover-page";
    pugi::xml_node image = body.append_child("img");
    image.append_attribute("src") = book.cover_href.c_str();
    image.append_attribute("alt") = book.title.c_str();
    image.append_attribute("epub:type") = "cover";
    image.append_attribute("role") = "doc-cover";
    return xml_bytes(page, true);
}

}  // namespace folio::epub
