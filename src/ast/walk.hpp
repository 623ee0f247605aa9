#pragma once

// Walking a body. Writers that rewrite or collect links and images (EPUB resources, Hugo
// bundles, the HTML site's unpublished links, `check`) each need every run of inlines wherever
// the blocks put it; what they do inside a run is their own.

#include <type_traits>
#include <variant>

#include "src/ast/article.hpp"

namespace folio {

/// Calls `visit(inlines)` for each run of inlines a block holds directly — a paragraph's or a
/// heading's children, each table cell, header first — in document order, through block
/// quotes, list items, definition lists and what engine calls render, at any depth. Code blocks, raw HTML and thematic breaks hold none.
/// Takes `Blocks&` (the visitor may change the runs) or `const Blocks&`.
template <typename BlockList, typename Visit>
void for_each_inline_run(BlockList& blocks, Visit&& visit) {
    for (auto& block : blocks) {
        std::visit(
            [&](auto& node) {
                using T = std::decay_t<decltype(node)>;
                if constexpr (std::is_same_v<T, Paragraph> || std::is_same_v<T, Heading>) {
                    visit(node.children);
                } else if constexpr (std::is_same_v<T, BlockQuote>) {
                    for_each_inline_run(node.children, visit);
                } else if constexpr (std::is_same_v<T, EngineBlock>) {
                    // What the engine renders is what readers see: its images and links too.
                    for_each_inline_run(node.rendered, visit);
                } else if constexpr (std::is_same_v<T, List>) {
                    for (auto& item : node.items) for_each_inline_run(item.children, visit);
                } else if constexpr (std::is_same_v<T, DefinitionList>) {
                    for (auto& item : node.items) {
                        for (auto& term : item.terms) visit(term);
                        for (auto& definition : item.definitions)
                            for_each_inline_run(definition, visit);
                    }
                } else if constexpr (std::is_same_v<T, Table>) {
                    for (auto& cell : node.header) visit(cell);
                    for (auto& row : node.rows) {
                        for (auto& cell : row) visit(cell);
                    }
                } else {
                    // A new kind of block must be placed here or in this list.
                    static_assert(std::is_same_v<T, CodeBlock> || std::is_same_v<T, HtmlBlock> ||
                                  std::is_same_v<T, ThematicBreak>);
                }
            },
            block.node);
    }
}

/// Calls `visit(inline)` for every inline node of `inlines`, depth first, each node before what
/// it holds: the children of emphasis, strong, strikethrough and links, an image's
/// description and what an engine call renders. Takes `Inlines&` or `const Inlines&`.
template <typename InlineList, typename Visit>
void for_each_inline_in(InlineList& inlines, Visit&& visit) {
    for (auto& item : inlines) {
        visit(item);
        // Most of a body is text and line ends, which hold nothing: no dispatch for them.
        if (std::holds_alternative<Text>(item.node) || std::holds_alternative<SoftBreak>(item.node))
            continue;
        std::visit(
            [&](auto& node) {
                using T = std::decay_t<decltype(node)>;
                if constexpr (std::is_same_v<T, Emphasis> || std::is_same_v<T, Strong> ||
                              std::is_same_v<T, Strikethrough> || std::is_same_v<T, Link>) {
                    for_each_inline_in(node.children, visit);
                } else if constexpr (std::is_same_v<T, Image>) {
                    for_each_inline_in(node.alt, visit);
                } else if constexpr (std::is_same_v<T, EngineInline>) {
                    for_each_inline_in(node.rendered, visit);
                } else {
                    // A new kind of inline must be placed here or in this list.
                    static_assert(std::is_same_v<T, Text> || std::is_same_v<T, SoftBreak> ||
                                  std::is_same_v<T, HardBreak> || std::is_same_v<T, Code> ||
                                  std::is_same_v<T, RawHtml> ||
                                  std::is_same_v<T, FootnoteReference> || std::is_same_v<T, Math>);
                }
            },
            item.node);
    }
}

/// Calls `visit(inline)` for every inline node of `blocks` in document order, however deep in
/// quotes, lists, tables, emphasis and links: `for_each_inline_run` and `for_each_inline_in`
/// together. Footnotes are the caller's to add (`article.footnotes[i].children`).
template <typename BlockList, typename Visit>
void for_each_inline(BlockList& blocks, Visit&& visit) {
    for_each_inline_run(blocks, [&](auto& run) { for_each_inline_in(run, visit); });
}

}  // namespace folio

namespace folio {

/// Calls `visit(html, at)` for the HTML of every `HtmlBlock` (`at` the block's place) and every
/// `RawHtml` inline (its own place) of `blocks`, in document order, however deep. The writers
/// that keep raw HTML find the images it shows through it. Takes `Blocks&` or `const Blocks&`.
template <typename BlockList, typename Visit>
void for_each_raw_html(BlockList& blocks, Visit&& visit) {
    const auto in_run = [&](auto& run) {
        for_each_inline_in(run, [&](auto& item) {
            if (auto* raw = std::get_if<RawHtml>(&item.node)) visit(raw->html, raw->at);
        });
    };
    for (auto& block : blocks) {
        std::visit(
            [&](auto& node) {
                using T = std::decay_t<decltype(node)>;
                if constexpr (std::is_same_v<T, HtmlBlock>) {
                    visit(node.html, block.at);
                } else if constexpr (std::is_same_v<T, BlockQuote>) {
                    for_each_raw_html(node.children, visit);
                } else if constexpr (std::is_same_v<T, EngineBlock>) {
                    // What a shortcode renders is shown, raw HTML in it included.
                    for_each_raw_html(node.rendered, visit);
                } else if constexpr (std::is_same_v<T, List>) {
                    for (auto& item : node.items) for_each_raw_html(item.children, visit);
                } else if constexpr (std::is_same_v<T, DefinitionList>) {
                    for (auto& item : node.items) {
                        for (auto& term : item.terms) in_run(term);
                        for (auto& definition : item.definitions)
                            for_each_raw_html(definition, visit);
                    }
                } else if constexpr (std::is_same_v<T, Paragraph> || std::is_same_v<T, Heading>) {
                    in_run(node.children);
                } else if constexpr (std::is_same_v<T, Table>) {
                    for (auto& cell : node.header) in_run(cell);
                    for (auto& row : node.rows) {
                        for (auto& cell : row) in_run(cell);
                    }
                } else {
                    static_assert(std::is_same_v<T, CodeBlock> || std::is_same_v<T, ThematicBreak>);
                }
            },
            block.node);
    }
}

}  // namespace folio
