#include "src/pipeline/mdx_esm.hpp"

namespace folio {

namespace {

bool blank(std::string_view line) {
    return line.find_first_not_of(" \t\r") == std::string_view::npos;
}

bool starts_esm(std::string_view line) {
    return line.starts_with("import ") || line.starts_with("export ") ||
           line.starts_with("import{") || line.starts_with("export{");
}

}  // namespace

bool is_mdx_path(std::string_view path) { return path.ends_with(".mdx"); }

EsmPrelude skip_esm_prelude(std::string_view text, std::size_t begin) {
    EsmPrelude out;
    out.body_begin = begin;
    std::size_t at = begin;
    std::string block;
    while (at < text.size()) {
        const std::size_t end = std::min(text.find('\n', at), text.size());
        const std::string_view line = text.substr(at, end - at);
        const std::size_t next = end < text.size() ? end + 1 : end;
        if (blank(line)) {
            if (!block.empty()) {
                out.statements.push_back(std::move(block));
                block.clear();
            }
            at = next;
            continue;
        }
        if (block.empty() && !starts_esm(line)) break;
        block.append(line.substr(0, line.ends_with('\r') ? line.size() - 1 : line.size()));
        block += '\n';
        at = next;
        out.body_begin = at;
    }
    if (!block.empty()) out.statements.push_back(std::move(block));
    // Blank lines after the last statement stay with the body: they are Markdown's to skip.
    return out;
}

}  // namespace folio
