#pragma once

// SVG files copied into the book: an SVG is a document that can run scripts and load other
// files, and an e-reader shows it with its own rights.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace folio::epub {

/// `svg` without what can run or load something: `<script>`, `<foreignObject>`, the animation
/// elements that can rewrite a link (`<animate>`, `<set>`...), event attributes (`on*`),
/// `href`/`xlink:href` that leave the file (anything but `#id` and raster `data:` images), and
/// `style` that loads or runs code (attributes and `<style>` elements). The bytes come back
/// unchanged when nothing had to go. What went is added to `removed`, once per kind. Empty
/// when `svg` is not well-formed XML: such a file cannot be cleaned and the book refuses it.
std::optional<std::string> clean_svg(std::string_view svg, std::vector<std::string>& removed);

}  // namespace folio::epub
