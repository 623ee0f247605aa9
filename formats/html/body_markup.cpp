#include "formats/html/body_markup.hpp"

#include <array>

#include "render/html_escape.hpp"

namespace folio::html {

std::string html5_body(std::string html, std::string_view footnotes_heading) {
    // Only the renderer's own tags match: text and code have their `<` escaped.
    constexpr std::array<std::string_view, 2> kCells = {"<th align=\"", "<td align=\""};
    constexpr std::string_view kStyle = "style=\"text-align: ";
    for (const std::string_view cell : kCells) {
        for (std::size_t at = html.find(cell); at != std::string::npos; at = html.find(cell, at)) {
            at += 4;                      // past `<th `
            html.replace(at, 7, kStyle);  // `align="`
            at += kStyle.size();
        }
    }
    constexpr std::string_view kSection = "<section class=\"footnotes\" data-footnotes=\"\">\n";
    if (const std::size_t at = html.find(kSection); at != std::string::npos) {
        html.insert(at + kSection.size(),
                    "<h2 class=\"visually-hidden\">" + escape_html(footnotes_heading) + "</h2>\n");
    }
    return html;
}

}  // namespace folio::html
