#include "formats/feed/stylesheet_instruction.hpp"

#include <pugixml.hpp>

#include <string>

#include "src/text/xml_chars.hpp"

namespace folio::feed {

void append_stylesheet_instruction(pugi::xml_document& document, std::string_view href) {
    if (href.empty()) return;
    // Pseudo-attributes are escaped like attributes; `?>` would end the instruction early, and
    // a processing instruction decodes no character references, so `?` is percent-encoded.
    std::string value = "type=\"text/xsl\" href=\"";
    for (const char c : without_characters_xml_refuses(href)) {
        if (c == '&') value += "&amp;";
        else if (c == '"') value += "&quot;";
        else if (c == '<') value += "&lt;";
        else if (c == '?') value += "%3F";
        else value += c;
    }
    value += '"';
    pugi::xml_node instruction = document.append_child(pugi::node_pi);
    instruction.set_name("xml-stylesheet");
    instruction.set_value(value.c_str());
}

}  // namespace folio::feed
