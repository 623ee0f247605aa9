#include "src/source/written_body.hpp"

#include <algorithm>

namespace folio {

WrittenBody written_body(const SourceText& source, std::size_t body_offset) {
    const std::string& text = source.text();
    body_offset = std::min(body_offset, text.size());
    WrittenBody body;
    body.text.assign(text, body_offset);
    body.offset = body_offset;
    const std::vector<LineEnd>& ends = source.other_line_ends();
    // The line number matters only to give other line ends back: most files have none.
    if (!ends.empty()) {
        body.crlf_file = ends.front().line == 1 && !ends.front().lone_cr;
        body.first_line =
            1 + static_cast<std::uint32_t>(std::count(
                    text.begin(), text.begin() + static_cast<std::ptrdiff_t>(body_offset), '\n'));
        const auto first = std::lower_bound(
            ends.begin(), ends.end(), body.first_line,
            [](const LineEnd& end, std::uint32_t line) { return end.line < line; });
        body.other_line_ends.assign(first, ends.end());
    }
    return body;
}

WrittenFrontMatter written_front_matter(const SourceText& source, std::size_t body_offset,
                                        FrontMatterSyntax syntax) {
    const std::string& text = source.text();
    return {syntax, text.substr(0, std::min(body_offset, text.size()))};
}

}  // namespace folio
