#pragma once

#include <cstddef>
#include <vector>

#include "formats/html/html_site.hpp"

namespace folio::html {

/// How many of a tag's newest articles `related_entries` looks at: a tag on half of 10,000
/// articles would otherwise make every article with it compare itself with 5,000 others.
inline constexpr std::size_t kRelatedScanPerTag = 500;

/// Up to `count` other entries of `plan` that share tags with `entry`: most shared tags first,
/// then newest first (the site's order). Found through the tags' own lists (`Term::entries`),
/// each cut to its newest `kRelatedScanPerTag`, so the work per article does not grow with
/// the site. Indexes into `plan.entries`.
std::vector<std::size_t> related_entries(const SitePlan& plan, std::size_t entry,
                                         std::size_t count);

}  // namespace folio::html
