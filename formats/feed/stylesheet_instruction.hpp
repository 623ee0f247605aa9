#pragma once

// The `<?xml-stylesheet?>` line RSS and Atom share, so a browser that applies XSLT shows the
// feed as a page (src/syndication/feed_stylesheet.hpp) instead of raw XML. Internal to
// formats/feed.

namespace pugi {
class xml_document;
}  // namespace pugi

namespace folio::feed {

/// Appends `<?xml-stylesheet type="text/xsl" href="feed.xsl"?>` (kFeedStylesheetFile, of
/// src/syndication/feed_stylesheet.hpp) to `document`: after the XML declaration, before the root.
void append_stylesheet_instruction(pugi::xml_document& document);

}  // namespace folio::feed
