#include "src/source/position_cursor.hpp"

#include <algorithm>
#include <cstring>

namespace folio {

SourcePos PositionCursor::at(std::size_t file_offset) {
    const std::string& text = source_.text();
    file_offset = std::min(file_offset, text.size());
    if (file_offset < offset_) {
        pos_ = source_.position(file_offset);
    } else {
        // Hop from newline to newline with memchr; count characters only on the last line.
        const char* from = text.data() + offset_;
        const char* const to = text.data() + file_offset;
        for (const char* nl;
             from < to && (nl = static_cast<const char*>(std::memchr(
                               from, '\n', static_cast<std::size_t>(to - from)))) != nullptr;) {
            ++pos_.line;
            pos_.column = 1;
            from = nl + 1;
        }
        for (; from < to; ++from) {
            if ((static_cast<unsigned char>(*from) & 0xC0) != 0x80) ++pos_.column;
        }
    }
    offset_ = file_offset;
    pos_.offset = file_offset;
    return pos_;
}

Diagnostic PositionCursor::diagnostic(Severity severity, std::string code, std::string message,
                                      std::size_t file_offset) {
    return source_.diagnostic_at(severity, std::move(code), std::move(message), at(file_offset));
}

}  // namespace folio
