#pragma once

#include <string>
#include <string_view>

#include "src/ast/article.hpp"

namespace folio {

/// WordPress's `?p=ID` address of a post at the blog's home as it is now: the path of
/// `home_url` (the export's channel `link`; when empty, the guid's own path) followed by the
/// guid's query when it is one post's (`?p=12`, `?page_id=7`), else by `?p=` and `id`.
/// `https://example.com/blog/`, `http://old.example.com/?p=12` → `/blog/?p=12`. Empty when
/// neither the guid nor `id` (digits) gives an id.
std::string wordpress_query_url(std::string_view home_url, std::string_view guid,
                                std::string_view id);

/// WordPress's other address of an imported post, which it answers whatever the permalink
/// setting and which old links and feeds use: the one its export gave (`Source::old_query_url`),
/// else `wordpress_query_url` of its `guid` and `wordpress_id` (a post an earlier import wrote
/// as Markdown). Empty for an article
/// that is no WordPress post, or whose old URL is that address already.
std::string old_query_url(const Article& article);

}  // namespace folio
