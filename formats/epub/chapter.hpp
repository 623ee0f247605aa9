#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "formats/epub/book_model.hpp"

namespace folio::epub {

/// How an article's cover appears at the top of its chapter.
struct ChapterCover {
    std::string href;  ///< embedded image (`images/x.png`); empty when it could not be
    std::string link;  ///< a remote image's URL, shown as a link when `href` is empty
    std::string alt;
    std::string caption;
};

/// The opening of a chapter: everything shown above the body.
struct ChapterHeading {
    std::string title;
    std::string language;    ///< of the article, for `xml:lang`
    std::string date_iso;    ///< `2025-11-03` for `<time datetime>`, empty when undated
    std::string date_human;  ///< `3 november 2025`
    std::vector<std::string> categories;
    std::vector<std::string> tags;
    std::string summary;
    std::vector<std::string> authors;  ///< shown when the book has several, else empty
    std::optional<ChapterCover> cover;
    std::string id_prefix;  ///< the chapter's id prefix, so its own ids stay unique too
};

/// A finished chapter.
struct ChapterDocument {
    std::string bytes;                   ///< the XHTML file
    std::vector<SectionEntry> sections;  ///< its H2s with an id, for the table of contents
};

/// The chapter's XHTML page: the heading, then `body_xhtml` (the renderer's output, which must
/// be well-formed XML). Table cells' `align` (not in HTML5) becomes a class. Empty when the body
/// is not well-formed: the caller repairs it with `html_to_xhtml` and tries again.
std::optional<ChapterDocument> build_chapter(const ChapterHeading& heading,
                                             std::string_view body_xhtml);

/// The chapter's XHTML page around `body_xhtml` as the shared renderer wrote it, with
/// cells aligned by class and no raw HTML: well-formed XML by construction, so it goes in as it is,
/// without `build_chapter`'s parse and re-serialisation (a seventh of a book's time).
/// `sections` are its H2s, from `HtmlOptions::on_heading` through `section_entry`. Empty when
/// the body holds a character XML refuses: the caller then takes `build_chapter`, which cleans.
std::optional<ChapterDocument> chapter_around(const ChapterHeading& heading,
                                              std::string_view body_xhtml,
                                              std::vector<SectionEntry> sections);

/// A table-of-contents entry for a heading the renderer wrote: its id and the text of its
/// inner HTML (tags left out, the text `unescape_html`d), as `build_chapter` reads them from
/// the parsed page. Empty when the heading has no text.
std::optional<SectionEntry> section_entry(std::string_view id, std::string_view inner_html);

}  // namespace folio::epub
