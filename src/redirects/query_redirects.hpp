#pragma once

// Old URLs that are a query (`/?p=123`, WordPress's address of every post whatever its
// permalink, `/?page_id=7` of a page): no page and no front matter can stand at a query, so
// only the host rules that can match one redirect them (nginx, Apache, Netlify's `_redirects`
// and `vercel.json`), and the CSV lists them.

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "src/diagnostics/diagnostic.hpp"

#include "src/redirects/redirect_list.hpp"
#include "src/urls/url_rules.hpp"

namespace folio {

/// Whether `url` has a query (`?`): `redirects_from` leaves such old URLs to this file.
bool has_query(std::string_view url);

/// The redirects of the old URLs of `urls` that have a query, in order. Two articles with one
/// old URL are a collision, as for paths: the first keeps it, the second is a warning
/// (`redirects.collision`).
std::vector<Redirect> query_redirects_from(std::span<const ArticleUrls> urls,
                                           Diagnostics& diagnostics);

/// One `name=value` of a query, as written (still percent-encoded).
struct QueryParameter {
    std::string name;
    std::string value;
};

/// The parameters of `url`'s query (`/?p=12&lang=en`: `p` 12, `lang` en), or nullopt when the
/// query has none or one without a name or a value, which the hosts' query conditions cannot
/// match (Netlify's and Vercel's match a parameter's value).
std::optional<std::vector<QueryParameter>> query_parameters(std::string_view url);

/// Lines for Netlify's `_redirects` (`/ p=12 /new/ 301!`: the path, then each parameter the
/// query must hold), forced so that a page at the path (the home page) does not shadow them;
/// empty when there are none. Cloudflare Pages, which matches no query, skips such lines.
std::string netlify_query_rules(std::span<const Redirect> redirects);

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
