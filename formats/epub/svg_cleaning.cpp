#include "formats/epub/svg_cleaning.hpp"

#include <algorithm>
#include <pugixml.hpp>

#include "src/web/html_allow_list.hpp"
#include "src/web/url_safety.hpp"

namespace folio::epub {
namespace {

std::string_view local_name(std::string_view name) {
    const std::size_t colon = name.find(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

/// A reference that stays inside the file: a fragment, or a raster image written into it.
bool internal_reference(std::string_view url) {
    std::size_t i = 0;
    while (i < url.size() && (url[i] == ' ' || url[i] == '\t' || url[i] == '\n')) ++i;
    url.remove_prefix(i);
    if (url.starts_with("#")) return true;
    const bool data = url.size() > 5 && (url.substr(0, 5) == "data:" || url.substr(0, 5) == "DATA:");
    return data && !is_dangerous_url(url);
}

class Cleaner {
public:
    explicit Cleaner(std::vector<std::string>& removed) : removed_(removed) {}
    bool changed = false;

    void element(pugi::xml_node node) {
        for (pugi::xml_node child = node.first_child(); child;) {
            const pugi::xml_node next = child.next_sibling();
            if (child.type() == pugi::node_element) {
                const std::string_view name = local_name(child.name());
                const bool style = name == "style";
                if (!style && element_policy(name) == ElementPolicy::drop_whole) {
                    remove(node, child, "<" + std::string(name) + "> element");
                } else if (style && is_dangerous_style(child.child_value())) {
                    remove(node, child, "style that loads or runs code");
                } else {
                    attributes(child);
                    element(child);
                }
            } else if (child.type() == pugi::node_pi) {
                // `<?xml-stylesheet href=...?>` loads a style sheet from elsewhere.
                remove(node, child, "processing instruction");
            }
            child = next;
        }
    }

private:
    void attributes(pugi::xml_node node) {
        for (pugi::xml_attribute a = node.first_attribute(); a;) {
            const pugi::xml_attribute next = a.next_attribute();
            const std::string_view name = a.name();
            const std::string_view local = local_name(name);
            std::string why;
            if (local.size() > 2 && (local.substr(0, 2) == "on" || local.substr(0, 2) == "ON")) {
                why = std::string(local) + " attribute";
            } else if (local == "href" && !internal_reference(a.value())) {
                why = is_dangerous_url(a.value()) ? dangerous_url_scheme(a.value()) + ": URL"
                                                  : "reference to another file";
            } else if (local == "style" && is_dangerous_style(a.value())) {
                why = "style that loads or runs code";
            }
            if (!why.empty()) {
                note(why);
                node.remove_attribute(a);
                changed = true;
            }
            a = next;
        }
    }

    void remove(pugi::xml_node parent, pugi::xml_node child, std::string why) {
        note(std::move(why));
        parent.remove_child(child);
        changed = true;
    }

    void note(std::string what) {
        if (std::find(removed_.begin(), removed_.end(), what) == removed_.end())
            removed_.push_back(std::move(what));
    }

    std::vector<std::string>& removed_;
};

struct StringWriter final : pugi::xml_writer {
    std::string out;
    void write(const void* data, std::size_t size) override {
        out.append(static_cast<const char*>(data), size);
    }
};

}  // namespace

std::optional<std::string> clean_svg(std::string_view svg, std::vector<std::string>& removed) {
    pugi::xml_document document;
    // DOCTYPEs are kept out: an internal subset can define entities that expand without bound.
    const pugi::xml_parse_result parsed =
        document.load_buffer(svg.data(), svg.size(),
                             pugi::parse_default | pugi::parse_declaration | pugi::parse_pi |
                                 pugi::parse_comments);
    if (!parsed) return std::nullopt;
    Cleaner cleaner(removed);
    cleaner.element(document);
    if (!cleaner.changed) return std::string(svg);
    StringWriter writer;
    document.save(writer, "", pugi::format_raw | pugi::format_no_declaration, pugi::encoding_utf8);
    return std::move(writer.out);
}

}  // namespace folio::epub
