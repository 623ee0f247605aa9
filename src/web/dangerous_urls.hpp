#pragma once

// Dangerous URLs (see url_safety.hpp) taken out of an article as soon as it is read, so no
// writer (book, site, feeds, render, Markdown, Hugo) ever holds one, and the author hears of
// each at its place in the file.

#include "src/ast/article.hpp"
#include "src/diagnostics/diagnostic.hpp"
#include "src/source/source_text.hpp"

namespace folio {

/// In the body and footnotes: a link to a dangerous URL becomes its text, an image with one
/// becomes its alt text, at any depth (emphasis, tables, what engine calls render). Each is a
/// warning `url.dangerous` at the link or image.
void remove_dangerous_body_urls(Article& article, const SourceText& source,
                                Diagnostics& diagnostics);

/// In the metadata: a cover whose source is a dangerous URL loses its image (its caption and
/// alt text stay), a dangerous page `url` or `guid` is cleared, and a string holding one
/// anywhere in the other keys is removed from its list or map. Each is a warning
/// `url.dangerous` at the key.
void remove_dangerous_meta_urls(Article& article, const SourceText& source,
                                Diagnostics& diagnostics);

}  // namespace folio
