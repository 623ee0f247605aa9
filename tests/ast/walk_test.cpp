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

// One of every inline kind, nested the ways Markdown nests them.
Inlines every_inline_kind() {
    Link link{"https://x.test", "", Inlines{Inline{Strong{words("strong in link")}}}, false, {}, {}, {}};
    Image image{"a.png", "", Inlines{Inline{Emphasis{words("emphasis in alt")}}}, {}, {}, {}};
    EngineInline engine{EngineCall{}, words("rendered by an engine")};
    return Inlines{
        Inline{Text{"text"}},
        Inline{SoftBreak{}},
        Inline{HardBreak{}},
        Inline{Code{"code"}},
        Inline{Emphasis{Inlines{Inline{Strikethrough{words("struck in emphasis")}}}}},
        Inline{link},
        Inline{image},
        Inline{RawHtml{"<br>", {}}},
        Inline{FootnoteReference{"1"}},
        Inline{engine},
        Inline{Math{"x^2", false, {}}},
    };
}

// The name of an inline's kind, for comparing walks.
std::string kind(const Inline& item) {
    static constexpr const char* kNames[] = {"Text",          "SoftBreak", "HardBreak", "Code",
                                             "Emphasis",      "Strong",    "Strikethrough",
                                             "Link",          "Image",     "RawHtml",
                                             "FootnoteReference", "EngineInline", "Math"};
    return kNames[item.node.index()];
}

TEST(ForEachInline, ReachesEveryKindOfInlineEachBeforeWhatItHolds) {
    Table table;
    table.alignments = {Alignment::none};
    table.header = {every_inline_kind()};
    const Blocks blocks{
        Block{Heading{1, words("title"), false}, {}},
        Block{BlockQuote{Blocks{Block{Paragraph{every_inline_kind()}, {}}}}, {}},
        Block{table, {}},
        Block{EngineBlock{EngineCall{}, Blocks{Block{Paragraph{words("in a call")}, {}}}}, {}},
    };
    std::vector<std::string> seen;
    for_each_inline(blocks, [&](const Inline& item) { seen.push_back(kind(item)); });
    const std::vector<std::string> one_run{
        "Text",  "SoftBreak", "HardBreak",     "Code", "Emphasis", "Strikethrough", "Text",
        "Link",  "Strong",    "Text",          "Image", "Emphasis", "Text",         "RawHtml",
        "FootnoteReference", "EngineInline", "Text", "Math"};
    std::vector<std::string> expected{"Text"};  // the heading
    for (int run = 0; run < 2; ++run) expected.insert(expected.end(), one_run.begin(), one_run.end());
    expected.push_back("Text");  // what the engine block renders
    EXPECT_EQ(seen, expected);
}

TEST(ForEachInline, LetsTheVisitorChangeTheNodes) {
    Blocks blocks{Block{Paragraph{every_inline_kind()}, {}}};
    for_each_inline(blocks, [](Inline& item) {
        if (auto* text = std::get_if<Text>(&item.node)) text->text = "changed";
    });
    std::size_t changed = 0;
    for_each_inline(blocks, [&](const Inline& item) {
        const auto* text = std::get_if<Text>(&item.node);
        changed += text != nullptr && text->text == "changed";
    });
    EXPECT_EQ(changed, 5u);
}

TEST(ForEachRawHtml, ReachesBlocksAndInlineTagsInDocumentOrderWithTheirPlaces) {
    List list;
    list.items.push_back(ListItem{Blocks{Block{HtmlBlock{"<div>in item</div>\n"}, {4, 3}}},
                                  Task::none});
    Table table;
    table.alignments = {Alignment::none};
    table.header = {Inlines{Inline{RawHtml{"<br>", {6, 3}}}}};
    Blocks blocks{
        Block{Paragraph{Inlines{Inline{Emphasis{Inlines{Inline{RawHtml{"<b>", {1, 4}}}}}}}},
              {1, 1}},
        Block{HtmlBlock{"<p>one</p>\n"}, {2, 1}},
        Block{List{list}, {4, 1}},
        Block{table, {6, 1}},
    };
    std::vector<std::string> seen;
    for_each_raw_html(blocks, [&seen](std::string& html, SourcePos at) {
        seen.push_back(std::to_string(at.line) + ":" + std::to_string(at.column) + " " + html);
        html = "x";
    });
    EXPECT_EQ(seen, (std::vector<std::string>{"1:4 <b>", "2:1 <p>one</p>\n",
                                              "4:3 <div>in item</div>\n", "6:3 <br>"}));
    EXPECT_EQ(std::get<HtmlBlock>(blocks[1].node).html, "x");
}

}  // namespace
}  // namespace folio
