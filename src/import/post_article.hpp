#pragma once

#include <string>

#include "src/ast/article.hpp"
#include "src/diagnostics/diagnostic.hpp"
#include "src/plugin/export_reader.hpp"
#include "src/plugin/registry.hpp"
#include "src/source/source_text.hpp"

namespace folio {

/// The article of one exported post: its metadata as the export reader filled it, `path` as
/// its source (see ImportedPosts), and, when `with_body`, its body read from `html` (a
/// SourceText of the post's HTML under `path`) by `read_imported_body`.
Article article_from_post(const ExportedPost& post, const SourceText& html, const Registry& formats,
                          bool with_body, Diagnostics& diagnostics);

/// Reads the HTML of `html` into `article`'s body with the registry's `html` body format; a
/// registry without one keeps the whole body as one raw HTML block, which every writer passes
/// through, so nothing is lost.
void read_imported_body(const SourceText& html, Article& article, const Registry& formats,
                        Diagnostics& diagnostics);

}  // namespace folio
