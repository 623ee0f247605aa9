#pragma once

// Old URLs that are a query (`/?p=123`, WordPress's address of every post whatever its
// permalink, `/?page_id=7` of a page): no page and no front matter can stand at a query, so
// only the host rules that can match one redirect them (nginx and Apache), and the CSV lists
// them.

#include <span>
#include <string>
#include <vector>

#include "src/redirects/redirect_list.hpp"
#include "src/urls/url_rules.hpp"

namespace folio {

/// Whether `url` has a query (`?`): `redirects_from` leaves such old URLs to this file.
bool has_query(std::string_view url);

/// The redirects of the old URLs of `urls` that have a query, in order; the first article with
/// one old URL keeps it.
std::vector<Redirect> query_redirects_from(std::span<const ArticleUrls> urls);

/// An nginx `map` of `$request_uri` to `$variable` for `redirects` (the query matched as one
/// of its parameters, in any order with others), for the `http` block; empty when there are
/// none.
std::string nginx_query_map(std::span<const Redirect> redirects, std::string_view variable);

/// The `server` block's part of `nginx_query_map`: the redirect, the old query dropped.
std::string nginx_query_snippet(std::string_view variable);

/// mod_rewrite rules for `.htaccess` (`RewriteCond %{QUERY_STRING}`), in an `<IfModule>` so a
/// server without mod_rewrite still reads the file; empty when there are none.
std::string htaccess_query_rules(std::span<const Redirect> redirects);

}  // namespace folio
