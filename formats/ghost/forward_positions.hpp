#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "src/diagnostics/diagnostic.hpp"
#include "src/source/source_text.hpp"

namespace folio {

/// Line and column of offsets asked for in increasing order, each found by walking on from
/// the one before, and diagnostics at them. Ghost writes its export on one line, where
/// `SourceText::position` counts the line's characters from its start every time, and
/// `SourceText::diagnostic` copies the whole line: quadratic over 10,000 posts.
class ForwardPositions {
public:
    explicit ForwardPositions(const SourceText& file) : file_(file) {}

    /// The position of `offset`; an offset before the last one asked for costs a full count.
    SourcePos at(std::size_t offset);

    /// A diagnostic at `offset`. The source line is quoted unless it is longer than
    /// `kLongestQuotedLine`: a one-line export would be copied whole into each one.
    Diagnostic diagnostic(Severity severity, std::string code, std::string message,
                          std::size_t offset);

    static constexpr std::size_t kLongestQuotedLine = 64 * 1024;

private:
    const SourceText& file_;
    std::size_t offset_ = 0;
    std::size_t line_start_ = 0;  // offset at which `line_` starts
    std::uint32_t line_ = 1;
    std::uint32_t column_ = 1;
};

}  // namespace folio
