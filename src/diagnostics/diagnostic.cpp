#include "src/diagnostics/diagnostic.hpp"

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <utility>

#include "src/text/utf8.hpp"

namespace folio {

namespace {

std::string_view severity_name(Severity severity) {
    switch (severity) {
        case Severity::note: return "note";
        case Severity::warning: return "warning";
        case Severity::error: return "error";
    }
    return "error";
}

// How one character of a file name, message or source line reaches the terminal. Control
// characters (C0, DEL, C1) and bytes that are not UTF-8 are shown as escapes: an escape
// sequence in a title must not rewrite the screen, nor a newline in a file name forge a
// diagnostic line of its own. A tab in a quoted source line stays a tab so the caret lines up.
std::string shown(std::string_view text, std::size_t& pos, bool keep_tab) {
    static constexpr char hex[] = "0123456789abcdef";
    const std::size_t at = pos;
    const char32_t code_point = next_code_point(text, pos);
    const bool invalid = code_point == 0xFFFD && text.substr(at, pos - at) != "\xEF\xBF\xBD";
    const auto escape = [&](std::uint32_t value) {
        std::string out = value > 0xFF ? "\\u00" : "\\x";
        out += hex[(value >> 4) & 0xF];
        out += hex[value & 0xF];
        return out;
    };
    if (invalid) return escape(static_cast<unsigned char>(text[at]));
    switch (code_point) {
        case '\t': return keep_tab ? "\t" : "\\t";
        case '\n': return "\\n";
        case '\r': return "\\r";
        default: break;
    }
    if (code_point < 0x20 || code_point == 0x7F) return escape(code_point);
    if (code_point >= 0x80 && code_point <= 0x9F) {
        std::string out = "\\u00";
        out += hex[code_point >> 4];
        out += hex[code_point & 0xF];
        return out;
    }
    return std::string(text.substr(at, pos - at));
}

// Columns a shown character takes: its escape's length, or one for a character.
std::size_t width(std::string_view shown_text) {
    if (shown_text.size() > 1 && shown_text[0] == '\\') return shown_text.size();
    return 1;
}

// At most this many characters of a source line are quoted, around the caret: a minified
// file's 5 MB line must not fill the terminal.
constexpr std::uint32_t kQuotedColumns = 120;

// The quoted source line and the caret line under it: the line escaped, shortened to a window
// of about kQuotedColumns characters around `column` with `…` where it was cut.
std::pair<std::string, std::string> quoted_line(std::string_view line, std::uint32_t column) {
    std::size_t characters = 0;
    for (const char c : line) characters += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    // A line that fits is quoted whole; a longer one from half a window before the caret,
    // but never so late that the window ends before the line does.
    std::uint32_t first = 1;  // the first character shown
    if (characters > kQuotedColumns && column > kQuotedColumns / 2) {
        first = static_cast<std::uint32_t>(std::min<std::size_t>(
            column - kQuotedColumns / 2, characters - kQuotedColumns + 1));
    }
    std::string text;
    std::string caret;
    if (first > 1) {
        text += "\xE2\x80\xA6";  // …
        caret += ' ';
    }
    std::size_t pos = 0;
    std::uint32_t character = 1;
    while (pos < line.size() && character < first) {
        next_code_point(line, pos);
        ++character;
    }
    while (pos < line.size()) {
        if (character >= first + kQuotedColumns) {
            text += "\xE2\x80\xA6";
            break;
        }
        const std::string piece = shown(line, pos, true);
        if (character < column) caret += piece == "\t" ? std::string("\t")
                                                       : std::string(width(piece), ' ');
        text += piece;
        ++character;
    }
    while (character < column) {
        caret += ' ';
        ++character;
    }
    caret += '^';
    return {std::move(text), std::move(caret)};
}

}  // namespace

std::string format_diagnostic(const Diagnostic& d) {
    std::string out = d.path.empty() ? std::string("folio") : escaped_for_terminal(d.path);
    if (d.line > 0) {
        out += ':' + std::to_string(d.line);
        if (d.column > 0) out += ':' + std::to_string(d.column);
    }
    out += ": ";
    out += severity_name(d.severity);
    out += ": ";
    out += escaped_for_terminal(d.message);
    if (!d.code.empty()) out += " [" + d.code + "]";
    out += '\n';
    if (d.line > 0 && !d.source_line.empty()) {
        const auto [text, caret] = quoted_line(d.source_line, d.column > 0 ? d.column : 1);
        out += "    " + text + '\n';
        if (d.column > 0) out += "    " + caret + '\n';
    }
    return out;
}

std::string escaped_for_terminal(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t pos = 0;
    while (pos < text.size()) out += shown(text, pos, false);
    return out;
}

bool Diagnostics::has_errors() const { return count(Severity::error) > 0; }

std::size_t Diagnostics::count(Severity severity) const {
    return static_cast<std::size_t>(std::count_if(
        items_.begin(), items_.end(), [&](const Diagnostic& d) { return d.severity == severity; }));
}

}  // namespace folio
