#include "formats/epub/chapter.hpp"

#include <pugixml.hpp>

#include <algorithm>
#include <stdexcept>

#include "formats/epub/xml_output.hpp"
#include "src/render/html_escape.hpp"
#include "src/text/language_tag.hpp"
#include "src/text/xml_chars.hpp"

namespace folio::epub {

namespace {

/// All text below `node`, as a table of contents shows a heading.
std::string text_of(pugi::xml_node node) {
    std::string out;
    for (pugi::xml_node child : node.children()) {
        if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
            out += child.value();
        } else if (child.type() == pugi::node_element && std::string_view(child.name()) == "math") {
            // Math reads as its TeX, as in `section_entry`.
            const pugi::xml_node tex = child.select_node(".//*[local-name()='annotation']").node();
            out += tex ? std::string(tex.text().get()) : text_of(child);
        } else if (child.type() == pugi::node_element) {
            out += text_of(child);
        }
    }
    return out;
}

/// Names as `A, B`.
std::string joined(const std::vector<std::string>& names) {
    std::string out;
    for (const std::string& name : names) {
        if (!out.empty()) out += ", ";
        out += name;
    }
    return out;
}

/// Categories as `A, B`; tags as `#a #b`, the way blogs show them.
enum class Terms { categories, tags };

void add_terms(pugi::xml_node parent, const std::vector<std::string>& items, Terms kind) {
    std::string text;
    for (const std::string& item : items) {
        if (!text.empty()) text += kind == Terms::tags ? " " : ", ";
        if (kind == Terms::tags) text += '#';
        text += item;
    }
    pugi::xml_node span = parent.append_child("span");
    span.append_attribute("class") = kind == Terms::tags ? "tags" : "categories";
    span.text() = text.c_str();
}

void add_heading(pugi::xml_node header, const ChapterHeading& heading) {
    header.append_child("h1").text() = heading.title.c_str();
    if (!heading.date_iso.empty()) {
        pugi::xml_node date = header.append_child("p");
        date.append_attribute("class") = "date";
        pugi::xml_node time = date.append_child("time");
        time.append_attribute("datetime") = heading.date_iso.c_str();
        time.text() = heading.date_human.c_str();
    }
    if (!heading.categories.empty() || !heading.tags.empty()) {
        pugi::xml_node terms = header.append_child("p");
        terms.append_attribute("class") = "terms";
        if (!heading.categories.empty()) add_terms(terms, heading.categories, Terms::categories);
        if (!heading.categories.empty() && !heading.tags.empty()) {
            terms.append_child(pugi::node_pcdata).set_value(" \u00B7 ");
        }
        if (!heading.tags.empty()) add_terms(terms, heading.tags, Terms::tags);
    }
    if (!heading.authors.empty()) {
        pugi::xml_node byline = header.append_child("p");
        byline.append_attribute("class") = "byline";
        byline.text() = joined(heading.authors).c_str();
    }
    if (!heading.summary.empty()) {
        pugi::xml_node summary = header.append_child("p");
        summary.append_attribute("class") = "summary";
        summary.text() = heading.summary.c_str();
    }
    if (!heading.cover) return;
    const ChapterCover& cover = *heading.cover;
    const std::string& caption = cover.caption.empty() ? cover.alt : cover.caption;
    if (!cover.href.empty()) {
        pugi::xml_node figure = header.append_child("figure");
        figure.append_attribute("class") = "cover";
        pugi::xml_node image = figure.append_child("img");
        image.append_attribute("src") = cover.href.c_str();
        image.append_attribute("alt") = cover.alt.c_str();
        if (!cover.caption.empty())
            figure.append_child("figcaption").text() = cover.caption.c_str();
        return;
    }
    // No image to show: the caption (or alt text) stays, linked to the image when it is online.
    if (caption.empty() && cover.link.empty()) return;
    pugi::xml_node paragraph = header.append_child("p");
    paragraph.append_attribute("class") = "cover-caption";
    const std::string& text = caption.empty() ? cover.link : caption;
    if (cover.link.empty()) {
        paragraph.text() = text.c_str();
    } else {
        pugi::xml_node link = paragraph.append_child("a");
        link.append_attribute("href") = cover.link.c_str();
        link.text() = text.c_str();
    }
}

/// Walks the body once: `align` on table cells becomes a class (HTML5 dropped the attribute),
/// and every H2 with an id is collected for the table of contents.
void finish_body(pugi::xml_node node, std::vector<SectionEntry>& sections) {
    for (pugi::xml_node child : node.children()) {
        if (child.type() != pugi::node_element) continue;
        const std::string_view name = child.name();
        if (name == "th" || name == "td") {
            if (pugi::xml_attribute align = child.attribute("align")) {
                const std::string cls = std::string("align-") + align.value();
                child.remove_attribute(align);
                child.append_attribute("class") = cls.c_str();
            }
        }
        if (name == "h2") {
            if (pugi::xml_attribute id = child.attribute("id")) {
                std::string title = text_of(child);
                if (!title.empty()) sections.push_back({id.value(), std::move(title)});
            }
        }
        finish_body(child, sections);
    }
}

// The page up to the body as text, byte for byte what pugixml writes for start_chapter's tree
// (build_chapter's path; a test holds the two together): a tree built and serialised for
// every chapter was a fortieth of a book's CPU time. What pugixml does to a value: it reads
// it up to a NUL (it takes C strings), xml_bytes drops the characters XML refuses, and the
// escaping is pugixml's own (text: & < >; attributes: & < " and tab, line feed and carriage
// return as references).
std::string xml_clean(const std::string& value) {
    const std::string_view upto_nul(value.c_str());
    return has_characters_xml_refuses(upto_nul) ? without_characters_xml_refuses(upto_nul)
                                                : std::string(upto_nul);
}

void append_xml_text(std::string& out, const std::string& value) {
    for (const char c : xml_clean(value)) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            default: out += c;
        }
    }
}

