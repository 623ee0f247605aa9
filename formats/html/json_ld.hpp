#pragma once

#include <optional>
#include <string>

#include "src/ast/date.hpp"

namespace folio::html {

/// What a search engine is told about an article page (schema.org `BlogPosting`).
struct BlogPosting {
    std::string headline;
    std::string description;
    std::string author;  ///< a person's name; empty: no author
    std::string image;   ///< absolute URL; empty: none
    std::string url;     ///< the page's canonical URL; empty (no base URL): no `mainEntityOfPage`
    std::optional<Date> published;
    std::optional<Date> modified;  ///< empty: the published date
};

/// `<script type="application/ld+json">` holding `posting` as a `BlogPosting`. Every `<`, `>`
/// and `&` in it is written `\u003c` (and so on), so a title with `</script>` or `<!--`
/// cannot end or change the script: the JSON reads the same.
std::string blog_posting_script(const BlogPosting& posting);

/// The same for the site's home page: a `WebSite` with its name, URL (when known) and
/// description.
std::string website_script(const std::string& name, const std::string& url,
                           const std::string& description);

}  // namespace folio::html
