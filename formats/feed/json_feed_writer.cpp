#include "formats/feed/feed.hpp"
#include "src/ast/date.hpp"
#include "src/text/json_writer.hpp"
#include "src/text/xml_chars.hpp"

namespace folio::feed {

namespace {

// JSON could escape control characters, but the feeds carry the same text in every format.
void clean_field(JsonWriter& json, std::string_view name, std::string_view text) {
    json.field(name, without_characters_xml_refuses(text));
}

void write_authors(JsonWriter& json, const std::vector<FeedAuthor>& authors) {
    json.key("authors");
    json.begin_array();
    for (const FeedAuthor& author : authors) {
        // JSON Feed has no e-mail field; a `mailto:` URL would be a guess at what it means.
        json.begin_object();
        clean_field(json, "name", author.name);
        json.end_object();
    }
    json.end_array();
}

void write_item(JsonWriter& json, const FeedItem& item) {
    json.begin_object();
    clean_field(json, "id", item_id(item));
    clean_field(json, "url", item.url);
    clean_field(json, "title", item.title);
    if (!item.content_html.empty()) {
        clean_field(json, "content_html", item.content_html);
    } else {
        // JSON Feed requires content_html or content_text on every item.
        clean_field(json, "content_text", item.summary);
    }
    if (!item.summary.empty()) clean_field(json, "summary", item.summary);
    if (item.image) clean_field(json, "image", item.image->url);
    json.field("date_published", format_rfc3339(item.published));
    json.field("date_modified", format_rfc3339(item.updated));
    if (!item.authors.empty()) write_authors(json, item.authors);
    if (!item.categories.empty()) {
        json.key("tags");
        json.begin_array();
        for (const std::string& tag : item.categories) json.value(without_characters_xml_refuses(tag));
        json.end_array();
    }
    if (!item.language.empty()) clean_field(json, "language", item.language);
    json.end_object();
}

}  // namespace

std::string write_json_feed(const Feed& feed) {
    std::string out;
    JsonWriter json(out);
    json.begin_object();
    json.field("version", "https://jsonfeed.org/version/1.1");
    clean_field(json, "title", feed.title);
    clean_field(json, "home_page_url", feed.home_url);
    if (!feed.feed_url.empty()) clean_field(json, "feed_url", feed.feed_url);
    if (!feed.description.empty()) clean_field(json, "description", feed.description);
    if (!feed.language.empty()) clean_field(json, "language", feed.language);
    if (!feed.author.name.empty()) write_authors(json, {feed.author});
    if (!feed.hub.empty()) {
        json.key("hubs");
        json.begin_array();
        json.begin_object();
        json.field("type", "WebSub");
        clean_field(json, "url", feed.hub);
        json.end_object();
        json.end_array();
    }
    json.key("items");
    json.begin_array();
    for (const FeedItem& item : feed.items) write_item(json, item);
    json.end_array();
    json.end_object();
    out += '\n';
    return out;
}

}  // namespace folio::feed
