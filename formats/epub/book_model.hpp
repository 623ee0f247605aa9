#pragma once

// What the package documents (OPF, nav, NCX, title page) are built from: the book as it stands
// once every chapter has been written. Internal to formats/epub.

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "formats/epub/image_catalog.hpp"

namespace folio::epub {

/// An H2 of a chapter, listed under it in the table of contents.
struct SectionEntry {
    std::string id;     ///< the heading's id in the chapter
    std::string title;  ///< plain text
};

/// One chapter as the table of contents and the manifest see it.
struct ChapterEntry {
    std::string href;  ///< `text/003-slug.xhtml`, relative to the package folder
    std::string id;    ///< manifest id, `c003`
    std::string title;
    std::string group;  ///< nav heading it is listed under (`--group-by`), empty for none
    std::vector<SectionEntry> sections;
    bool mathml = false;  ///< holds MathML: `properties="mathml"` in the manifest
    bool images = false;  ///< shows an image (the `visual` access mode)
    bool images_without_alt = false;  ///< one of them has no text alternative
    bool svg = false;  ///< holds inline SVG (raw HTML): `properties="svg"` in the manifest
};

/// Everything the package documents show.
struct BookInfo {
    std::string title;
    std::string author;      ///< empty: no dc:creator
    std::string description;  ///< empty: no dc:description
    std::vector<std::string> subjects;  ///< `dc:subject`s, deduplicated
    std::string series;                 ///< `belongs-to-collection`, empty for none
    std::string series_position;        ///< its `group-position`, empty when unknown
    std::string language;    ///< BCP 47, never empty
    std::string identifier;  ///< `urn:uuid:...`, derived from the content
    std::string modified;    ///< `2026-03-02T12:45:00Z`
    std::string date;        ///< `2026-03-02`
    std::string cover_href;  ///< `images/cover.png`, empty when the book has no cover
    std::vector<ChapterEntry> chapters;
    std::vector<EmbeddedImage> images;  ///< every embedded image, cover included, no bytes
};

/// An article of a split run (`--split-by`) as a link from another book sees it.
struct ArticleElsewhere {
    std::string title;
    std::string url;   ///< its web page (base URL and permalink), empty when not known
    std::string book;  ///< the first book file it is in, empty when in none (`--no-others`)
};

/// The articles of a split run by slug, file name and file stem.
using ArticlesElsewhere = std::unordered_map<std::string, ArticleElsewhere>;

/// Fixed files of every book.
inline constexpr const char* kStylesheetHref = "style.css";
inline constexpr const char* kTitlePageHref = "title.xhtml";
inline constexpr const char* kCoverPageHref = "cover.xhtml";
inline constexpr const char* kNavHref = "nav.xhtml";
inline constexpr const char* kNcxHref = "toc.ncx";
inline constexpr const char* kPackageFolder = "OEBPS/";

}  // namespace folio::epub
