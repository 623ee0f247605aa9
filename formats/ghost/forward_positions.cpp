#include "formats/ghost/forward_positions.hpp"

#include <algorithm>
#include <cstring>

namespace folio {

SourcePos ForwardPositions::at(std::size_t offset) {
    const std::string& text = file_.text();
    if (offset < offset_ || offset > text.size()) return file_.position(offset);
    for (; offset_ < offset; ++offset_) {
        const unsigned char byte = static_cast<unsigned char>(text[offset_]);
        if (byte == '\n') {
            ++line_;
            column_ = 1;
            line_start_ = offset_ + 1;
        } else if ((byte & 0xC0) != 0x80) {  // columns count characters, not bytes
            ++column_;
        }
    }
    return SourcePos{line_, column_, offset};
}

Diagnostic ForwardPositions::diagnostic(Severity severity, std::string code, std::string message,
                                        std::size_t offset) {
    const bool in_order = offset >= offset_;
    const SourcePos pos = at(offset);
    const std::string& text = file_.text();
    // Whether the line is short, looking at no more than a short line's worth of bytes.
    bool short_line = !in_order && file_.line_text(pos.line).size() <= kLongestQuotedLine;
    if (in_order && offset - line_start_ <= kLongestQuotedLine) {
        const std::size_t left = kLongestQuotedLine - (offset - line_start_);
        const std::size_t window = std::min(left + 1, text.size() - std::min(offset, text.size()));
        short_line = window <= left || std::memchr(text.data() + offset, '\n', window) != nullptr;
    }
    if (short_line) {
        return file_.diagnostic_at(severity, std::move(code), std::move(message), pos);
    }
    Diagnostic d;
    d.severity = severity;
    d.code = std::move(code);
    d.message = std::move(message);
    d.path = file_.path();
    d.line = pos.line;
    d.column = pos.column;
    return d;
}

}  // namespace folio
