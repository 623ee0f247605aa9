#include "src/xml/xml_text.hpp"

#include <pugixml.hpp>

#include "src/text/xml_chars.hpp"

namespace folio {

pugi::xml_node append_text_element(pugi::xml_node parent, const char* name, std::string_view text) {
    pugi::xml_node element = parent.append_child(name);
    const std::string clean = without_characters_xml_refuses(text);
    if (!clean.empty()) element.append_child(pugi::node_pcdata).set_value(clean.c_str());
    return element;
}

std::string xml_bytes(const pugi::xml_document& document) {
    // pugixml's own string writer: collects the chunks it hands over.
    struct StringWriter final : pugi::xml_writer {
        std::string out;
        void write(const void* data, std::size_t size) override {
            out.append(static_cast<const char*>(data), size);
        }
    };
    StringWriter writer;
    document.save(writer, "  ", pugi::format_indent, pugi::encoding_utf8);
    return std::move(writer.out);
}

}  // namespace folio
