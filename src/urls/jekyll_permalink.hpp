#pragma once

#include <string>
#include <string_view>

#include "src/urls/page_facts.hpp"

namespace folio {

/// The pattern of a Jekyll `permalink` setting: a built-in style (lib/jekyll/configuration.rb,
/// `style_to_permalink`) — `date` (Jekyll's default, also for an empty setting), `pretty`,
/// `ordinal`, `weekdate`, `none` — or the setting itself when it is a pattern.
std::string jekyll_permalink_pattern(std::string_view setting);

/// A Jekyll permalink `pattern` expanded for a post as Jekyll 4.3 does (lib/jekyll/drops/url_drop.rb
/// and url.rb):
/// `:year :month :day :i_month :i_day :short_year :hour :minute :second :y_day :week :w_year
/// :w_day :short_day :long_day :short_month :long_month` from the date; `:title` (the `slug`
/// front matter else the file name after its date, slugified in `pretty` mode keeping its
/// case), `:slug` (the same, slugified and lowercased), `:name` (the whole file stem,
/// slugified), `:categories` (the folders around `_posts`, then the front matter's, lowercased,
/// each once, joined by `/`: none leaves no empty segment), `:output_ext` (`.html`). Runs of
/// `/` are squeezed as Jekyll does. Unknown placeholders are copied as written (Jekyll stops
/// with an error).
std::string expand_jekyll_permalink(std::string_view pattern, const PageFacts& page);

/// Whether `name` (without its colon) is a placeholder `expand_jekyll_permalink` knows.
bool is_jekyll_placeholder(std::string_view name);

}  // namespace folio
