#pragma once

// The constructs of real posts that md4c 0.4.8 does not read, read off the tree it builds:
// heading attributes (`## Title {#id .class}`), GitHub alerts (`> [!NOTE]`), definition
// lists (`Term` / `: definition`) and kramdown's block attribute lists (`{: .prompt-info }`
// after a block). Hugo's Goldmark, kramdown and pandoc read the first three, GitHub alerts,
// Jekyll (kramdown) the last. md4c leaves each as text, so each is a pattern over its text
// nodes.

#include <optional>
#include <string_view>

#include "src/ast/article.hpp"

namespace folio {

/// `#id .class key=value key="a b"` (the text between the braces of `{...}`) as attributes;
/// nullopt unless every word is one of those and there is at least one.
std::optional<Attributes> parse_attribute_list(std::string_view text);

/// Where a heading's text ends in an attribute list: the offset of its `{` in `text`, which is
/// after a blank or at 0 and closes at the end of `text`; npos when it does not.
std::size_t trailing_attribute_list(std::string_view text);

/// Reads the three constructs in `blocks`, in place, through quotes and list items (what an
/// engine call renders was read on its own). `file` is the text the blocks' offsets point
/// into: what is escaped there (`\{#x}`, `\[!NOTE]`, `\: x`) stays text. Empty: the text alone
/// decides.
void read_markdown_extensions(Blocks& blocks, std::string_view file);

}  // namespace folio
