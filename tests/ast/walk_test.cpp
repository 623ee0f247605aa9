#include "src/ast/walk.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace folio {
namespace {

Inlines words(std::string text) { return Inlines{Inline{Text{std::move(text)}}}; }

std::string first_text(const Inlines& run) {
    const auto* text = run.empty() ? nullptr : std::get_if<Text>(&run.front().node);
    return text != nullptr ? text->text : "";
}

Blocks sample() {
    Table table;
    table.alignments = {Alignment::none, Alignment::right};
    table.header = {words("h1"), words("h2")};
    table.rows = {{words("c1"), words("c2")}};
    List list;
    list.items.push_back(ListItem{Blocks{Block{Paragraph{words("item")}, {}}}, Task::none});
    return Blocks{
        Block{Heading{2, words("title"), false}, {}},
        Block{CodeBlock{"", "code\n", true, '`'}, {}},
        Block{BlockQuote{Blocks{Block{Paragraph{words("quoted")}, {}},
                                Block{List{list}, {}}}},
              {}},
        Block{ThematicBreak{}, {}},
        Block{HtmlBlock{"<div></div>"}, {}},
        Block{table, {}},
        Block{Paragraph{words("last")}, {}},
    };
}

TEST(ForEachInlineRun, ReachesEveryRunInDocumentOrder) {
    const Blocks blocks = sample();
    std::vector<std::string> seen;
    for_each_inline_run(blocks, [&](const Inlines& run) { seen.push_back(first_text(run)); });
    EXPECT_EQ(seen, (std::vector<std::string>{"title", "quoted", "item", "h1", "h2", "c1", "c2",
                                              "last"}));
}

TEST(ForEachInlineRun, LetsTheVisitorChangeTheRuns) {
    Blocks blocks = sample();
    for_each_inline_run(blocks, [](Inlines& run) { run.push_back(Inline{HardBreak{}}); });
    std::size_t runs_with_break = 0;
    for_each_inline_run(blocks, [&](const Inlines& run) {
        runs_with_break += run.size() == 2 && std::holds_alternative<HardBreak>(run[1].node);
    });
    EXPECT_EQ(runs_with_break, 8u);
}

}  // namespace
}  // namespace folio
