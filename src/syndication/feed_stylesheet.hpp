#pragma once

// The XSL stylesheet that turns an RSS or Atom feed into a page a person can read when the
// feed is opened in a browser that applies XSLT (Firefox, Safari): the feed's title and
// description, how to subscribe, and the items with dates and summaries. One file serves both
// formats; the feeds name it with `<?xml-stylesheet?>`.

#include <string_view>

namespace folio {

/// The stylesheet's file name, written next to the feeds that name it.
inline constexpr std::string_view kFeedStylesheetFile = "feed.xsl";

/// The line that marks a stylesheet as folio's (its second): a `feed.xsl` without it is the
/// user's, and no run replaces it.
inline constexpr std::string_view kFeedStylesheetMark =
    "<!-- Written by folio, and written again by each run. Delete this line to keep your edits. -->";

/// The stylesheet's bytes (XSLT 1.0, HTML output): no scripts and nothing loaded from
/// elsewhere, light and dark by `prefers-color-scheme`.
std::string_view feed_stylesheet();

}  // namespace folio
