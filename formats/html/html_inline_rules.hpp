#pragma once

// Rules of the tree an HTML post is read into, on the tree alone: whitespace as browsers show
// it, and the few places where HTML says what Markdown spells otherwise, so that the Markdown
// writer's file reads back as the same tree (docs/formats/html-reader.md).

#include <string_view>

#include "src/ast/article.hpp"

namespace folio {

/// Appends `text` to `out`, into its last node when that is text (the tree holds no two texts
/// side by side).
void append_text(Inlines& out, std::string_view text);

/// Drops the blanks (and, with `nbsp`, the no-break spaces a note leaves before its back link)
/// and line breaks that end `inlines`, inside emphasis too.
void trim_end(Inlines& inlines, bool nbsp);

/// The children of emphasis, strong, strikethrough and links; nullptr for other inlines.
Inlines* children_of_inline(Inline& node);

/// Whether raw HTML starting with `html` opens an HTML block of CommonMark's kinds 1-6 at the
/// start of a line, as md4c 0.4.8 reads it (kind 1 is any `<script`, `<pre`, `<style` prefix).
bool opens_commonmark_block(std::string_view html);

/// A `<br>` right before such a tag (`<br><iframe>`) made the raw `<br>` it is, joined to the
/// tags around it: in Markdown the break would start a line with the tag, which interrupts
/// the paragraph.
void keep_breaks_before_block_tags(Inlines& inlines);

/// Every line break in `inlines`, at any depth, made the space a browser shows at a line's end.
void breaks_to_spaces(Inlines& inlines);

}  // namespace folio
