#include "src/source/source_text.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>

#include "src/text/utf8.hpp"

namespace folio {

namespace {

// Line numbers, not offsets, name the changed line ends: the UTF-8 repair that follows moves
// offsets but never lines.
std::string normalise(std::string_view raw, std::vector<LineEnd>& other_line_ends) {
    if (raw.size() >= 3 && raw.substr(0, 3) == "\xEF\xBB\xBF") raw.remove_prefix(3);
    // Most files have no CR at all: copy them whole.
    std::size_t cr = raw.find('\r');
    if (cr == std::string_view::npos) return std::string(raw);
    std::string out;
    out.reserve(raw.size());
    std::size_t from = 0;
    std::uint32_t line = 1;
    while (cr != std::string_view::npos) {
        const std::string_view before = raw.substr(from, cr - from);
        line += static_cast<std::uint32_t>(std::count(before.begin(), before.end(), '\n'));
        out.append(before);
        out += '\n';
        from = cr + 1;
        const bool crlf = from < raw.size() && raw[from] == '\n';
        if (crlf) ++from;
        other_line_ends.push_back({line, !crlf});
        ++line;
        cr = raw.find('\r', from);
    }
    out.append(raw.substr(from));
    return out;
}

bool needs_normalising(std::string_view raw) {
    return raw.starts_with("\xEF\xBB\xBF") || raw.find('\r') != std::string_view::npos;
}

bool has_utf16_bom(std::string_view raw) {
    return raw.starts_with("\xFF\xFE") || raw.starts_with("\xFE\xFF");
}

// A UTF-16 file (Windows editors save "Unicode" so) as UTF-8, told by its byte order mark.
// An unpaired surrogate or a last odd byte becomes U+FFFD, as invalid UTF-8 does.
std::string utf16_to_utf8(std::string_view raw) {
    const bool little_endian = raw[0] == '\xFF';
    const auto unit_at = [&](std::size_t i) -> char32_t {
        const auto first = static_cast<unsigned char>(raw[i]);
        const auto second = static_cast<unsigned char>(raw[i + 1]);
        return little_endian ? char32_t(first | (second << 8)) : char32_t((first << 8) | second);
    };
    std::string out;
    out.reserve(raw.size());
    std::size_t i = 2;
    for (; i + 1 < raw.size(); i += 2) {
        char32_t unit = unit_at(i);
        if (unit >= 0xD800 && unit <= 0xDBFF && i + 3 < raw.size()) {
            const char32_t low = unit_at(i + 2);
            if (low >= 0xDC00 && low <= 0xDFFF) {
                unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
                i += 2;
            }
        }
        append_utf8(out, unit);  // a lone surrogate is written as U+FFFD
    }
    if (i < raw.size()) append_utf8(out, 0xFFFD);
    return out;
}

}  // namespace

SourceText::SourceText(std::string path, std::string_view raw_bytes)
    : path_(std::move(path)),
      from_utf16_(has_utf16_bom(raw_bytes)),
      text_(from_utf16_ ? normalise(utf16_to_utf8(raw_bytes), other_line_ends_)
                        : normalise(raw_bytes, other_line_ends_)) {
    repair_utf8();
}

SourceText::SourceText(std::string path, std::string&& raw_bytes)
    : path_(std::move(path)), from_utf16_(has_utf16_bom(raw_bytes)) {
    if (from_utf16_) {
        text_ = normalise(utf16_to_utf8(raw_bytes), other_line_ends_);
    } else if (needs_normalising(raw_bytes)) {
        text_ = normalise(raw_bytes, other_line_ends_);
    } else {
        text_ = std::move(raw_bytes);
    }
    repair_utf8();
}

void SourceText::repair_utf8() {
    const std::size_t ascii = skip_ascii(text_);
    if (ascii == text_.size()) return;
    const std::size_t invalid = find_invalid_utf8(std::string_view(text_).substr(ascii));
    if (invalid == std::string_view::npos) return;
    // Bytes before the first invalid one are unchanged, so the offset holds after the repair.
    invalid_utf8_offset_ = ascii + invalid;
    text_ = text_.substr(0, invalid_utf8_offset_) +
            to_valid_utf8(std::string_view(text_).substr(invalid_utf8_offset_));
}

const std::vector<std::size_t>& SourceText::line_starts() const {
    if (line_starts_.empty()) {
        // memchr hops from newline to newline instead of testing every byte in a loop.
        line_starts_.reserve(text_.size() / 32 + 1);
        line_starts_.push_back(0);
        const char* const data = text_.data();
        const char* const end = data + text_.size();
        const char* at = data;
        while ((at = static_cast<const char*>(
                    std::memchr(at, '\n', static_cast<std::size_t>(end - at)))) != nullptr) {
            ++at;
            line_starts_.push_back(static_cast<std::size_t>(at - data));
        }
    }
    return line_starts_;
}

SourcePos SourceText::position(std::size_t offset) const {
    offset = std::min(offset, text_.size());
    const auto& starts = line_starts();
    const auto it = std::upper_bound(starts.begin(), starts.end(), offset);
    const auto line = static_cast<std::uint32_t>(it - starts.begin());
    std::uint32_t column = 1;
    for (std::size_t i = starts[line - 1]; i < offset; ++i) {
        if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;
    }
    return {line, column};
}

std::size_t SourceText::line_offset(std::uint32_t line) const {
    const auto& starts = line_starts();
    if (line == 0) return 0;
    if (line > starts.size()) return text_.size();
    return starts[line - 1];
}

std::string_view SourceText::line_text(std::uint32_t line) const {
    const auto& starts = line_starts();
    if (line == 0 || line > starts.size()) return {};
    const std::size_t begin = starts[line - 1];
    // The next line's start, not a search: a one-line file would be scanned whole each time.
    std::size_t end = line < starts.size() ? starts[line] - 1 : text_.size();
    return std::string_view(text_).substr(begin, end - begin);
}

Diagnostic SourceText::diagnostic(Severity severity, std::string code, std::string message,
                                  std::size_t offset) const {
    return diagnostic_at(severity, std::move(code), std::move(message), position(offset));
}

Diagnostic SourceText::diagnostic_at(Severity severity, std::string code, std::string message,
                                     SourcePos pos) const {
    Diagnostic d;
    d.severity = severity;
    d.code = std::move(code);
    d.message = std::move(message);
    d.path = path_;
    d.line = pos.line;
    d.column = pos.column;
    // A line too long to be worth quoting (a one-line export or minified file) is not copied
    // into every diagnostic on it: megabytes each, for a window of 120 columns when printed.
    if (const std::string_view line = line_text(pos.line); line.size() <= kLongestQuotedLine)
        d.source_line = std::string(line);
    return d;
}

}  // namespace folio
