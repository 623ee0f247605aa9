#pragma once

// The XSL stylesheet that turns an RSS or Atom feed into a page a person can read when the
// feed is opened in a browser that applies XSLT (Firefox, Safari): the feed's title and
// description, how to subscribe, and the items with dates and summaries. One file serves both
// formats; the feeds name it with `<?xml-stylesheet?>`.

#include <string_view>

namespace folio {

/// The stylesheet's file name, written next to the feeds that name it.
inline constexpr std::string_view kFeedStylesheetFile = "feed.xsl";

/// The stylesheet's bytes (XSLT 1.0, HTML output): no scripts and nothing loaded from
/// elsewhere, light and dark by `prefers-color-scheme`.
std::string_view feed_stylesheet();

}  // namespace folio
