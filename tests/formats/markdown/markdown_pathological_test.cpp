#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "tests/formats/markdown/read_helpers.hpp"

namespace folio::test {
namespace {

// Depth of the deepest chain of blocks (list + item count as two levels, as for the cap).
std::size_t block_depth(const Blocks& blocks);

std::size_t block_depth(const Block& block) {
    return std::visit(
        [](const auto& node) -> std::size_t {
            using T = std::decay_t<decltype(node)>;
            if constexpr (std::is_same_v<T, BlockQuote>) {
                return 1 + block_depth(node.children);
            } else if constexpr (std::is_same_v<T, List>) {
                std::size_t deepest = 0;
                for (const auto& item : node.items)
                    deepest = std::max(deepest, block_depth(item.children));
                return 2 + deepest;
            } else {
                return 0;
            }
        },
        block.node);
}

std::size_t block_depth(const Blocks& blocks) {
    std::size_t deepest = 0;
    for (const auto& block : blocks) deepest = std::max(deepest, block_depth(block));
    return deepest;
}

std::size_t inline_depth(const Inlines& inlines) {
    std::size_t deepest = 0;
    for (const auto& node : inlines) {
        if (const auto* em = std::get_if<Emphasis>(&node.node))
            deepest = std::max(deepest, 1 + inline_depth(em->children));
        if (const auto* strong = std::get_if<Strong>(&node.node))
            deepest = std::max(deepest, 1 + inline_depth(strong->children));
    }
    return deepest;
}

bool contains_text(const Blocks& blocks, const std::string& wanted);

bool contains_text(const Inlines& inlines, const std::string& wanted) {
    for (const auto& node : inlines) {
        if (const auto* t = std::get_if<Text>(&node.node);
            t != nullptr && t->text.find(wanted) != std::string::npos)
            return true;
        if (const auto* em = std::get_if<Emphasis>(&node.node);
            em != nullptr && contains_text(em->children, wanted))
            return true;
        if (const auto* st = std::get_if<Strong>(&node.node);
            st != nullptr && contains_text(st->children, wanted))
            return true;
    }
    return false;
}

bool contains_text(const Blocks& blocks, const std::string& wanted) {
    for (const auto& block : blocks) {
        if (const auto* p = std::get_if<Paragraph>(&block.node);
            p != nullptr && contains_text(p->children, wanted))
            return true;
        if (const auto* q = std::get_if<BlockQuote>(&block.node);
            q != nullptr && contains_text(q->children, wanted))
            return true;
        if (const auto* l = std::get_if<List>(&block.node)) {
            for (const auto& item : l->items) {
                if (contains_text(item.children, wanted)) return true;
            }
        }
    }
    return false;
}

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

TEST(MarkdownReader, CapsTenThousandNestedBlockQuotesWithOneWarning) {
    const auto start = std::chrono::steady_clock::now();
    const auto r = read_markdown(std::string(10000, '>') + " deep\n\n> shallow\n");
    EXPECT_LT(seconds_since(start), 5.0);
    EXPECT_EQ(block_depth(r.body.blocks), static_cast<std::size_t>(kMaxNestingDepth));
    EXPECT_TRUE(contains_text(r.body.blocks, "deep"));
    ASSERT_EQ(r.diagnostics.items().size(), 1u);
    const auto& warning = r.diagnostics.items()[0];
    EXPECT_EQ(warning.severity, Severity::warning);
    EXPECT_EQ(warning.code, "markdown.nesting");
    EXPECT_EQ(
        warning.message,
        "blocks or inlines nest deeper than 128 levels; deeper levels are flattened into level 128 "
        "(their text is kept)");
    EXPECT_EQ(warning.line, 1u);
    EXPECT_EQ(warning.column, 10002u);
}

TEST(MarkdownReader, CapsTenThousandNestedListsAndKeepsTheirText) {
    std::string input;
    for (int i = 0; i < 10000; ++i) input += i % 2 == 0 ? "- " : "1. ";
    input += "deep\n- shallow\n";
    const auto start = std::chrono::steady_clock::now();
    const auto r = read_markdown(input);
    EXPECT_LT(seconds_since(start), 5.0);
    EXPECT_LE(block_depth(r.body.blocks), static_cast<std::size_t>(kMaxNestingDepth));
    EXPECT_TRUE(contains_text(r.body.blocks, "deep"));
    EXPECT_TRUE(contains_text(r.body.blocks, "shallow"));
    ASSERT_EQ(r.diagnostics.items().size(), 1u);
    EXPECT_EQ(r.diagnostics.items()[0].code, "markdown.nesting");
}

TEST(MarkdownReader, CapsAHundredThousandEmphasisMarkers) {
    const std::string markers(50000, '*');
    const auto start = std::chrono::steady_clock::now();
    const auto r = read_markdown(markers + "core" + markers + "\n");
    EXPECT_LT(seconds_since(start), 5.0);
    const auto& inlines = as<Paragraph>(r.body.blocks.at(0)).children;
    EXPECT_LE(inline_depth(inlines), static_cast<std::size_t>(kMaxNestingDepth));
    EXPECT_TRUE(contains_text(inlines, "core"));
    ASSERT_EQ(r.diagnostics.items().size(), 1u);
    EXPECT_EQ(r.diagnostics.items()[0].code, "markdown.nesting");
}

TEST(MarkdownReader, ReadsAHundredThousandUnmatchedMarkersAsText) {
    const auto r = read_markdown(std::string(100000, '_') + "x\n");
    EXPECT_EQ(as<Paragraph>(r.body.blocks.at(0)).children,
              Inlines{text(std::string(100000, '_') + "x")});
    EXPECT_TRUE(r.diagnostics.items().empty());
}

TEST(MarkdownReader, ReadsAnEmptyBody) {
    const auto r = read_markdown("");
    EXPECT_TRUE(r.body.blocks.empty());
    EXPECT_TRUE(r.body.footnotes.empty());
    EXPECT_TRUE(r.diagnostics.items().empty());
}

TEST(MarkdownReader, SurvivesBinaryGarbage) {
    std::string input;
    unsigned state = 12345;
    for (int i = 0; i < 200000; ++i) {
        state = state * 1103515245u + 12345u;
        input += static_cast<char>((state >> 16) & 0xFF);
    }
    const auto r = read_markdown(input);
    EXPECT_FALSE(r.diagnostics.has_errors());
}

}  // namespace
}  // namespace folio::test
