#include "src/import/post_comments.hpp"

#include <algorithm>

#include "src/text/json_writer.hpp"

namespace folio {

std::optional<OutputFile> take_comments(Article& article) {
    Map& extra = article.meta.extra;
    const auto found = std::find_if(extra.begin(), extra.end(),
                                    [](const auto& entry) { return entry.first == kImportedCommentsKey; });
    if (found == extra.end()) return std::nullopt;
    const auto* list = std::get_if<ValueList>(&found->second.data);
    if (list == nullptr) return std::nullopt;
    std::string json;
    JsonWriter out(json);
    out.begin_object();
    out.field("post", article.slug);
    out.field("title", article.meta.title);
    out.key("comments");
    out.begin_array();
    for (const Value& comment : *list) {
        const auto* fields = std::get_if<Map>(&comment.data);
        if (fields == nullptr) continue;
        out.begin_object();
        for (const auto& [key, value] : *fields) {
            if (const auto* text = std::get_if<std::string>(&value.data)) out.field(key, *text);
        }
        out.end_object();
    }
    out.end_array();
    out.end_object();
    json += '\n';
    extra.erase(found);
    return OutputFile{std::string(kCommentsFolder) + "/" + article.slug + ".json", std::move(json)};
}

}  // namespace folio
