#pragma once

// The words folio itself writes around a reader's text (a book's contents and landmarks, the
// notes' heading and back links), one table for every format that needs them, so a Dutch book
// does not say "Contents". Languages without a row get English.

#include <string_view>

namespace folio {

/// The words of one language.
struct ReaderLabels {
    std::string_view contents;    ///< the table of contents' heading
    std::string_view landmarks;   ///< the landmarks' heading (hidden, for assistive technology)
    std::string_view cover;
    std::string_view title_page;
    std::string_view start;       ///< where the reading begins
    std::string_view notes;       ///< the heading of a chapter's endnotes
    std::string_view footnotes;   ///< a footnote section's heading for screen readers
    std::string_view back_to_reference;  ///< a note's back link's label, before its number
};

/// The labels of `language` (a BCP 47 tag; only its primary subtag counts, in any case):
/// English, Dutch, German, French, Spanish; English for the others.
const ReaderLabels& reader_labels(std::string_view language);

}  // namespace folio
