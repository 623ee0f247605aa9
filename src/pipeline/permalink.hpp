#pragma once

#include <string>
#include <string_view>

#include "src/ast/article.hpp"

namespace folio {

/// The pattern feeds, the HTML site and Hugo aliases share unless told otherwise.
inline constexpr std::string_view kDefaultPermalink = "/posts/:slug/";

/// Expands a permalink pattern for `article`, as Hugo's permalinks do: `:slug` (the resolved
/// slug), `:title` (the title made URL-safe), `:year`, `:month`, `:day` (of the date as
/// written; `0000`/`00` without a date), `:section`, `:filename` (the file's stem). Anything
/// else is copied. The result always starts with `/`.
std::string expand_permalink(std::string_view pattern, const Article& article,
                             std::string_view section = "posts");

/// Empty when `pattern` is usable, else why not (an unknown `:token`).
std::string permalink_problem(std::string_view pattern);

}  // namespace folio
