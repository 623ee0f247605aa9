#pragma once

// The rows of a Ghost export that posts point into: tags, authors and post meta are separate
// tables joined by ids, as in Ghost's database.

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "formats/ghost/json_tree.hpp"

namespace folio {

/// A tag of a post, in the post's order (`posts_tags.sort_order`).
struct GhostTag {
    std::string_view name;
    std::string_view slug;
    bool internal = false;  ///< `#name`: Ghost's internal tags, for themes, never shown
};

/// A user who wrote a post, in the post's order.
struct GhostAuthor {
    std::string_view name;  ///< display name; e-mail addresses are never read
    std::string_view slug;
};

/// Indexes over one export's `data` object; views into it, so it must outlive them.
class GhostTables {
public:
    explicit GhostTables(const JsonValue& data);

    std::vector<GhostTag> tags(std::string_view post_id) const;
    /// Through `posts_authors`, else the post's own `author_id` (Ghost 1).
    std::vector<GhostAuthor> authors(const JsonValue& post) const;
    /// The post's `posts_meta` row (Ghost 4+), or nullptr.
    const JsonValue* post_meta(std::string_view post_id) const;
    /// A `settings` value (`permalinks`, `locale`), empty when absent.
    std::string_view setting(std::string_view key) const;
    /// Names of join tables cut short by damage, for one warning.
    const std::vector<std::string>& damaged() const { return damaged_; }

private:
    struct Link {
        std::int64_t order;
        std::string_view target;
    };
    std::unordered_map<std::string_view, std::vector<Link>> post_tags_, post_authors_;
    std::unordered_map<std::string_view, const JsonValue*> tags_, users_, meta_;
    std::unordered_map<std::string_view, std::string_view> settings_;
    std::vector<std::string> damaged_;
};

}  // namespace folio
