#pragma once

// The `<?xml-stylesheet?>` line RSS and Atom share, so a browser that applies XSLT shows the
// feed as a page (src/syndication/feed_stylesheet.hpp) instead of raw XML. Internal to
// formats/feed.

#include <string_view>

namespace pugi {
class xml_document;
}  // namespace pugi

namespace folio::feed {

/// Appends `<?xml-stylesheet type="text/xsl" href="HREF"?>` to `document` (after the XML
/// declaration, before the root); nothing when `href` is empty.
void append_stylesheet_instruction(pugi::xml_document& document, std::string_view href);

}  // namespace folio::feed
