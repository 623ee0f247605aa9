#pragma once

#include <cstddef>

#include "src/ast/article.hpp"
#include "src/source/source_text.hpp"

namespace folio {

/// Turns file offsets into line:column. md4c reports text in document order, so most lookups
/// move a little forward from the previous one: those are counted from there, which keeps a
/// long single-line document linear. Jumps backwards or far ahead go through
/// `SourceText::position`. Borrows `source`, which must outlive it.
class PositionCursor {
public:
    explicit PositionCursor(const SourceText& source) : source_(source) {}

    /// The 1-based position of `file_offset` (clamped to the end of the file).
    SourcePos at(std::size_t file_offset);

private:
    const SourceText& source_;
    std::size_t offset_ = 0;
    SourcePos pos_{1, 1};
};

}  // namespace folio
