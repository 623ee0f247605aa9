#pragma once

// A Markdown body copied from its file, byte for byte, with only the spans that must change
// edited in place (found by the AST's source offsets): what `folio hugo` and `folio markdown`
// write, so that a blog kept in git gets a diff of what moved and nothing else. A reformatter
// (the Markdown writer, `--reformat`) is a different tool.
//
// It lives here rather than in formats/markdown because the Hugo and Markdown formats both
// need it and formats never include each other; the only Markdown it knows is where a heading
// ends and how a link destination is written.

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "src/ast/article.hpp"
#include "src/source/written_body.hpp"

namespace folio {

/// A destination a job moved: an image copied into a page bundle is referenced by its new
/// name (`bundle_images` reports them).
struct MovedDestination {
    SourcePos destination;  ///< where the old URL is written (`Image::destination`)
    std::string from;       ///< the URL as it was
    std::string to;         ///< the URL it becomes
};

/// One span of a file's text, `[begin, end)` in offsets of the whole file, and what replaces it.
struct SpanEdit {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::string replacement;
};

/// `body.text` with `edits` applied, and every CRLF or CR line end the file had given back.
/// Throws `std::logic_error` when edits overlap or fall outside the body: the caller's bug.
std::string apply_span_edits(const WrittenBody& body, std::vector<SpanEdit> edits);

/// The edits that turn `article`'s body as written into the body a writer gives: each moved
/// destination rewritten where it is written (in the reference definition for `![a][ref]`;
/// quoting, angle brackets and title kept), and, when `without_title_heading` and the body
/// starts with the title's H1 (`starts_with_title_heading`), that heading's lines and the
/// blank lines after it removed. Empty, with the reason in `why`, when one cannot be placed (a
/// destination written with escapes or entities, so the text there is not the URL): the
/// caller writes that body from the AST instead.
std::optional<std::vector<SpanEdit>> copied_body_edits(const Article& article,
                                                       const WrittenBody& body,
                                                       std::span<const MovedDestination> moved,
                                                       bool without_title_heading,
                                                       std::string& why);

/// Whether `body` (Markdown as written) may need an edit of `copied_body_edits`: an image to
/// move when `images_move` (it has `![`, or raw HTML with a `src`, `srcset` or `poster`), or a title heading to remove when
/// `without_title_heading` (its first block may be an H1). False only when it certainly needs
/// none: then the body need not be read into the AST at all, which is most of the cost of a
/// copy. Conservative where the first block is not plain to see (a definition before it).
bool copy_may_need_edits(std::string_view body, bool images_move, bool without_title_heading);

}  // namespace folio
