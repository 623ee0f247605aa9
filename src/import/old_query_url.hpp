#pragma once

#include <string>

#include "src/ast/article.hpp"

namespace folio {

/// WordPress's other address of an imported post, which it answers whatever the permalink
/// setting and which old links and feeds use: its `guid`'s path and query when that is one
/// (`/?p=123`, `/blog/?page_id=7`), else `/?p=` and its `wordpress_id`. Empty for an article
/// that is no WordPress post, or whose old URL is that address already.
std::string old_query_url(const Article& article);

}  // namespace folio
