#include "src/engine/code_ranges.hpp"

namespace folio {

std::vector<CodeRange> code_ranges(std::string_view text) {
    std::vector<CodeRange> out;
    std::size_t fence_begin = std::string_view::npos;
    char fence_char = 0;
    std::size_t fence_length = 0;
    for (std::size_t pos = 0; pos < text.size();) {
        const std::size_t nl = text.find('\n', pos);
        const std::size_t end = nl == std::string_view::npos ? text.size() : nl;
        const std::string_view line = text.substr(pos, end - pos);
        const std::size_t indent = line.find_first_not_of(' ');
        std::size_t run = 0;
        char c = 0;
        if (indent != std::string_view::npos && indent <= 3 &&
            (line[indent] == '`' || line[indent] == '~')) {
            c = line[indent];
            while (indent + run < line.size() && line[indent + run] == c) ++run;
        }
        const std::size_t next = nl == std::string_view::npos ? text.size() : nl + 1;
        if (fence_begin != std::string_view::npos) {
            if (c == fence_char && run >= fence_length &&
                line.find_first_not_of(" \t", indent + run) == std::string_view::npos) {
                out.push_back({fence_begin, next});
                fence_begin = std::string_view::npos;
            }
        } else if (run >= 3) {
            fence_begin = pos;
            fence_char = c;
            fence_length = run;
        } else {
            // Code spans: a run of backticks up to the next run of the same length.
            for (std::size_t i = 0; i < line.size();) {
                if (line[i] != '`') {
                    ++i;
                    continue;
                }
                std::size_t n = 0;
                while (i + n < line.size() && line[i + n] == '`') ++n;
                std::size_t j = i + n;
                bool closed = false;
                while ((j = line.find('`', j)) != std::string_view::npos) {
                    std::size_t m = 0;
                    while (j + m < line.size() && line[j + m] == '`') ++m;
                    if (m == n) {
                        out.push_back({pos + i, pos + j + m});
                        i = j + m;
                        closed = true;
                        break;
                    }
                    j += m;
                }
                if (!closed) i += n;
            }
        }
        pos = next;
    }
    if (fence_begin != std::string_view::npos) out.push_back({fence_begin, text.size()});
    return out;
}

}  // namespace folio
