#pragma once

// An export: one file that holds a whole blog (WordPress's WXR, Ghost's JSON), as opposed to a
// file per article. Its reader knows the export's own structure and markup and hands on each
// post with its metadata filled in and its body already turned into plain HTML (WordPress's
// paragraphs-by-blank-lines, block comments and shortcodes; Ghost's lexical or mobiledoc). One
// shared import stage then reads that HTML into the AST with the `html` body format, so the
// export readers never parse HTML themselves and never name another format.

#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "src/ast/article.hpp"
#include "src/diagnostics/diagnostic.hpp"
#include "src/source/source_text.hpp"

namespace folio {

/// Makes a post's HTML again from its body's bytes in the export (`ExportedPost::body_offset`)
/// and its id, as the reader made it, reporting nothing: the reader reported the body's
/// warnings when it read the export.
using HtmlAgain = std::function<std::string(std::string_view body, std::string_view id)>;

/// One post or page of an export, its body still HTML.
struct ExportedPost {
    /// Title, dates (exact instants), slug, tags, categories, authors' display names, summary,
    /// cover, draft, `guid`, `url` (the post's old address, for redirects) and every other
    /// field the export holds for it in `extra`, in the export's order (status, visibility,
    /// post meta), so nothing is lost.
    Meta meta;
    std::string html;    ///< the body as HTML, the export's own markup already resolved
    bool page = false;   ///< a page (About, Contact) rather than a dated post
    SourcePos at;        ///< where the item starts in the export file
    std::uint32_t body_line = 0;  ///< line of the export file on which the body starts, 0 unknown
    /// A media item (WordPress's attachment), not a post: only `id` and `meta.cover` (its URL,
    /// alt text and caption) are set. Handed on so that a split export's other parts find their
    /// featured images in this one.
    bool attachment = false;
    std::string id;  ///< the item's id in the export (WordPress's `wp:post_id`)
    /// A featured image's attachment id this file does not hold (it is in another part of a
    /// split export); empty when `meta.cover` is set or there is none.
    std::string cover_attachment;
    /// WordPress's `?p=ID` address of the post at the blog's current home (`/blog/?p=12`),
    /// redirected too; empty for other exports.
    std::string old_query_url;
    /// Where the bytes `html` was made from lie in the export's text, `body_size` 0 when it was
    /// made from more than one range (or `html_again` is empty). With `html_again` they let a
    /// caller drop `html` and make it again when the body is needed, rather than keep every
    /// post's HTML for the run.
    std::size_t body_offset = 0;
    std::size_t body_size = 0;
    /// Shared by the posts of one export and safe to call from several threads; empty when the
    /// HTML can only be kept.
    std::shared_ptr<const HtmlAgain> html_again;
};

/// Reads every post and page of `file` in the export's order and hands each to `deliver` as soon
/// as it is read. Damage (truncated XML, a bad character, a record of the wrong type) is reported
/// in `diagnostics` at the export's line and column, and every post that can still be read is
/// delivered. Never throws for bad input.
using ExportReader = void (*)(const SourceText& file, Diagnostics& diagnostics,
                              const std::function<void(ExportedPost&&)>& deliver);

/// An export format: its name, the file extensions (without dot) it may have, how to tell it
/// from another file with that extension, and its reader.
struct ExportFormat {
    std::string_view name;  ///< `wordpress`, `ghost`
    std::span<const std::string_view> extensions;
    /// Whether a file whose first bytes are `head` (up to 4 KiB) is this export.
    bool (*recognises)(std::string_view head);
    ExportReader read;
};

}  // namespace folio
