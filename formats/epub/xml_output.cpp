#include "formats/epub/xml_output.hpp"

#include <pugixml.hpp>

#include "formats/epub/book_model.hpp"
#include "text/xml_chars.hpp"

namespace folio::epub {

namespace {

struct StringWriter final : pugi::xml_writer {
    std::string out;
    void write(const void* data, std::size_t size) override {
        out.append(static_cast<const char*>(data), size);
    }
};

// Removes the characters XML 1.0 cannot hold from every text and attribute value. pugixml
// writes a control character as a reference (`&#01;`), which is no better: a title from
// front matter (`"\x01"`) or raw HTML repaired by gumbo may hold one. The walk is iterative.
struct XmlCharacterCleaner final : pugi::xml_tree_walker {
    bool for_each(pugi::xml_node& node) override {
        if (node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata ||
            node.type() == pugi::node_comment) {
            if (has_characters_xml_refuses(node.value()))
                node.set_value(without_characters_xml_refuses(node.value()).c_str());
        }
        for (pugi::xml_attribute attribute : node.attributes()) {
            if (has_characters_xml_refuses(attribute.value()))
                attribute.set_value(without_characters_xml_refuses(attribute.value()).c_str());
        }
        return true;
    }
};

}  // namespace

std::string xml_bytes(const pugi::xml_document& document, bool indent) {
    // The handle is const, the tree is not: cleaning it in place spares a copy of a chapter.
    XmlCharacterCleaner cleaner;
    pugi::xml_document& tree = const_cast<pugi::xml_document&>(document);
    tree.traverse(cleaner);
    StringWriter writer;
    writer.out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    const unsigned flags =
        pugi::format_no_declaration | (indent ? pugi::format_indent : pugi::format_raw);
    document.save(writer, "  ", flags, pugi::encoding_utf8);
    if (writer.out.back() != '\n') writer.out += '\n';
    return std::move(writer.out);
}

pugi::xml_node start_xhtml_page(pugi::xml_document& document, const std::string& title,
                                const std::string& language) {
    document.append_child(pugi::node_doctype).set_value("html");
    pugi::xml_node html = document.append_child("html");
    html.append_attribute("xmlns") = "http://www.w3.org/1999/xhtml";
    html.append_attribute("xmlns:epub") = "http://www.idpf.org/2007/ops";
    html.append_attribute("lang") = language.c_str();
    html.append_attribute("xml:lang") = language.c_str();
    pugi::xml_node head = html.append_child("head");
    head.append_child("meta").append_attribute("charset") = "utf-8";
    head.append_child("title").text() = title.c_str();
    pugi::xml_node css = head.append_child("link");
    css.append_attribute("rel") = "stylesheet";
    css.append_attribute("type") = "text/css";
    css.append_attribute("href") = kStylesheetHref;
    return html.append_child("body");
}

}  // namespace folio::epub
