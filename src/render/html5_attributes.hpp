#pragma once

// What the attributes HTML5 (and so an EPUB's XHTML) no longer allows meant, said in CSS: for
// raw HTML copied into the site and the book.

#include <string_view>
#include <vector>

#include "src/render/html_tags.hpp"

namespace folio {

/// Rewrites `attributes` of an element named `element` so HTML5 (and so XHTML in an EPUB)
/// accepts them, keeping what they meant: `align` becomes a `text-align` or `float` style,
/// a width or height that is not a whole number of pixels (`100%`, `300px`) a style,
/// `border`, `bgcolor`, `valign`, `hspace`/`vspace`, `cellpadding`/`cellspacing` styles,
/// `frameborder`, `scrolling`, `marginwidth`, `marginheight` left out. Styles are added to
/// the element's own `style`; an `<img>` without `alt` gets an empty one. Returns whether
/// anything changed.
bool html5_attributes(std::string_view element, std::vector<HtmlAttribute>& attributes);

}  // namespace folio
