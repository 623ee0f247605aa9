#include "formats/ghost/ghost_tables.hpp"

#include <algorithm>

namespace folio {

namespace {

const std::vector<JsonValue>& rows(const JsonValue& data, std::string_view table,
                                   std::vector<std::string>& damaged) {
    static const std::vector<JsonValue> none;
    const JsonValue* value = data.get(table);
    if (!value || !value->is_array()) return none;
    if (!value->complete) damaged.emplace_back(table);
    return value->items;
}

std::unordered_map<std::string_view, const JsonValue*> by_id(const std::vector<JsonValue>& rows) {
    std::unordered_map<std::string_view, const JsonValue*> index;
    for (const JsonValue& row : rows) {
        if (row.complete && !row.scalar("id").empty()) index.emplace(row.scalar("id"), &row);
    }
    return index;
}

}  // namespace

GhostTables::GhostTables(const JsonValue& data) {
    const auto links = [&](std::string_view table, std::string_view target_key, auto& index) {
        for (const JsonValue& row : rows(data, table, damaged_)) {
            if (!row.complete) continue;
            const JsonValue* order = row.get("sort_order");
            index[row.scalar("post_id")].push_back(
                {order ? order->integer() : 0, row.scalar(target_key)});
        }
        for (auto& [post, list] : index) {
            std::stable_sort(list.begin(), list.end(),
                             [](const Link& a, const Link& b) { return a.order < b.order; });
        }
    };
    links("posts_tags", "tag_id", post_tags_);
    links("posts_authors", "author_id", post_authors_);
    tags_ = by_id(rows(data, "tags", damaged_));
    users_ = by_id(rows(data, "users", damaged_));
    for (const JsonValue& row : rows(data, "posts_meta", damaged_)) {
        if (row.complete) meta_.emplace(row.scalar("post_id"), &row);
    }
    for (const JsonValue& row : rows(data, "settings", damaged_)) {
        if (row.complete) settings_.emplace(row.str("key"), row.str("value"));
    }
}

std::vector<GhostTag> GhostTables::tags(std::string_view post_id) const {
    std::vector<GhostTag> result;
    const auto found = post_tags_.find(post_id);
    if (found == post_tags_.end()) return result;
    for (const Link& link : found->second) {
        const auto tag = tags_.find(link.target);
        if (tag == tags_.end()) continue;
        const std::string_view name = tag->second->str("name");
        result.push_back({name, tag->second->str("slug"),
                          name.starts_with('#') || tag->second->str("visibility") == "internal"});
    }
    return result;
}

std::vector<GhostAuthor> GhostTables::authors(const JsonValue& post) const {
    std::vector<std::string_view> ids;
    if (const auto found = post_authors_.find(post.scalar("id")); found != post_authors_.end()) {
        for (const Link& link : found->second) ids.push_back(link.target);
    } else if (!post.scalar("author_id").empty()) {
        ids.push_back(post.scalar("author_id"));
    }
    std::vector<GhostAuthor> result;
    for (const std::string_view id : ids) {
        const auto user = users_.find(id);
        if (user != users_.end())
            result.push_back({user->second->str("name"), user->second->str("slug")});
    }
    return result;
}

const JsonValue* GhostTables::post_meta(std::string_view post_id) const {
    const auto found = meta_.find(post_id);
    return found == meta_.end() ? nullptr : found->second;
}

std::string_view GhostTables::setting(std::string_view key) const {
    const auto found = settings_.find(key);
    return found == settings_.end() ? std::string_view() : found->second;
}

}  // namespace folio
