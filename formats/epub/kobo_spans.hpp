#pragma once

// The markup Kobo's reader looks for in a `.kepub.epub` (`folio epub --kobo`): each sentence of
// text in `<span class="koboSpan" id="kobo.P.S">` (P counts paragraphs, S the sentences in one)
// and the body's content inside `<div id="book-columns"><div id="book-inner">`. Kobo's reader
// counts reading progress and places highlights and notes by these spans; without them it
// reads the book with its older, slower EPUB engine. The rules are kepubify's
// (github.com/pgaskin/kepubify, kepub/transform.go), which match Kobo's own store books.

#include <string>
#include <string_view>

#include "src/diagnostics/diagnostic.hpp"

namespace folio::epub {

/// `xhtml` (a chapter, well-formed) with Kobo's spans and divs. One that cannot be read as XML
/// (a bug: chapters are well-formed by construction) is a warning (`epub.kobo.unreadable`,
/// without a path: the caller names the article) with the parser's complaint and its byte
/// offset. Text inside `pre`, `script`,
/// `style`, `audio`, `video`, MathML and SVG is left as it is, and so is a note reference's
/// (`epub:type="noteref"`: readers that pop notes up want nothing nested in the link).
/// Images are wrapped in a span of their own. Pure.
Result<std::string> with_kobo_spans(std::string_view xhtml);

/// The file name Kobo readers take for a kepub: `book.epub` → `book.kepub.epub`; a name that
/// already ends in `.kepub.epub`, or does not end in `.epub`, gets `.kepub.epub` only when it
/// has no `.epub` at all (`book` → `book.kepub.epub`). `-` stays `-`.
std::string kobo_file_name(std::string_view name);

}  // namespace folio::epub
