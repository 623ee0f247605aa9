#include "formats/epub/xml_output.hpp"

#include <pugixml.hpp>

#include <stdexcept>

#include "formats/epub/book_model.hpp"
#include "src/text/language_tag.hpp"
#include "src/text/xml_chars.hpp"

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
        clean(node);
        return true;
    }
    static void clean(pugi::xml_node node) {
        if (node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata ||
            node.type() == pugi::node_comment) {
            if (has_characters_xml_refuses(node.value()))
                node.set_value(without_characters_xml_refuses(node.value()).c_str());
        }
        for (pugi::xml_attribute attribute : node.attributes()) {
            if (has_characters_xml_refuses(attribute.value()))
                attribute.set_value(without_characters_xml_refuses(attribute.value()).c_str());
        }
    }
};

// Cleans `node` and everything below it in place (the handle may be const, the tree is not:
// cleaning in place spares a copy of a chapter). Every way out of this file calls it.
void clean_characters(pugi::xml_node node) {
    XmlCharacterCleaner::clean(node);
    XmlCharacterCleaner cleaner;
    node.traverse(cleaner);
}

/// Passes pugixml's output on, remembering its last byte.
struct ForwardingWriter final : pugi::xml_writer {
    explicit ForwardingWriter(const XmlOut& out) : out(out) {}
    const XmlOut& out;
    char last = '\0';
    void write(const void* data, std::size_t size) override {
        if (size == 0) return;
        last = static_cast<const char*>(data)[size - 1];
        out(std::string_view(static_cast<const char*>(data), size));
    }
};

constexpr const char* kDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

unsigned save_flags(bool indent) {
    return pugi::format_no_declaration | (indent ? pugi::format_indent : pugi::format_raw);
}

}  // namespace

std::string xml_bytes(const pugi::xml_document& document, bool indent) {
    clean_characters(document);
    StringWriter writer;
    writer.out = kDeclaration;
    document.save(writer, "  ", save_flags(indent), pugi::encoding_utf8);
    if (writer.out.back() != '\n') writer.out += '\n';
    return std::move(writer.out);
}

void write_xml(const pugi::xml_document& document, bool indent, const XmlOut& out) {
    clean_characters(document);
    out(kDeclaration);
    ForwardingWriter writer(out);
    document.save(writer, "  ", save_flags(indent), pugi::encoding_utf8);
    if (writer.last != '\n') out("\n");
}

namespace {

/// Writes `text` with its marker line replaced by `fill`.
void split_at_marker(std::string_view text, const XmlOut& out, const std::function<void()>& fill) {
    const std::string marker = std::string("<!--") + kFillMarker + "-->";
    const std::size_t at = text.find(marker);
    if (at == std::string_view::npos) throw std::logic_error("xml: no fill marker");
    const std::size_t line_start = text.rfind('\n', at) == std::string_view::npos
                                       ? 0
                                       : text.rfind('\n', at) + 1;
    std::size_t line_end = text.find('\n', at);
    line_end = line_end == std::string_view::npos ? text.size() : line_end + 1;
    out(text.substr(0, line_start));
    fill();
    out(text.substr(line_end));
}

}  // namespace

void write_xml_around(const pugi::xml_document& document, const XmlOut& out,
                      const std::function<void()>& fill) {
    split_at_marker(xml_bytes(document, true), out, fill);
}

pugi::xml_node start_xhtml_page(pugi::xml_document& document, const std::string& title,
                                const std::string& language) {
    document.append_child(pugi::node_doctype).set_value("html");
    pugi::xml_node html = document.append_child("html");
    html.append_attribute("xmlns") = "http://www.w3.org/1999/xhtml";
    html.append_attribute("xmlns:epub") = "http://www.idpf.org/2007/ops";
    html.append_attribute("lang") = language.c_str();
    html.append_attribute("xml:lang") = language.c_str();
    if (is_right_to_left(language)) html.append_attribute("dir") = "rtl";
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
