#pragma once

// The site's search page: a form that also works without JavaScript (it then points at the
// archive), and a small script of our own that loads the index (search_index.hpp) and shows the
// results as the reader types. No framework, no file from elsewhere, works from `file://`.

#include <string>
#include <string_view>

#include "formats/html/html_site.hpp"

namespace folio::html {

/// Where the page's script is written, beside the page and the index.
inline constexpr std::string_view kSearchScriptFile = "search/search.js";

/// `search/index.html` in the site's language: a labelled search field and button (a GET form
/// to itself, so the query is in the URL as `?q=`), a note with a link to the archive for
/// readers without JavaScript (the script hides it), an `aria-live` status and the results
/// list the script fills.
OutputFile write_search_page(const SitePlan& plan, const SiteOptions& options);

/// `search/search.js`: loads the index's list of keys (`search-index.js`) when the field is
/// first used (or the page is opened with `?q=`), then for each query only the word files of its
/// words' keys and the metadata files of the results it shows (search_index.hpp). It shows the
/// articles that have every word of the query, each matched as the start of a word of the index,
/// case and accents folded (`cafe` finds `Café`), Chinese and Japanese by their pairs of
/// characters; ranked by where the words are (title, then tags and categories, then summary,
/// then body), newer first on ties; keeps the query in the URL; arrow keys move between the
/// field and the results.
OutputFile write_search_script();

/// The stylesheet's rules for the search page.
std::string_view search_stylesheet();

}  // namespace folio::html
