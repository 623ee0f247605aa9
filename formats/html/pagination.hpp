#pragma once

#include <cstddef>
#include <vector>

namespace folio::html {

/// `page_window`'s stand-in for the page numbers left out between two that are shown.
inline constexpr std::size_t kEllipsis = 0;

/// The page numbers a numbered navigation shows on page `current` of `pages` (1-based): the
/// first and the last page, and `radius` pages either side of the current one; a gap of more
/// than one page is `kEllipsis`, a gap of exactly one page shows that page instead. With one
/// page or none: empty (no navigation). Never more than `2 * radius + 5` items, so a list of
/// 10,000 pages gets a navigation as short as one of ten.
std::vector<std::size_t> page_window(std::size_t current, std::size_t pages,
                                     std::size_t radius = 2);

}  // namespace folio::html
