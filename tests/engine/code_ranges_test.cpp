#include "src/engine/code_ranges.hpp"

#include <gtest/gtest.h>

namespace folio {
namespace {

std::vector<std::string_view> code_in(std::string_view text) {
    std::vector<std::string_view> out;
    for (const CodeRange& r : code_ranges(text)) out.push_back(text.substr(r.begin, r.end - r.begin));
    return out;
}

TEST(CodeRanges, FindsFencedBlocksToAClosingFenceAtLeastAsLong) {
    EXPECT_EQ(code_in("a\n````md\n```\nx\n````\nb\n~~~\ny"),
              (std::vector<std::string_view>{"````md\n```\nx\n````\n", "~~~\ny"}));
}

TEST(CodeRanges, FindsCodeSpansOfOneBacktickLengthOnALine) {
    EXPECT_EQ(code_in("a `x` and ``y ` z`` and `open\n"),
              (std::vector<std::string_view>{"`x`", "``y ` z``"}));
}

TEST(CodeRanges, LeavesIndentedCodeAndTextWithoutBackticksOut) {
    EXPECT_TRUE(code_in("    indented\n\nplain {% x %}\n").empty());
}

}  // namespace
}  // namespace folio
