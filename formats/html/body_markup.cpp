#include "formats/html/body_markup.hpp"

#include "src/render/html_escape.hpp"

namespace folio::html {

std::string html5_body(std::string html, std::string_view footnotes_heading) {
    constexpr std::string_view kSection = "<section class=\"footnotes\" data-footnotes=\"\">\n";
    if (const std::size_t at = html.find(kSection); at != std::string::npos) {
        html.insert(at + kSection.size(),
                    "<h2 class=\"visually-hidden\">" + escape_html(footnotes_heading) + "</h2>\n");
    }
    return html;
}

}  // namespace folio::html
