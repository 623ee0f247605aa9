#include "formats/html/pagination.hpp"

#include <gtest/gtest.h>

namespace folio::html {
namespace {

using Pages = std::vector<std::size_t>;
constexpr std::size_t E = kEllipsis;

TEST(PageWindow, HasNoNavigationForOnePage) {
    EXPECT_EQ(page_window(1, 0), Pages{});
    EXPECT_EQ(page_window(1, 1), Pages{});
}

TEST(PageWindow, ShowsEveryPageOfAShortList) {
    EXPECT_EQ(page_window(1, 2), (Pages{1, 2}));
    EXPECT_EQ(page_window(3, 7), (Pages{1, 2, 3, 4, 5, 6, 7}));
}

TEST(PageWindow, PutsEllipsesBetweenTheEndsAndTheWindow) {
    EXPECT_EQ(page_window(1, 237), (Pages{1, 2, 3, E, 237}));
    EXPECT_EQ(page_window(100, 237), (Pages{1, E, 98, 99, 100, 101, 102, E, 237}));
    EXPECT_EQ(page_window(237, 237), (Pages{1, E, 235, 236, 237}));
}

TEST(PageWindow, ShowsASingleLeftOutPageInsteadOfAnEllipsis) {
    EXPECT_EQ(page_window(4, 237), (Pages{1, 2, 3, 4, 5, 6, E, 237}));
    EXPECT_EQ(page_window(5, 9), (Pages{1, 2, 3, 4, 5, 6, 7, 8, 9}));
    EXPECT_EQ(page_window(5, 10), (Pages{1, 2, 3, 4, 5, 6, 7, E, 10}));
}

TEST(PageWindow, StaysShortForTenThousandPagesAndAnyRadius) {
    for (const std::size_t current : {1u, 2u, 5000u, 9999u, 10000u}) {
        EXPECT_LE(page_window(current, 10000).size(), 9u) << current;
        EXPECT_LE(page_window(current, 10000, 0).size(), 5u) << current;
    }
    EXPECT_EQ(page_window(5000, 10000, 0), (Pages{1, E, 5000, E, 10000}));
    EXPECT_EQ(page_window(20000, 10, 1), (Pages{1, E, 9, 10}));  // clamped to the last
}

}  // namespace
}  // namespace folio::html
