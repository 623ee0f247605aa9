#include "formats/feed/xml_text.hpp"

#include <pugixml.hpp>

#include "src/text/utf8.hpp"

namespace folio::feed {

namespace {

bool allowed_in_xml(char32_t c) {
    if (c < 0x20) return c == '\t' || c == '\n' || c == '\r';
    return c != 0xFFFE && c != 0xFFFF;
}

}  // namespace

std::string xml_clean(std::string_view text) {
    // Most text is plain ASCII without controls: return it untouched without decoding.
    bool simple = true;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x80 || (byte < 0x20 && c != '\t' && c != '\n' && c != '\r')) {
            simple = false;
            break;
        }
    }
    if (simple) return std::string(text);
    std::string out;
    out.reserve(text.size());
    std::size_t pos = 0;
    while (pos < text.size()) {
        // next_code_point turns every invalid sequence, surrogates included, into U+FFFD.
        const char32_t c = next_code_point(text, pos);
        if (allowed_in_xml(c)) append_utf8(out, c);
    }
    return out;
}

}  // namespace folio::feed

namespace folio::feed {

pugi::xml_node append_text_element(pugi::xml_node parent, const char* name, std::string_view text) {
    pugi::xml_node element = parent.append_child(name);
    const std::string clean = xml_clean(text);
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

}  // namespace folio::feed