void append_xml_attribute(std::string& out, const char* name, const std::string& value) {
    out += ' ';
    out += name;
    out += "=\"";
    for (const char c : xml_clean(value)) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '"': out += "&quot;"; break;
            case '\t': out += "&#09;"; break;
            case '\n': out += "&#10;"; break;
            case '\r': out += "&#13;"; break;
            default: out += c;
        }
    }
    out += '"';
}

void append_element(std::string& out, const char* open, const std::string& text,
                    const char* close) {
    out += open;
    append_xml_text(out, text);
    out += close;
}

void append_terms(std::string& out, const std::vector<std::string>& items, Terms kind) {
    std::string text;
    for (const std::string& item : items) {
        if (!text.empty()) text += kind == Terms::tags ? " " : ", ";
        if (kind == Terms::tags) text += '#';
        text += item;
    }
    append_element(out, kind == Terms::tags ? "<span class=\"tags\">" : "<span class=\"categories\">",
                   text, "</span>");
}

std::string chapter_page_start(const ChapterHeading& heading) {
    std::string out;
    out.reserve(1024);
    out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html><html";
    append_xml_attribute(out, "xmlns", "http://www.w3.org/1999/xhtml");
    append_xml_attribute(out, "xmlns:epub", "http://www.idpf.org/2007/ops");
    append_xml_attribute(out, "lang", heading.language);
    append_xml_attribute(out, "xml:lang", heading.language);
    if (is_right_to_left(heading.language)) append_xml_attribute(out, "dir", "rtl");
    out += "><head><meta charset=\"utf-8\"/>";
    append_element(out, "<title>", heading.title, "</title>");
    out += "<link rel=\"stylesheet\" type=\"text/css\"";
    append_xml_attribute(out, "href", kStylesheetHref);
    out += "/></head><body><section epub:type=\"chapter\" role=\"doc-chapter\"";
    append_xml_attribute(out, "id", heading.id_prefix + "chapter");
    out += "><header class=\"chapter\">";
    append_element(out, "<h1>", heading.title, "</h1>");
    if (!heading.date_iso.empty()) {
        out += "<p class=\"date\"><time";
        append_xml_attribute(out, "datetime", heading.date_iso);
        out += '>';
        append_element(out, "", heading.date_human, "</time></p>");
    }
    if (!heading.categories.empty() || !heading.tags.empty()) {
        out += "<p class=\"terms\">";
        if (!heading.categories.empty()) append_terms(out, heading.categories, Terms::categories);
        if (!heading.categories.empty() && !heading.tags.empty()) out += " \u00B7 ";
        if (!heading.tags.empty()) append_terms(out, heading.tags, Terms::tags);
        out += "</p>";
    }
    if (!heading.authors.empty())
        append_element(out, "<p class=\"byline\">", joined(heading.authors), "</p>");
    if (!heading.summary.empty())
        append_element(out, "<p class=\"summary\">", heading.summary, "</p>");
    if (heading.cover) {
        const ChapterCover& cover = *heading.cover;
        const std::string& caption = cover.caption.empty() ? cover.alt : cover.caption;
        if (!cover.href.empty()) {
            out += "<figure class=\"cover\"><img";
            append_xml_attribute(out, "src", cover.href);
            append_xml_attribute(out, "alt", cover.alt);
            out += "/>";
            if (!cover.caption.empty())
                append_element(out, "<figcaption>", cover.caption, "</figcaption>");
            out += "</figure>";
        } else if (!caption.empty() || !cover.link.empty()) {
            const std::string& text = caption.empty() ? cover.link : caption;
            out += "<p class=\"cover-caption\">";
            if (cover.link.empty()) {
                append_xml_text(out, text);
            } else {
                out += "<a";
                append_xml_attribute(out, "href", cover.link);
                out += '>';
                append_xml_text(out, text);
                out += "</a>";
            }
            out += "</p>";
        }
    }
    out += "</header>";
    return out;
}

