#include "formats/html/pagination.hpp"

#include <algorithm>

namespace folio::html {

std::vector<std::size_t> page_window(std::size_t current, std::size_t pages, std::size_t radius) {
    std::vector<std::size_t> shown;
    if (pages <= 1) return shown;
    current = std::clamp<std::size_t>(current, 1, pages);
    const std::size_t low = current > radius ? current - radius : 1;
    const std::size_t high = std::min(pages, current + radius);
    const auto add = [&shown](std::size_t page) {
        if (!shown.empty()) {
            const std::size_t last = shown.back() == kEllipsis ? shown[shown.size() - 2]
                                                               : shown.back();
            if (page <= last) return;
            // One page left out is shown: an ellipsis would be no shorter.
            if (page == last + 2) shown.push_back(last + 1);
            else if (page > last + 2) shown.push_back(kEllipsis);
        }
        shown.push_back(page);
    };
    add(1);
    for (std::size_t page = low; page <= high; ++page) add(page);
    add(pages);
    return shown;
}

}  // namespace folio::html
