#pragma once

#include <string>
#include <string_view>

namespace folio::html {

/// The shared renderer's body HTML made current HTML5, as the Nu checker wants it: table cells'
/// `align="x"` (obsolete in HTML5, kept by the renderer for XHTML readers) becomes
/// `style="text-align: x"`, and the footnote section gets the heading a `<section>` should have
/// (`footnotes_heading`, shown only to screen readers, as GitHub does).
std::string html5_body(std::string html, std::string_view footnotes_heading);

}  // namespace folio::html
