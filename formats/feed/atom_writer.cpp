#include <pugixml.hpp>

#include <cctype>

#include "formats/feed/feed.hpp"
#include "formats/feed/stylesheet_instruction.hpp"
#include "src/ast/date.hpp"
#include "src/text/xml_chars.hpp"
#include "src/xml/xml_text.hpp"

namespace folio::feed {

namespace {

// Atom's id must be an absolute IRI: a GUID that is one (`tag:`, `urn:`, a URL) is kept, any
// other (`1234`, a bare slug) would fail the schema, so the permalink stands in.
std::string atom_id(const FeedItem& item) {
    const std::string& id = item_id(item);
    const std::size_t colon = id.find(':');
    if (colon == std::string::npos || colon == 0 || id.find_first_of(" \t\n") != std::string::npos)
        return item.url;
    for (std::size_t i = 0; i < colon; ++i) {
        const char c = id[i];
        const bool scheme_char = std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '+' ||
                                 c == '-' || c == '.';
        if (!scheme_char || (i == 0 && std::isalpha(static_cast<unsigned char>(c)) == 0))
            return item.url;
    }
    return id;
}

void append_link(pugi::xml_node parent, const char* rel, const std::string& href,
                 const char* type) {
    pugi::xml_node link = parent.append_child("link");
    link.append_attribute("rel").set_value(rel);
    link.append_attribute("href").set_value(without_characters_xml_refuses(href).c_str());
    link.append_attribute("type").set_value(type);
}

void append_author(pugi::xml_node parent, const FeedAuthor& author) {
    pugi::xml_node person = parent.append_child("author");
    append_text_element(person, "name", author.name);
    if (!author.email.empty()) append_text_element(person, "email", author.email);
}

void append_entry(pugi::xml_node feed, const FeedItem& item) {
    pugi::xml_node entry = feed.append_child("entry");
    if (!item.language.empty()) {
        entry.append_attribute("xml:lang").set_value(without_characters_xml_refuses(item.language).c_str());
    }
    append_text_element(entry, "id", atom_id(item));
    append_text_element(entry, "title", item.title).append_attribute("type").set_value("text");
    append_link(entry, "alternate", item.url, "text/html");
    // Atom dates are date-times: the builder has already placed date-only values at midnight.
    append_text_element(entry, "published", format_rfc3339(item.published));
    append_text_element(entry, "updated", format_rfc3339(item.updated));
    for (const FeedAuthor& author : item.authors) append_author(entry, author);
    for (const std::string& category : item.categories) {
        entry.append_child("category")
            .append_attribute("term")
            .set_value(without_characters_xml_refuses(category).c_str());
    }
    if (!item.summary.empty()) {
        append_text_element(entry, "summary", item.summary)
            .append_attribute("type")
            .set_value("text");
    }
    if (!item.content_html.empty()) {
        // type="html": the markup travels escaped as text, which needs no CDATA at all.
        append_text_element(entry, "content", item.content_html)
            .append_attribute("type")
            .set_value("html");
    }
    if (item.image) {
        pugi::xml_node link = entry.append_child("link");
        link.append_attribute("rel").set_value("enclosure");
        link.append_attribute("href").set_value(without_characters_xml_refuses(item.image->url).c_str());
        if (!item.image->media_type.empty()) {
            link.append_attribute("type").set_value(item.image->media_type.c_str());
        }
        if (item.image->length) {
            link.append_attribute("length").set_value(std::to_string(*item.image->length).c_str());
        }
    }
}

}  // namespace

std::string write_atom(const Feed& feed) {
    pugi::xml_document document;
    pugi::xml_node declaration = document.append_child(pugi::node_declaration);
    declaration.append_attribute("version").set_value("1.0");
    declaration.append_attribute("encoding").set_value("UTF-8");
    if (feed.stylesheet) append_stylesheet_instruction(document);
    pugi::xml_node root = document.append_child("feed");
    root.append_attribute("xmlns").set_value("http://www.w3.org/2005/Atom");
    if (!feed.language.empty()) {
        root.append_attribute("xml:lang").set_value(without_characters_xml_refuses(feed.language).c_str());
    }
    append_text_element(root, "id", feed.home_url);
    append_text_element(root, "title", feed.title).append_attribute("type").set_value("text");
    if (!feed.description.empty()) {
        append_text_element(root, "subtitle", feed.description)
            .append_attribute("type")
            .set_value("text");
    }
    append_text_element(root, "updated", format_rfc3339(at_midnight(feed.updated)));
    // RFC 4287 wants an author on the feed unless every entry has one; the feed always has one.
    append_author(root, feed.author);
    if (!feed.feed_url.empty()) append_link(root, "self", feed.feed_url, "application/atom+xml");
    append_link(root, "alternate", feed.home_url, "text/html");
    if (!feed.hub.empty()) {
        pugi::xml_node hub = root.append_child("link");
        hub.append_attribute("rel").set_value("hub");
        hub.append_attribute("href").set_value(without_characters_xml_refuses(feed.hub).c_str());
    }
    pugi::xml_node generator = append_text_element(root, "generator", "folio");
    generator.append_attribute("version").set_value("0.1.0");
    for (const FeedItem& item : feed.items) append_entry(root, item);
    return xml_bytes(document);
}

}  // namespace folio::feed
