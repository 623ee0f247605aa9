#pragma once

// Front matter copied as its file holds it when the target writes the same syntax (YAML to
// YAML, TOML to TOML): key order, quoting, comments and the written form of dates stay, and
// only what must change is edited in place. The writer (`front_matter_for_style` and the
// syntax's writer) still decides what the target holds; this keeps the author's bytes for
// every entry the target holds as it is. A reformatter is a different tool.

#include <optional>
#include <string>

#include "src/ast/article.hpp"
#include "src/diagnostics/diagnostic.hpp"
#include "src/plugin/registry.hpp"
#include "src/source/written_body.hpp"

namespace folio {

/// `written` edited to hold `entries`, what the target's writer would write (from
/// `front_matter_for_style`), by `format` (the registry's entry for `written.syntax`):
/// - an entry the source holds with the same key and value is kept as written;
/// - one whose strings changed (an image path that moved) has those strings edited in place;
/// - a source key whose value the target holds under another name of the same field (in any
///   built-in engine profile: `excerpt` → `summary`, `last_modified_at` → `lastmod`) is
///   renamed in place;
/// - any other source entry is removed, and target entries the source lacks are written by
///   `format.write` at the end (in TOML, top-level keys before the first table), except a
///   `draft` that is false, which is what every engine reads when it is absent.
/// Empty, with the reason in `why`, when the text is not plain enough to edit safely (a flow
/// map for the whole document, anchors, aliases, tags, several documents, dotted TOML keys,
/// a repeated key, or a layout the decoder reads differently): the caller writes it anew.
std::optional<std::string> copied_front_matter(const WrittenFrontMatter& written,
                                               const Map& entries,
                                               const FrontMatterFormat& format,
                                               const FrontMatterWriteOptions& options,
                                               const Source& source, Diagnostics& diagnostics,
                                               std::string& why);

}  // namespace folio
