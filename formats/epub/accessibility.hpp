#pragma once

// What a book's accessibility metadata (EPUB Accessibility 1.1's discovery metadata) rests on,
// learnt from each chapter as it is written, so the claims are true to the book: `visual` only
// when it shows images, `alternativeText` and WCAG conformance only when every image has a
// text alternative, `MathML` only when it holds math.

#include <string_view>

#include "src/ast/article.hpp"
#include "src/diagnostics/diagnostic.hpp"

namespace folio::epub {

/// What the images of a chapter's body (XHTML from the renderer or the raw HTML converter)
/// say: any `<img>`, and any whose `alt` is missing or empty.
struct ImageAltScan {
    bool images = false;
    bool without_alt = false;
};

/// Scans the chapter's XHTML, whose attributes are double-quoted (every writer of the book's
/// XHTML quotes them so).
ImageAltScan scan_images(std::string_view xhtml);

/// A warning `epub.image.alt` at each Markdown image of `article` (body and footnotes) whose
/// alt text is empty: a reader who cannot see it learns nothing of it.
void warn_images_without_alt(const Article& article, Diagnostics& diagnostics);

}  // namespace folio::epub
