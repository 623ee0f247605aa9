#include "formats/html/related_posts.hpp"

#include <algorithm>
#include <cstdint>

namespace folio::html {

std::vector<std::size_t> related_entries(const SitePlan& plan, std::size_t entry,
                                         std::size_t count) {
    std::vector<std::size_t> related;
    if (count == 0 || entry >= plan.entry_tags.size()) return related;
    // Shared tags counted per entry, by its place in the site's order; `seen` lists each
    // counted place once, in no order.
    std::vector<std::uint32_t> shared(plan.newest_first.size(), 0);
    std::vector<std::size_t> seen;
    for (const std::size_t tag : plan.entry_tags[entry]) {
        const std::vector<std::size_t>& with_tag = plan.tags[tag].entries;
        const std::size_t scanned = std::min(with_tag.size(), kRelatedScanPerTag);
        for (std::size_t i = 0; i < scanned; ++i) {
            if (with_tag[i] == entry) continue;
            const std::size_t rank = plan.rank[with_tag[i]];
            if (shared[rank]++ == 0) seen.push_back(rank);
        }
    }
    struct Candidate {
        std::size_t shared;
        std::size_t rank;
    };
    std::vector<Candidate> candidates;
    candidates.reserve(seen.size());
    for (const std::size_t rank : seen) candidates.push_back({shared[rank], rank});
    const std::size_t kept = std::min(count, candidates.size());
    std::partial_sort(candidates.begin(), candidates.begin() + static_cast<std::ptrdiff_t>(kept),
                      candidates.end(), [](const Candidate& a, const Candidate& b) {
                          return a.shared != b.shared ? a.shared > b.shared : a.rank < b.rank;
                      });
    for (std::size_t i = 0; i < kept; ++i)
        related.push_back(plan.newest_first[candidates[i].rank]);
    return related;
}

}  // namespace folio::html
