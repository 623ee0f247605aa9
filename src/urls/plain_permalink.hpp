#pragma once

#include <string>
#include <string_view>

#include "src/urls/page_facts.hpp"

namespace folio {

/// folio's own permalink syntax, for engines whose URLs come from code (Astro, Eleventy,
/// Next.js, Gatsby) and `--old-permalink` there: `:slug` (front matter `slug`, else the file
/// name), `:title` (slugified), `:year`, `:month`, `:day` (`0000`/`00` without a date),
/// `:section` (the first folder, else `posts`), `:filename`. Other text is copied.
std::string expand_plain_permalink(std::string_view pattern, const PageFacts& page);

/// Whether `name` (without its colon) is one of those tokens.
bool is_plain_permalink_token(std::string_view name);

}  // namespace folio
