#pragma once

// The comments of an imported post (WordPress's approved ones, in `extra.comments`): kept in a
// folder of the migrated site that no engine publishes, not in the post's front matter, where
// a theme could show them and every edit of the post would carry them.

#include <optional>
#include <string>
#include <string_view>

#include "src/ast/article.hpp"
#include "src/output/output_file.hpp"

namespace folio {

/// The key under which an export reader keeps a post's comments. Not `comments`: a Markdown
/// article's own `comments` key (a theme's switch, or a Staticman-style list the site shows)
/// is the author's and stays in its front matter.
inline constexpr std::string_view kImportedCommentsKey = "imported_comments";

/// The folder, below the migrated site's root, that holds the comments: an engine publishes
/// no folder whose name starts with `_` (Jekyll, Eleventy) or that is not its own (Hugo, Astro).
inline constexpr std::string_view kCommentsFolder = "_comments";

/// Takes `article`'s imported comments (`kImportedCommentsKey`) out of its `extra` and returns them as the JSON file
/// `<kCommentsFolder>/<slug>.json`: `{"post": slug, "title": ..., "comments": [...]}`, each
/// comment's fields as read (its `parent` keeps the thread). Nullopt when it has none.
std::optional<OutputFile> take_comments(Article& article);

}  // namespace folio
