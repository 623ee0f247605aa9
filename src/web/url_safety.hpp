#pragma once

// The one test every writer applies before it writes a URL a reader's program will follow:
// schemes that run code (`javascript:`, `vbscript:`) or carry a whole document (`data:` that
// is not a raster image) are never written into the book, the site, the feeds or a render.

#include <string>
#include <string_view>

namespace folio {

/// The scheme that makes `url` dangerous, in lower case (`javascript`, `vbscript`,
/// `data:text/html`), or empty when the URL is safe to write. Reads the URL as a browser does:
/// HTML character references decoded (`jav&#x09;ascript:`), tabs and line ends anywhere
/// ignored, leading spaces and control characters skipped, letters in any case. A `data:` URL
/// is safe only as a PNG, JPEG, GIF, WebP, AVIF or BMP image (an SVG one may hold scripts).
std::string dangerous_url_scheme(std::string_view url);

/// `!dangerous_url_scheme(url).empty()`.
bool is_dangerous_url(std::string_view url);

/// `style` attribute text that can load or run something: `url(` naming a dangerous URL,
/// `expression(` (old Internet Explorer), `-moz-binding` or `behavior:`. CSS escapes (`\6a`)
/// and comments are read as CSS reads them.
bool is_dangerous_style(std::string_view css);

}  // namespace folio
