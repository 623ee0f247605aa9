#include "formats/epub/xhtml_from_html.hpp"

#include <gumbo.h>

#include <algorithm>
#include <array>
#include <memory>
#include <pugixml.hpp>
#include <sstream>

#include "src/images/image_location.hpp"
#include "src/render/html5_attributes.hpp"
#include "src/render/html_tags.hpp"
#include "src/text/utf8.hpp"
#include "src/text/xml_chars.hpp"
#include "src/web/html_allow_list.hpp"
#include "src/web/url_safety.hpp"

namespace folio::epub {

namespace {

// `value` without the characters XML 1.0 cannot hold (pugixml would write `&#12;`), and valid
// UTF-8: gumbo 0.10 writes an overflowing numeric reference without `;` (`&#XffffffffD0`) as
// one raw byte (0xD0) rather than U+FFFD (fuzz finding), so its text is not trusted to be.
std::string xml_clean_value(const char* value) {
    std::string clean = has_characters_xml_refuses(value) ? without_characters_xml_refuses(value)
                                                          : std::string(value);
    if (find_invalid_utf8(clean) != std::string_view::npos) clean = to_valid_utf8(clean);
    return clean;
}

struct OutputDeleter {
    void operator()(GumboOutput* output) const {
        gumbo_destroy_output(&kGumboDefaultOptions, output);
    }
};

/// Dropped with everything inside: active content an e-book must not run, and form controls
/// that do nothing without a server.
constexpr std::array kDropped = {
    GUMBO_TAG_SCRIPT,   GUMBO_TAG_NOSCRIPT, GUMBO_TAG_STYLE,  GUMBO_TAG_FORM,   GUMBO_TAG_BUTTON,
    GUMBO_TAG_SELECT,   GUMBO_TAG_TEXTAREA, GUMBO_TAG_IFRAME, GUMBO_TAG_OBJECT, GUMBO_TAG_EMBED,
    GUMBO_TAG_VIDEO,    GUMBO_TAG_AUDIO,    GUMBO_TAG_FRAME,    GUMBO_TAG_FRAMESET, GUMBO_TAG_LINK,   GUMBO_TAG_META,   GUMBO_TAG_BASE,
    GUMBO_TAG_TEMPLATE, GUMBO_TAG_APPLET,   GUMBO_TAG_HEAD,   GUMBO_TAG_TITLE,
};

/// Not in HTML5 (epubcheck rejects them): their content is kept without them.
constexpr std::array kUnwrapped = {
    GUMBO_TAG_CENTER,    GUMBO_TAG_FONT,    GUMBO_TAG_BIG,      GUMBO_TAG_TT,
    GUMBO_TAG_STRIKE,    GUMBO_TAG_ACRONYM, GUMBO_TAG_MARQUEE,  GUMBO_TAG_BLINK,
    GUMBO_TAG_BASEFONT,  GUMBO_TAG_DIR,     GUMBO_TAG_NOBR,     GUMBO_TAG_SPACER,
    GUMBO_TAG_MULTICOL,  GUMBO_TAG_ISINDEX, GUMBO_TAG_XMP,      GUMBO_TAG_LISTING,
    GUMBO_TAG_PLAINTEXT, GUMBO_TAG_NOEMBED, GUMBO_TAG_NOFRAMES, GUMBO_TAG_UNKNOWN,
    GUMBO_TAG_HTML,      GUMBO_TAG_BODY,
};

template <std::size_t N>
bool contains(const std::array<GumboTag, N>& tags, GumboTag tag) {
    return std::find(tags.begin(), tags.end(), tag) != tags.end();
}

/// An attribute name XML accepts without a namespace declaration we do not write.
bool valid_xml_name(std::string_view name) {
    if (name.empty()) return false;
    for (std::size_t i = 0; i < name.size(); ++i) {
        const char c = name[i];
        const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
        const bool other = (c >= '0' && c <= '9') || c == '-' || c == '.';
        if (!(letter || (i > 0 && other))) return false;
    }
    return true;
}

std::string element_name(const GumboElement& element) {
    if (element.tag != GUMBO_TAG_UNKNOWN) {
        if (element.tag_namespace == GUMBO_NAMESPACE_SVG) {
            if (const char* svg = gumbo_normalize_svg_tagname(&element.original_tag)) return svg;
        }
        return gumbo_normalized_tagname(element.tag);
    }
    GumboStringPiece original = element.original_tag;
    gumbo_tag_from_original_text(&original);
    std::string name(original.data, original.length);
    std::transform(name.begin(), name.end(), name.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return name;
}

class Converter {
public:
    Converter(std::vector<std::string>& dropped, const XhtmlRewrites& rewrites)
        : dropped_(dropped), rewrites_(rewrites) {}

    void children(const GumboVector& nodes, pugi::xml_node parent) {
        for (unsigned i = 0; i < nodes.length; ++i) {
            node(*static_cast<const GumboNode*>(nodes.data[i]), parent);
        }
    }

private:
    void node(const GumboNode& node, pugi::xml_node parent) {
        switch (node.type) {
            case GUMBO_NODE_TEXT:
            case GUMBO_NODE_WHITESPACE:
            case GUMBO_NODE_CDATA:
                append_text(parent, node.v.text.text);
                return;
            case GUMBO_NODE_COMMENT:
                return;
            case GUMBO_NODE_DOCUMENT:
                children(node.v.document.children, parent);
                return;
            case GUMBO_NODE_ELEMENT:
            case GUMBO_NODE_TEMPLATE:
                element(node.v.element, parent);
                return;
        }
    }

    void append_text(pugi::xml_node parent, const char* raw_text) {
        // HTML may hold control characters (`&#12;`, a raw form feed) that XML cannot.
        const std::string clean = xml_clean_value(raw_text);
        const char* text = clean.c_str();
        // Adjacent text nodes merge, so the XML is written as the HTML read.
        pugi::xml_node last = parent.last_child();
        if (last.type() == pugi::node_pcdata) {
            last.set_value((std::string(last.value()) + text).c_str());
        } else {
            parent.append_child(pugi::node_pcdata).set_value(text);
        }
    }

    void element(const GumboElement& element, pugi::xml_node parent) {
        const std::string name = element_name(element);
        if (element.tag_namespace == GUMBO_NAMESPACE_HTML && player_link(element, parent)) return;
        if (element.tag_namespace == GUMBO_NAMESPACE_HTML &&
            (contains(kDropped, element.tag) ||
             (element.tag == GUMBO_TAG_INPUT && !is_checkbox(element)))) {
            note("<" + name + "> element");
            return;
        }
        if (element.tag_namespace == GUMBO_NAMESPACE_HTML && name == "picture") {
            // epubcheck does not know <picture>: its <img> stays, the <source>s go with it.
            for (unsigned i = 0; i < element.children.length; ++i) {
                const auto& child = *static_cast<const GumboNode*>(element.children.data[i]);
                if (child.type == GUMBO_NODE_ELEMENT && child.v.element.tag == GUMBO_TAG_SOURCE)
                    continue;
                node(child, parent);
            }
            return;
        }
        if (element.tag_namespace != GUMBO_NAMESPACE_HTML || element.tag == GUMBO_TAG_UNKNOWN) {
            // SVG and MathML (and HTML gumbo does not know) by the shared allow-list: SVG's
            // <script>, <foreignObject> and link-rewriting animations go whole.
            const ElementPolicy policy = element_policy(name);
            if (policy == ElementPolicy::drop_whole) {
                note("<" + name + "> element");
                return;
            }
            if (policy == ElementPolicy::unwrap && element.tag_namespace != GUMBO_NAMESPACE_HTML) {
                note("<" + name + "> element (its content is kept)");
                children(element.children, parent);
                return;
            }
        }
        if (element.tag_namespace == GUMBO_NAMESPACE_HTML && contains(kUnwrapped, element.tag)) {
            // html/body come from gumbo's own fragment wrapper, not from the author.
            if (element.tag != GUMBO_TAG_HTML && element.tag != GUMBO_TAG_BODY) {
                note("<" + name + "> element (its content is kept)");
            }
            children(element.children, parent);
            return;
        }
        pugi::xml_node out = parent.append_child(name.c_str());
        if (element.tag_namespace == GUMBO_NAMESPACE_SVG &&
            std::string_view(parent.name()) != "svg" && !inside(parent, "svg")) {
            out.append_attribute("xmlns") = "http://www.w3.org/2000/svg";
            out.append_attribute("xmlns:xlink") = "http://www.w3.org/1999/xlink";
        }
        if (element.tag_namespace == GUMBO_NAMESPACE_MATHML && !inside(parent, "math") &&
            name == "math") {
            out.append_attribute("xmlns") = "http://www.w3.org/1998/Math/MathML";
        }
        std::vector<HtmlAttribute> kept = attributes(element, name);
        if (element.tag_namespace == GUMBO_NAMESPACE_HTML) {
            html5_attributes(name, kept);
            if (rewrites_.image && !book_images(element.tag, kept)) {
                parent.remove_child(out);
                if (element.tag == GUMBO_TAG_IMG) image_stand_in(parent);
                return;
            }
            if (rewrites_.link && element.tag == GUMBO_TAG_A) {
                // An empty rewrite: the link points nowhere in the book, its text stays.
                for (auto a = kept.begin(); a != kept.end(); ++a) {
                    if (a->name != "href") continue;
                    a->value = rewrites_.link(a->value);
                    if (a->value.empty()) kept.erase(a);
                    break;
                }
            }
        }
        for (const HtmlAttribute& a : kept)
            out.append_attribute(a.name.c_str()) = a.value.c_str();
        children(element.children, out);
    }

    /// Keeps only the images the book holds, under their names in the book; false when the
    /// element shows none (an `<img>` or `<source>`), so it goes.
    bool book_images(GumboTag tag, std::vector<HtmlAttribute>& kept) const {
        if (tag != GUMBO_TAG_IMG && tag != GUMBO_TAG_SOURCE && tag != GUMBO_TAG_VIDEO) return true;
        std::string first_candidate;
        for (auto a = kept.begin(); a != kept.end();) {
            if (a->name == "srcset") {
                std::string value;
                for (const auto& [url, descriptor] : srcset_candidates(a->value)) {
                    const std::optional<std::string> href = rewrites_.image(url);
                    if (!href) continue;
                    if (first_candidate.empty()) first_candidate = *href;
                    if (!value.empty()) value += ", ";
                    value += *href;
                    if (!descriptor.empty()) value += ' ' + descriptor;
                }
                if (value.empty()) {
                    a = kept.erase(a);
                    continue;
                }
                a->value = std::move(value);
            } else if (a->name == "src" || a->name == "poster") {
                std::optional<std::string> href = rewrites_.image(a->value);
                if (!href) {
                    a = kept.erase(a);
                    continue;
                }
                a->value = std::move(*href);
            }
            ++a;
        }
        const auto has = [&kept](std::string_view name) {
            return std::any_of(kept.begin(), kept.end(),
                               [name](const HtmlAttribute& a) { return a.name == name; });
        };
        if (tag == GUMBO_TAG_SOURCE) return has("srcset");
        if (tag != GUMBO_TAG_IMG) return true;
        // An image shown only through its srcset still needs a src.
        if (!has("src") && !first_candidate.empty()) kept.push_back({"src", first_candidate});
        if (!has("src")) return false;
        if (!has("alt")) kept.push_back({"alt", ""});
        return true;
    }

    /// What an `<img>` the book does not hold leaves: a link to it when it is online (named by
    /// its alt text or URL), else its alt text.
    void image_stand_in(pugi::xml_node parent) {
        const std::string& src = pending_src_;
        const std::string text = !pending_alt_.empty() ? pending_alt_ : src;
        if (text.empty()) return;
        if (is_remote_reference(src) && !inside(parent, "a")) {
            pugi::xml_node link = parent.append_child("a");
            link.append_attribute("href") = src.c_str();
            link.append_child(pugi::node_pcdata).set_value(text.c_str());
            return;
        }
        append_text(parent, text.c_str());
    }

    /// An embedded player replaced by a link to what it plays; false for other elements.
    bool player_link(const GumboElement& element, pugi::xml_node parent) {
        const char* source_attribute = nullptr;
        switch (element.tag) {
            case GUMBO_TAG_IFRAME:
            case GUMBO_TAG_EMBED:
            case GUMBO_TAG_VIDEO:
            case GUMBO_TAG_AUDIO:
                source_attribute = "src";
                break;
            case GUMBO_TAG_OBJECT:
                source_attribute = "data";
                break;
            default:
                return false;
        }
        std::string url;
        if (const GumboAttribute* src = gumbo_get_attribute(&element.attributes, source_attribute))
            url = xml_clean_value(src->value);
        // A <video> names its file in a <source> child.
        for (unsigned i = 0; url.empty() && i < element.children.length; ++i) {
            const auto* child = static_cast<const GumboNode*>(element.children.data[i]);
            if (child->type != GUMBO_NODE_ELEMENT || child->v.element.tag != GUMBO_TAG_SOURCE)
                continue;
            if (const GumboAttribute* src = gumbo_get_attribute(&child->v.element.attributes, "src"))
                url = xml_clean_value(src->value);
        }
        if (url.empty() || is_dangerous_url(url)) return false;
        url = embedded_page_url(url);
        std::string title;
        if (const GumboAttribute* t = gumbo_get_attribute(&element.attributes, "title"))
            title = xml_clean_value(t->value);
        if (title.empty()) title = url;
        const std::string_view where = parent.name();
        // Where only blocks may stand, the link gets a paragraph of its own.
        const bool block_context = where.empty() || where == "div" || where == "figure" ||
                                   where == "blockquote" || where == "section" ||
                                   where == "li" || where == "td" || where == "th" ||
                                   where == "article" || where == "aside" ||
                                   where == "details" || where == "header" || where == "footer";
        pugi::xml_node holder = parent;
        if (block_context) {
            holder = parent.append_child("p");
            holder.append_attribute("class") = "embed";
        }
        if (inside(parent, "a")) {
            append_text(holder, title.c_str());
        } else {
            pugi::xml_node link = holder.append_child("a");
            link.append_attribute("href") = url.c_str();
            link.append_child(pugi::node_pcdata).set_value(title.c_str());
        }
        return true;
    }

    /// Task-list checkboxes (the renderer's own, or written by hand) are content, not a form.
    static bool is_checkbox(const GumboElement& element) {
        const GumboAttribute* type = gumbo_get_attribute(&element.attributes, "type");
        return type != nullptr && std::string_view(type->value) == "checkbox";
    }

    static bool inside(pugi::xml_node node, std::string_view name) {
        for (; node; node = node.parent()) {
            if (name == node.name()) return true;
        }
        return false;
    }

    /// The attributes an XHTML page may hold, values cleaned; the img's src and alt are kept
    /// aside too, for what stands in for an image the book does not hold.
    std::vector<HtmlAttribute> attributes(const GumboElement& element, std::string_view name) {
        std::vector<HtmlAttribute> kept;
        pending_src_.clear();
        pending_alt_.clear();
        for (unsigned i = 0; i < element.attributes.length; ++i) {
            const auto& attribute = *static_cast<const GumboAttribute*>(element.attributes.data[i]);
            std::string attribute_name = attribute.name;
            if (attribute.attr_namespace == GUMBO_ATTR_NAMESPACE_XLINK) {
                attribute_name = "xlink:" + attribute_name;
                // Only an <svg> declares the xlink prefix; on MathML it would make the chapter
                // not well-formed (and MathML in EPUB links with <a> around it).
                if (element.tag_namespace != GUMBO_NAMESPACE_SVG) {
                    note(attribute_name + " attribute on <" + std::string(name) + ">");
                    continue;
                }
            } else if (attribute.attr_namespace != GUMBO_ATTR_NAMESPACE_NONE) {
                continue;  // xmlns declarations: we write our own
            } else if (!valid_xml_name(attribute_name) || !allowed_attribute(attribute_name)) {
                const bool event = attribute_name.size() > 2 && attribute_name.compare(0, 2, "on") == 0;
                note(event ? attribute_name + " attribute" : "'" + attribute_name + "' attribute");
                continue;
            }
            std::string why;
            std::optional<std::string> value = safe_attribute_value(attribute_name, attribute.value, why);
            if (!why.empty()) note(why);
            if (!value) continue;
            std::string clean = xml_clean_value(value->c_str());
            if (element.tag == GUMBO_TAG_IMG && attribute_name == "src") pending_src_ = clean;
            if (element.tag == GUMBO_TAG_IMG && attribute_name == "alt") pending_alt_ = clean;
            kept.push_back({std::move(attribute_name), std::move(clean)});
        }
        return kept;
    }

    void note(std::string what) {
        if (std::find(dropped_.begin(), dropped_.end(), what) == dropped_.end()) {
            dropped_.push_back(std::move(what));
        }
    }

    std::vector<std::string>& dropped_;
    const XhtmlRewrites& rewrites_;
    std::string pending_src_;  ///< of the <img> being converted
    std::string pending_alt_;
};

struct StringWriter final : pugi::xml_writer {
    std::string out;
    void write(const void* data, std::size_t size) override {
        out.append(static_cast<const char*>(data), size);
    }
};

}  // namespace

std::string html_to_xhtml(std::string_view html, std::vector<std::string>& dropped,
                          const XhtmlRewrites& rewrites) {
    GumboOptions options = kGumboDefaultOptions;
    // Parsed as the content of a <div>: the fragment algorithm, so no <html>/<body> is made up.
    options.fragment_context = GUMBO_TAG_DIV;
    options.fragment_namespace = GUMBO_NAMESPACE_HTML;
    const std::unique_ptr<GumboOutput, OutputDeleter> output(
        gumbo_parse_with_options(&options, html.data(), html.size()));
    if (!output) return {};
    pugi::xml_document document;
    Converter converter(dropped, rewrites);
    converter.children(output->root->v.element.children, document);
    StringWriter writer;
    for (pugi::xml_node child : document.children()) {
        child.print(writer, "", pugi::format_raw, pugi::encoding_utf8);
    }
    return std::move(writer.out);
}

std::string embedded_page_url(std::string_view player_url) {
    std::string url(player_url);
    if (url.starts_with("//")) url = "https:" + url;
    const auto id_after = [&url](std::string_view marker) -> std::string {
        const std::size_t at = url.find(marker);
        if (at == std::string::npos) return {};
        const std::size_t from = at + marker.size();
        const std::size_t end = url.find_first_of("?#&/", from);
        return url.substr(from, end == std::string::npos ? std::string::npos : end - from);
    };
    for (const std::string_view host : {"youtube.com/embed/", "youtube-nocookie.com/embed/"}) {
        if (std::string id = id_after(host); !id.empty())
            return "https://www.youtube.com/watch?v=" + id;
    }
    if (std::string id = id_after("player.vimeo.com/video/"); !id.empty())
        return "https://vimeo.com/" + id;
    return url;
}

}  // namespace folio::epub
