#include "formats/html/json_ld.hpp"

#include "src/text/json_writer.hpp"
#include "src/web/script_json.hpp"

namespace folio::html {

namespace {

// JSON-LD in the page's head (src/web/script_json.hpp says why it is escaped).
std::string script_of(const std::string& json) {
    std::string out = "<script type=\"application/ld+json\">\n";
    append_script_safe_json(out, json);
    out += "\n</script>\n";
    return out;
}

void person(JsonWriter& json, std::string_view key, const std::string& name) {
    json.key(key);
    json.begin_object();
    json.field("@type", "Person");
    json.field("name", name);
    json.end_object();
}

}  // namespace

std::string blog_posting_script(const BlogPosting& posting) {
    std::string text;
    JsonWriter json(text);
    json.begin_object();
    json.field("@context", "https://schema.org");
    json.field("@type", "BlogPosting");
    json.field("headline", posting.headline);
    if (!posting.description.empty()) json.field("description", posting.description);
    if (!posting.author.empty()) person(json, "author", posting.author);
    if (!posting.image.empty()) json.field("image", posting.image);
    if (posting.published) json.field("datePublished", format_rfc3339(*posting.published));
    if (posting.modified || posting.published)
        json.field("dateModified",
                   format_rfc3339(posting.modified ? *posting.modified : *posting.published));
    if (!posting.url.empty()) {
        json.key("mainEntityOfPage");
        json.begin_object();
        json.field("@type", "WebPage");
        json.field("@id", posting.url);
        json.end_object();
        json.field("url", posting.url);
    }
    json.end_object();
    return script_of(text);
}

std::string website_script(const std::string& name, const std::string& url,
                           const std::string& description) {
    std::string text;
    JsonWriter json(text);
    json.begin_object();
    json.field("@context", "https://schema.org");
    json.field("@type", "WebSite");
    json.field("name", name);
    if (!url.empty()) json.field("url", url);
    if (!description.empty()) json.field("description", description);
    json.end_object();
    return script_of(text);
}

}  // namespace folio::html
