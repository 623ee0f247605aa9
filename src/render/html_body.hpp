#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "src/ast/article.hpp"

namespace folio {

/// What a writer may change about the shared HTML renderer. The output is always
/// XHTML-compatible (`<br />`, quoted attributes), so EPUB, feeds and the site share it.
struct HtmlOptions {
    /// Prefix for every `id` the renderer makes (footnotes, heading anchors), so ids stay
    /// unique when several articles end up in one document (an EPUB, a feed reader page).
    std::string id_prefix;
    /// Give headings an `id` made from their text (deduplicated within the document).
    bool heading_ids = false;
    /// Called for every heading given an id (`heading_ids`): its level, the id as written and
    /// the HTML between its tags. The EPUB's tables of contents list the H2s from it.
    std::function<void(int level, std::string_view id, std::string_view inner_html)> on_heading;
    /// How table cells say their alignment: GitHub's `align="left"` (obsolete in HTML5, fine
    /// for feed readers), `style="text-align: left"` (the HTML site) or `class="align-left"`
    /// (EPUB, whose checker rejects `align` and whose stylesheet has the classes).
    enum class CellAlignment { attribute, style, css_class };
    CellAlignment cell_alignment = CellAlignment::attribute;
    /// Rewrites every link and image URL before it is escaped (absolute feed URLs, EPUB
    /// resource names, chapter links). Empty: URLs are written as they are.
    std::function<std::string(std::string_view url, bool is_image)> rewrite_url;
    /// Replaces raw HTML (a block when `is_block`, else an inline tag) before it is written:
    /// EPUB turns it into well-formed XHTML, a feed may drop scripts. Empty: written verbatim.
    std::function<std::string(std::string_view html, bool is_block)> raw_html;

    /// Where footnotes go: GitHub's list after the body (the site, feeds), or EPUB's notes
    /// that reading systems show as pop-ups: `<aside epub:type="footnote">` each, or one
    /// `<section epub:type="endnotes">`; both with `noteref`/`doc-*` roles and only the number
    /// inside the reference link. The EPUB kinds need the page to declare the `epub` prefix.
    enum class Notes { github, footnotes, endnotes };
    Notes notes = Notes::github;
    /// The words of the EPUB notes, in the document's language: the endnotes' heading and the
    /// back link's `aria-label` before the note's number.
    std::string notes_heading = "Notes";
    std::string back_label = "Back to reference";
    /// The level of the page's own heading (the EPUB chapter's title is its H1): headings then
    /// form an outline below it, each at most one level deeper than the one before, the
    /// nesting as written kept (an article of H1s and H3s gets H2s and H3s). 0: as written.
    int outline_below = 0;
    /// E-book markup (EPUB): header cells with `scope="col"` and each table in a `<div
    /// class="table-scroll">` that scrolls sideways instead of being cut off; task-list items
    /// as ☐/☑ characters instead of form controls; a paragraph of one image with a title as a
    /// `<figure>` captioned by that title.
    bool ebook_markup = false;
    /// Code blocks that name a known language get their tokens in `<span class="hl-...">`
    /// (src/highlight/; the module is loaded on the first such block). Off: as GFM writes them.
    bool highlight_code = false;
};

/// The HTML of a body and its footnotes (GitHub's footnote section after the body, notes
/// numbered by first reference, unreferenced ones left out). Pure: no I/O.
std::string render_html(const Blocks& body, const std::vector<Footnote>& footnotes,
                        const HtmlOptions& options = {});

/// Inlines flattened to plain text, as for an `alt` attribute or a feed's text description.
std::string plain_text(const Inlines& inlines);

}  // namespace folio
