#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace folio {

/// Where the parts of a WXR file are, found by one scan over its text that skips CDATA sections
/// and comments (a post about RSS may hold `<item>` in its content).
struct WxrLayout {
    std::size_t channel_begin = std::string_view::npos;  ///< `<channel`
    /// The channel's own elements: from `<channel` up to the first item (or `</channel>`).
    std::size_t header_end = 0;
    /// `[begin, end)` of each `<item>...</item>`; `end` is npos for an item the file ends in.
    struct Item {
        std::size_t begin = 0;
        std::size_t end = 0;
    };
    std::vector<Item> items;
};

/// The layout of `text`. An item that never closes before the next `<item>` or the end of the
/// file gets `end == npos`.
WxrLayout scan_wxr(std::string_view text);

}  // namespace folio
