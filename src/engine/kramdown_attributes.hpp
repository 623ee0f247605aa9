#pragma once

// kramdown's attribute lists (`{: .prompt-tip }` on the line after a block, `{: width="700" }`
// right after an image), which Jekyll reads and the other engines' Markdown shows as text.
// Edited in a copied body for the engine it moves to: Hugo reads a block's attributes when
// Goldmark's `parser.attribute.block` is on (`--site` turns it on), written `{.prompt-tip}`;
// anything else is taken out, with a warning at its place, so no `{: ...}` is left on a page.

#include <cstddef>
#include <string_view>

#include "src/engine/engine_translation.hpp"
#include "src/engine/kramdown_image_size.hpp"

namespace folio {

/// What the target engine's Markdown does with a block's attribute list.
enum class BlockAttributes {
    goldmark,  ///< Hugo with `markup.goldmark.parser.attribute.block`: `{.class #id key=value}`
    none,      ///< Eleventy's markdown-it, Astro's remark, ...: no attribute syntax at all
};

/// The edits that take kramdown's attribute lists out of `text` (a body starting at byte
/// `offset` of its file), code left alone: a block's list (`{: ...}` alone on its line) becomes
/// Goldmark's (`{...}`) where `target` reads them and its classes, ids and `key=value` pairs
/// are all it holds; else its line goes. A span's list that only sizes the image before it
/// (`![a](b.png){: width="50%" }`) makes it an image with that size in the form `images`
/// says (`sized_image`); any other span's list (after an image or a link) goes. Every
/// list taken out is listed in `untranslated` (`migrate.kramdown.attributes-dropped`), for a
/// warning at its place. Kramdown's extensions (`{::comment}`) are not lists and stay.
EngineTranslation translate_kramdown_attributes(std::string_view text, std::size_t offset,
                                                BlockAttributes target,
                                                SizedImageForm images = SizedImageForm::html);

}  // namespace folio
