#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "src/ast/article.hpp"
#include "src/diagnostics/diagnostic.hpp"

namespace folio {

/// A line of a file that did not end with LF before `SourceText` turned its end into one.
struct LineEnd {
    std::uint32_t line = 0;  ///< 1-based
    bool lone_cr = false;    ///< `\r` alone; otherwise `\r\n`
    bool operator==(const LineEnd&) const = default;
};

/// The text of one input file, normalised once (BOM removed, UTF-16 decoded, CRLF and lone CR
/// turned into LF,
/// each byte of an invalid UTF-8 sequence replaced by U+FFFD) so that every reader sees LF and
/// valid UTF-8 (every writer's output must be; XML has no way to hold a stray byte) and every
/// byte offset means the same thing. Turns byte offsets
/// into 1-based `line:column` (columns count UTF-8 characters) only when a diagnostic needs one.
class SourceText {
public:
    /// Takes the raw bytes of `path`; normalises line endings and drops a UTF-8 BOM.
    SourceText(std::string path, std::string_view raw_bytes);
    /// The same, taking over `raw_bytes` where nothing needs changing (no BOM, no CR): every
    /// article is read twice, and copying each file was most of what this did.
    SourceText(std::string path, std::string&& raw_bytes);
    SourceText(std::string path, const char* raw_bytes)
        : SourceText(std::move(path), std::string_view(raw_bytes)) {}

    const std::string& path() const { return path_; }
    const std::string& text() const { return text_; }
    /// Offset in `text()` of the first U+FFFD that replaced invalid UTF-8, or npos when the
    /// file was valid UTF-8. The reader warns there (`input.utf8`).
    std::size_t invalid_utf8_offset() const { return invalid_utf8_offset_; }
    /// Whether the file was UTF-16 (told by its byte order mark, either order) and `text()` is
    /// its UTF-8 decoding.
    bool from_utf16() const { return from_utf16_; }
    /// The lines whose end was CRLF or a lone CR in the file, in order; empty for a file of LF
    /// line ends (most). A writer that copies the text gives them back.
    const std::vector<LineEnd>& other_line_ends() const { return other_line_ends_; }

    /// Line and column of a byte offset into `text()`; offsets past the end clamp to it.
    SourcePos position(std::size_t offset) const;
    /// The text of 1-based `line`, without its newline; empty when out of range.
    std::string_view line_text(std::uint32_t line) const;
    /// Byte offset at which 1-based `line` starts.
    std::size_t line_offset(std::uint32_t line) const;

    /// Lines longer than this are not quoted in diagnostics (their `source_line` stays empty).
    static constexpr std::size_t kLongestQuotedLine = 64 * 1024;

    /// A diagnostic at `offset`, with position and source line filled in.
    Diagnostic diagnostic(Severity severity, std::string code, std::string message,
                          std::size_t offset) const;
    /// A diagnostic at a known 1-based `pos` (column 0: no caret).
    Diagnostic diagnostic_at(Severity severity, std::string code, std::string message,
                             SourcePos pos) const;

private:
    /// Replaces invalid UTF-8 in `text_` (see invalid_utf8_offset).
    void repair_utf8();
    const std::vector<std::size_t>& line_starts() const;

    std::string path_;
    bool from_utf16_ = false;               // before `text_`: decides how it is made
    std::vector<LineEnd> other_line_ends_;  // before `text_`: filled while `text_` is made
    std::string text_;
    std::size_t invalid_utf8_offset_ = std::string_view::npos;
    mutable std::vector<std::size_t> line_starts_;  // built on first use: most files never need it
};

}  // namespace folio
