#include "src/diagnostics/diagnostic.hpp"

#include <algorithm>

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

// The caret goes under the column-th character; tabs are copied so it lines up in a terminal.
std::string caret_line(std::string_view line, std::uint32_t column) {
    std::string out;
    std::uint32_t chars = 0;
    for (std::size_t i = 0; i < line.size() && chars + 1 < column; ++i) {
        const auto byte = static_cast<unsigned char>(line[i]);
        if ((byte & 0xC0) == 0x80) continue;  // UTF-8 continuation byte: same character
        out += line[i] == '\t' ? '\t' : ' ';
        ++chars;
    }
    while (chars + 1 < column) {
        out += ' ';
        ++chars;
    }
    out += '^';
    return out;
}

}  // namespace

std::string format_diagnostic(const Diagnostic& d) {
    std::string out = d.path.empty() ? std::string("folio") : d.path;
    if (d.line > 0) {
        out += ':' + std::to_string(d.line);
        if (d.column > 0) out += ':' + std::to_string(d.column);
    }
    out += ": ";
    out += severity_name(d.severity);
    out += ": ";
    out += d.message;
    if (!d.code.empty()) out += " [" + d.code + "]";
    out += '\n';
    if (d.line > 0 && !d.source_line.empty()) {
        out += "    " + d.source_line + '\n';
        if (d.column > 0) out += "    " + caret_line(d.source_line, d.column) + '\n';
    }
    return out;
}

bool Diagnostics::has_errors() const { return count(Severity::error) > 0; }

std::size_t Diagnostics::count(Severity severity) const {
    return static_cast<std::size_t>(std::count_if(
        items_.begin(), items_.end(), [&](const Diagnostic& d) { return d.severity == severity; }));
}

}  // namespace folio
