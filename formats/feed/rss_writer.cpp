#include <pugixml.hpp>

#include "formats/feed/feed.hpp"
#include "formats/feed/stylesheet_instruction.hpp"
#include "src/ast/date.hpp"
#include "src/text/xml_chars.hpp"
#include "src/xml/xml_text.hpp"

namespace folio::feed {

namespace {

void append_image(pugi::xml_node item, const FeedImage& image) {
    const std::string url = without_characters_xml_refuses(image.url);
    // An enclosure must state its length in bytes; a made-up 0 misleads podcast clients, so an
    // image of unknown size (remote, or missing here) is described with Media RSS instead.
    if (image.length && !image.media_type.empty()) {
        pugi::xml_node enclosure = item.append_child("enclosure");
        enclosure.append_attribute("url").set_value(url.c_str());
        enclosure.append_attribute("length").set_value(std::to_string(*image.length).c_str());
        enclosure.append_attribute("type").set_value(image.media_type.c_str());
        return;
    }
    pugi::xml_node media = item.append_child("media:content");
    media.append_attribute("url").set_value(url.c_str());
    if (!image.media_type.empty())
        media.append_attribute("type").set_value(image.media_type.c_str());
    media.append_attribute("medium").set_value("image");
    if (image.length) {
        media.append_attribute("fileSize").set_value(std::to_string(*image.length).c_str());
    }
}

void append_item(pugi::xml_node channel, const FeedItem& entry) {
    pugi::xml_node item = channel.append_child("item");
    append_text_element(item, "title", entry.title);
    append_text_element(item, "link", entry.url);
    const std::string& id = item_id(entry);
    append_text_element(item, "guid", id)
        .append_attribute("isPermaLink")
        .set_value(id == entry.url ? "true" : "false");
    append_text_element(item, "pubDate", format_rfc822(entry.published));
    // RSS's own <author> must be an e-mail address (`ann@example.org (Ann)`); Dublin Core
    // holds a plain name.
    for (const FeedAuthor& author : entry.authors) {
        if (author.email.empty())
            append_text_element(item, "dc:creator", author.name);
        else
            append_text_element(item, "author", author.email + " (" + author.name + ")");
    }
    for (const std::string& category : entry.categories) {
        append_text_element(item, "category", category);
    }
    append_text_element(item, "description", entry.summary);
    if (!entry.content_html.empty()) {
        // pugixml splits the section around any `]]>` in the content (`]]]]><![CDATA[>`), so
        // the HTML reaches the reader byte for byte.
        const std::string html = without_characters_xml_refuses(entry.content_html);
        item.append_child("content:encoded").append_child(pugi::node_cdata).set_value(html.c_str());
    }
    if (entry.image) append_image(item, *entry.image);
}

}  // namespace

std::string write_rss(const Feed& feed) {
    pugi::xml_document document;
    pugi::xml_node declaration = document.append_child(pugi::node_declaration);
    declaration.append_attribute("version").set_value("1.0");
    declaration.append_attribute("encoding").set_value("UTF-8");
    if (feed.stylesheet) append_stylesheet_instruction(document);
    pugi::xml_node rss = document.append_child("rss");
    rss.append_attribute("version").set_value("2.0");
    rss.append_attribute("xmlns:atom").set_value("http://www.w3.org/2005/Atom");
    rss.append_attribute("xmlns:content").set_value("http://purl.org/rss/1.0/modules/content/");
    rss.append_attribute("xmlns:dc").set_value("http://purl.org/dc/elements/1.1/");
    rss.append_attribute("xmlns:media").set_value("http://search.yahoo.com/mrss/");
    pugi::xml_node channel = rss.append_child("channel");
    append_text_element(channel, "title", feed.title);
    append_text_element(channel, "link", feed.home_url);
    append_text_element(channel, "description", feed.description);
    if (!feed.language.empty()) append_text_element(channel, "language", feed.language);
    append_text_element(channel, "lastBuildDate", format_rfc822(feed.updated));
    append_text_element(channel, "generator", "folio 0.1.0");
    if (!feed.feed_url.empty()) {
        pugi::xml_node self = channel.append_child("atom:link");
        self.append_attribute("href").set_value(without_characters_xml_refuses(feed.feed_url).c_str());
        self.append_attribute("rel").set_value("self");
        self.append_attribute("type").set_value("application/rss+xml");
    }
    if (!feed.hub.empty()) {
        pugi::xml_node hub = channel.append_child("atom:link");
        hub.append_attribute("href").set_value(without_characters_xml_refuses(feed.hub).c_str());
        hub.append_attribute("rel").set_value("hub");
    }
    for (const FeedItem& item : feed.items) append_item(channel, item);
    return xml_bytes(document);
}

}  // namespace folio::feed
