#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "formats/html/html_site.hpp"
#include "src/ast/value.hpp"

namespace folio::html {

/// A heading of the body as the renderer wrote it (`HtmlOptions::on_heading`).
struct TocHeading {
    int level = 2;
    std::string id;          ///< the `id` the body gave it
    std::string inner_html;  ///< the HTML between its tags
};

/// The lowest and highest heading levels a table of contents lists.
inline constexpr int kTocFirstLevel = 2;
inline constexpr int kTocLastLevel = 4;

/// What front matter's `toc` or `ShowToc` and `TocOpen` (any case, booleans) say; other
/// values are not read.
TocChoice toc_choice(const Map& extra);

/// `<details class="toc"><summary>Contents</summary><nav>` with nested lists of the H2–H4 of
/// `headings` linking their ids (the shallowest level present is the top), open when `open`.
/// Links and tags inside a heading are left out of its entry (a link may not hold a link),
/// its text kept. Empty when no heading is in range. Works without JavaScript.
std::string table_of_contents(const std::vector<TocHeading>& headings, std::string_view label,
                              bool open);

}  // namespace folio::html
