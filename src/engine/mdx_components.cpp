#include "src/engine/mdx_components.hpp"

#include <cctype>
#include <string>

#include "src/engine/code_ranges.hpp"

namespace folio {

EngineTranslation find_mdx_components(std::string_view text, std::size_t offset,
                                      std::string_view target_name) {
    EngineTranslation out;
    const std::vector<CodeRange> code = code_ranges(text);
    std::size_t next_code = 0;
    for (std::size_t at = text.find('<'); at != std::string_view::npos;
         at = text.find('<', at + 1)) {
        while (next_code < code.size() && code[next_code].end <= at) ++next_code;
        if (next_code < code.size() && code[next_code].begin <= at) continue;
        if (at + 1 >= text.size() || !std::isupper(static_cast<unsigned char>(text[at + 1])))
            continue;
        std::size_t end = at + 1;
        while (end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) ||
                                     text[end] == '.' || text[end] == '_'))
            ++end;
        out.untranslated.push_back(
            {offset + at, "migrate.mdx.component",
             "MDX component <" + std::string(text.substr(at + 1, end - at - 1)) +
                 "> is rendered by MDX only: left as written, and " + std::string(target_name) +
                 " shows it as an unknown HTML element"});
    }
    return out;
}

}  // namespace folio
