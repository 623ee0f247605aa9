#pragma once

#include <cstddef>
#include <string>

#include "src/ast/article.hpp"
#include "src/diagnostics/diagnostic.hpp"
#include "src/source/source_text.hpp"

namespace folio {

/// Turns file offsets into line:column for a reader that asks in document order (md4c reports
/// text in order; an export is read front to back): each lookup walks on from the one before,
/// so the whole read stays linear even on a file of one long line (Ghost writes its export on
/// one line, where `SourceText::position` counts the line from its start each time: 146 s for
/// 10,000 posts). A lookup behind the last one goes through `SourceText::position`. Borrows
/// `source`, which must outlive it.
class PositionCursor {
public:
    explicit PositionCursor(const SourceText& source) : source_(source) {}

    /// The 1-based position of `file_offset` (clamped to the end of the file).
    SourcePos at(std::size_t file_offset);

    /// A diagnostic at `file_offset`, its source line quoted as `SourceText::diagnostic_at` does.
    Diagnostic diagnostic(Severity severity, std::string code, std::string message,
                          std::size_t file_offset);

private:
    const SourceText& source_;
    std::size_t offset_ = 0;
    SourcePos pos_{1, 1};
};

}  // namespace folio
