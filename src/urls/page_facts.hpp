#pragma once

// What an engine's permalink rules look at, taken once from an article and its file's place in
// the site, so that each engine's expander is a function of these facts alone.

#include <optional>
#include <string>
#include <vector>

#include "src/ast/article.hpp"

namespace folio {

/// The inputs of a permalink: front matter values and what the file's path says.
struct PageFacts {
    std::string title;
    std::string front_matter_slug;  ///< `slug` as written, else empty
    /// The file's name without extension; a bundle's (`x/index.md`) folder name; Jekyll's
    /// name after the date (`2013-05-06-title.md` → `title`).
    std::string file_name;
    std::string file_stem;  ///< the stem as it is on disk (`2013-05-06-title`, `index`)
    std::optional<Date> date;
    /// Folders between the site's content root and the file (a bundle's own folder excluded):
    /// Hugo's sections (`posts`, `posts/2020`), Jekyll's folders around `_posts`.
    std::vector<std::string> folders;
    std::vector<std::string> categories;  ///< front matter's, as the article holds them
};

}  // namespace folio
