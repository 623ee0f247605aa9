#pragma once

// Engine syntax in a copied body, edited for the engine the body moves to: a Jekyll post's
// `{% highlight %}`, `{% post_url %}` or `{{ site.baseurl }}` becomes what Hugo builds
// (`{{< highlight >}}`, `{{< ref >}}`, nothing), and back. Only the calls are edited, as span
// edits of the file's text, so every other byte of the body stays as the author wrote it.
// A call with no equivalent is left as written and listed, for a warning at its place.
//
// Calls are found by scanning the text as the engines do (`scan_engine_syntax`), not from the
// AST: a copy may not have read the body into the AST at all, and the scan's offsets are the
// file's own.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "src/diagnostics/diagnostic.hpp"
#include "src/engine/engine_syntax_options.hpp"
#include "src/output/copied_body.hpp"

namespace folio {

/// How a body's engine syntax is translated.
struct EngineTranslationOptions {
    /// What the source engine processes (its profile's `syntax`; both when unknown). When it
    /// is unknown, calls in code (fenced blocks, code spans) are left alone: they may be
    /// samples of the other engine, which the target shows as text.
    EngineSyntaxOptions from;
    /// What the target engine processes. A call is translated when the target does not
    /// process its syntax and processes the other one; otherwise nothing is edited.
    EngineSyntaxOptions to;
    /// How the target's call names another article, given the source's reference as written
    /// (`post_url`'s `2010-07-21-name`, `link`'s `_posts/2010-07-21-name.md`, `ref`'s
    /// `posts/name.md`): for Hugo a `ref` path (`/posts/name`), for Jekyll a `post_url` name
    /// (`2010-07-21-name`, no `/` and no `.`) or a `link` path. Empty result or no function:
    /// the call is left as written and listed as untranslated.
    std::function<std::string(std::string_view reference)> article_reference;
};

/// A call left as written because the target has no equivalent, or an option of a translated
/// call that was dropped.
struct UntranslatedCall {
    std::size_t offset = 0;  ///< where the call starts, in the file's offsets
    std::string code;        ///< `migrate.syntax.untranslated` or `migrate.syntax.option-dropped`
    std::string message;
};

/// The edits that translate a body, and what could not be translated.
struct EngineTranslation {
    std::vector<SpanEdit> edits;  ///< in the file's offsets, in text order, never overlapping
    std::vector<UntranslatedCall> untranslated;
};

/// Whether `options` translates anything: the target processes one syntax the source's calls
/// may be written in, and not the other.
bool translates_engine_syntax(const EngineTranslationOptions& options);

/// The translation of `text`, a body that starts at byte `offset` of its file. Never fails:
/// what cannot be translated is listed. Linear in the text apart from the scan's pairing.
EngineTranslation translate_engine_syntax(std::string_view text, std::size_t offset,
                                          const EngineTranslationOptions& options);

/// One warning per untranslated call, at its `file:line:col` with the source line: `text` is
/// the body, starting at byte `offset` of the file and on line `first_line` of it.
void report_untranslated(const EngineTranslation& translation, std::string_view text,
                         std::size_t offset, std::uint32_t first_line, const std::string& path,
                         Diagnostics& diagnostics);

}  // namespace folio