/// The page up to the chapter's `<section>`, with its header; the body goes after it.
pugi::xml_node start_chapter(pugi::xml_document& document, const ChapterHeading& heading) {
    pugi::xml_node body = start_xhtml_page(document, heading.title, heading.language);
    pugi::xml_node section = body.append_child("section");
    section.append_attribute("epub:type") = "chapter";
    section.append_attribute("role") = "doc-chapter";
    section.append_attribute("id") = (heading.id_prefix + "chapter").c_str();
    pugi::xml_node header = section.append_child("header");
    header.append_attribute("class") = "chapter";
    add_heading(header, heading);
    return section;
}

}  // namespace

std::optional<SectionEntry> section_entry(std::string_view id, std::string_view inner_html) {
    std::string text;
    for (std::size_t i = 0; i < inner_html.size();) {
        if (inner_html.substr(i).starts_with("<math")) {
            // A table of contents shows text: math is its TeX, as in titles and feeds.
            constexpr std::string_view kTex = "<annotation encoding=\"application/x-tex\">";
            const std::size_t tex = inner_html.find(kTex, i);
            const std::size_t end = inner_html.find("</math>", i);
            if (tex != std::string_view::npos && end != std::string_view::npos && tex < end) {
                const std::size_t from = tex + kTex.size();
                text += inner_html.substr(from, inner_html.find('<', from) - from);
                i = end + 7;
                continue;
            }
        }
        if (inner_html[i] == '<') {
            // The renderer escapes `<` and `>` in attribute values, so a tag ends at the next `>`.
            const std::size_t end = inner_html.find('>', i);
            if (end == std::string_view::npos) break;
            i = end + 1;
            continue;
        }
        const std::size_t next = std::min(inner_html.find('<', i), inner_html.size());
        text += inner_html.substr(i, next - i);
        i = next;
    }
    text = unescape_html(text);
    if (text.empty()) return std::nullopt;
    return SectionEntry{unescape_html(id), std::move(text)};
}

std::optional<ChapterDocument> chapter_around(const ChapterHeading& heading,
                                              std::string_view body_xhtml,
                                              std::vector<SectionEntry> sections) {
    if (has_characters_xml_refuses(body_xhtml)) return std::nullopt;
    std::string page = chapter_page_start(heading);
    page.reserve(page.size() + body_xhtml.size() + 32);
    page += body_xhtml;
    page += "</section></body></html>\n";
    return ChapterDocument{std::move(page), std::move(sections)};
}

std::optional<ChapterDocument> build_chapter(const ChapterHeading& heading,
                                             std::string_view body_xhtml) {
    pugi::xml_document document;
    pugi::xml_node section = start_chapter(document, heading);
    // White space between inline elements is content (`<em>a</em> <b>b</b>`), so keep it all.
    const pugi::xml_parse_result parsed =
        section.append_buffer(body_xhtml.data(), body_xhtml.size(),
                              pugi::parse_default | pugi::parse_ws_pcdata, pugi::encoding_utf8);
    // An empty body (or only white space) is fine: pugixml calls that "no document element".
    if (!parsed && parsed.status != pugi::status_no_document_element) return std::nullopt;
    ChapterDocument chapter;
    finish_body(section, chapter.sections);
    chapter.bytes = xml_bytes(document, false);
    return chapter;
}

}  // namespace folio::epub
