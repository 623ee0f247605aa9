#pragma once

#include <string>
#include <string_view>

#include "src/urls/page_facts.hpp"

namespace folio {

/// Hugo's permalink `pattern` expanded for `page` (resolve/page/permalinks.go): `:year`,
/// `:month`, `:monthname`, `:day`, `:weekday` (0 = Sunday), `:weekdayname`, `:yearday`,
/// `:section`, `:sections`, `:title` (urlized), `:slug` (urlized, else the title),
/// `:filename` and `:contentbasename` (urlized; a bundle's folder name), `:slugorfilename`,
/// `:slugorcontentbasename`. A page without a date has Go's zero date, 0001-01-01. Unknown
/// tokens are copied as written. Values are read as a query string first (`+` a space, `%XX`
/// decoded) and the whole result is lowercased, as Hugo 0.111 builds it.
std::string expand_hugo_permalink(std::string_view pattern, const PageFacts& page);

/// The path Hugo gives a page when no permalink applies: its folders and its slug (else its
/// file name), each urlized, as `/posts/my-post`. No trailing slash.
std::string hugo_default_path(const PageFacts& page);

/// The tokens `expand_hugo_permalink` knows, for messages.
std::string_view hugo_permalink_tokens();

/// Whether `name` (without its colon) is one of them.
bool is_hugo_permalink_token(std::string_view name);

}  // namespace folio
