#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace folio::html {

/// The words the site itself writes around the articles, in one language.
struct Labels {
    std::string_view home;
    std::string_view older;
    std::string_view newer;
    std::string_view tags;
    std::string_view categories;
    std::string_view tag;       ///< before a tag's name on its page
    std::string_view category;  ///< before a category's name on its page
    std::string_view not_found_title;
    std::string_view not_found_text;
    std::string_view pages;       ///< `aria-label` of the page navigation
    std::string_view neighbours;  ///< `aria-label` of the older/newer links of an article
    std::string_view feeds;
    std::string_view page;  ///< `Page` in `Page 2 of 5`
    std::string_view of;
    std::string_view min_read;  ///< after the minutes: `5 min read`
    std::string_view archive;   ///< the archive page's title and link
    std::string_view related;   ///< the heading over an article's related posts
    std::string_view author;    ///< before the author's name: `By Marit`
    std::string_view search;    ///< the search page's title and link, and its button
    std::string_view search_field;  ///< the label of the search page's text field
    /// Shown on the search page when JavaScript is off, before a link to the archive.
    std::string_view search_needs_script;
    std::string_view no_results;  ///< what the search says when nothing matches
    std::string_view one_result;
    std::string_view results;  ///< `{n} articles found.`: `{n}` is replaced by the number
    /// ` The first {n} are shown.` after the count, when there are more than the page shows.
    std::string_view first_results;
    std::string_view index_missing;  ///< the search index could not be loaded
    std::string_view copy;         ///< the button beside a code block
    std::string_view copied;       ///< what the button says once the code is copied
    std::string_view copy_failed;  ///< what it says when the browser refused
    /// The mark beside a draft's title on its page and in the lists (drafts are shown only by
    /// `folio serve` and `--drafts`).
    std::string_view draft;
};

// The words a reader meets around the text in every format (the footnotes' heading, a book's
// contents) are in src/text/reader_labels.hpp.

/// Dutch, German, French or Spanish by the primary subtag of `language` (any case: `nl`,
/// `de-AT`, `fr_CA`), English for everything else: the languages the dates speak
/// (src/ast/date.hpp) and the book's labels (src/text/reader_labels.hpp).
const Labels& labels_for(std::string_view language);

/// `Page 2 of 5` in the labels' language.
std::string page_of(const Labels& labels, std::size_t page, std::size_t pages);

}  // namespace folio::html
