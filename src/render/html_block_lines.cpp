#include "src/render/html_block_lines.hpp"

#include "src/text/ascii_case.hpp"

namespace folio {

namespace {

bool is_blank_line(std::string_view line) {
    return line.find_first_not_of(" \t\r") == std::string_view::npos;
}

}  // namespace

std::string html_without_blank_lines(std::string_view html) {
    // The lines, each without its newline; whether the text ended with one.
    bool any_blank = false;
    for (std::size_t at = 0; at <= html.size();) {
        const std::size_t end = std::min(html.find('\n', at), html.size());
        if (end < html.size() && is_blank_line(html.substr(at, end - at))) any_blank = true;
        if (end == html.size() && at < end && is_blank_line(html.substr(at))) any_blank = true;
        at = end + 1;
    }
    if (!any_blank) return std::string(html);
    const std::string lower = ascii_lower(html);
    const bool shows_blank_lines = lower.find("<pre") != std::string::npos ||
                                   lower.find("<textarea") != std::string::npos;
    if (shows_blank_lines && (lower.find("<script") != std::string::npos ||
                              lower.find("<style") != std::string::npos))
        return std::string(html);
    std::string out;
    out.reserve(html.size());
    std::string pending;  // what the blank lines before the next line stood for
    std::size_t at = 0;
    while (at < html.size()) {
        const std::size_t newline = html.find('\n', at);
        const std::size_t end = newline == std::string_view::npos ? html.size() : newline;
        const std::string_view line = html.substr(at, end - at);
        at = end + 1;
        if (is_blank_line(line)) {
            if (shows_blank_lines && !out.empty()) pending.append(line).append("&#10;");
            continue;
        }
        out += pending;
        pending.clear();
        out.append(line);
        if (newline != std::string_view::npos) out += '\n';
    }
    return out;
}

}  // namespace folio
