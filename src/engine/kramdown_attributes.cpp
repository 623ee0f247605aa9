#include "src/engine/kramdown_attributes.hpp"

#include <string>

#include "src/engine/code_ranges.hpp"
#include "src/engine/kramdown_image_size.hpp"

namespace folio {

namespace {

bool space(char c) { return c == ' ' || c == '\t'; }

std::string_view trimmed(std::string_view text) {
    while (!text.empty() && space(text.front())) text.remove_prefix(1);
    while (!text.empty() && space(text.back())) text.remove_suffix(1);
    return text;
}

// Whether Goldmark reads every token of `list`: `.class`, `#id`, `key=value`, `key="v w"`.
// A bare word (`toc`, a reference to an attribute definition) means nothing to it.
bool goldmark_reads(std::string_view list) {
    std::size_t at = 0;
    bool any = false;
    while (at < list.size()) {
        if (space(list[at])) {
            ++at;
            continue;
        }
        const std::size_t start = at;
        char quote = 0;
        for (; at < list.size() && (quote || !space(list[at])); ++at) {
            if (quote && list[at] == quote) quote = 0;
            else if (!quote && (list[at] == '"' || list[at] == '\'')) quote = list[at];
        }
        if (quote) return false;
        const std::string_view token = list.substr(start, at - start);
        const bool name = token.size() > 1 && (token[0] == '.' || token[0] == '#');
        const std::size_t equals = token.find('=');
        if (!name && (equals == std::string_view::npos || equals == 0)) return false;
        any = true;
    }
    return any;
}

}  // namespace

EngineTranslation translate_kramdown_attributes(std::string_view text, std::size_t offset,
                                                BlockAttributes target,
                                                SizedImageForm images) {
    EngineTranslation out;
    if (text.find("{:") == std::string_view::npos) return out;
    const std::vector<CodeRange> code = code_ranges(text);
    std::size_t next_code = 0;
    std::size_t at = 0;
    while ((at = text.find("{:", at)) != std::string_view::npos) {
        while (next_code < code.size() && code[next_code].end <= at) ++next_code;
        if (next_code < code.size() && code[next_code].begin <= at) {
            at = code[next_code].end;
            continue;
        }
        const std::size_t line_begin = text.rfind('\n', at) == std::string_view::npos
                                           ? 0
                                           : text.rfind('\n', at) + 1;
        std::size_t line_end = text.find('\n', at);
        if (line_end == std::string_view::npos) line_end = text.size();
        const std::size_t close = text.find('}', at);
        if (close == std::string_view::npos || close > line_end ||
            // `{::comment}` ... `{:/comment}`: an extension, not a list
            (at + 2 < text.size() && (text[at + 2] == ':' || text[at + 2] == '/'))) {
            at += 2;
            continue;
        }
        const std::string_view list = trimmed(text.substr(at + 2, close - at - 2));
        const std::string_view written = text.substr(at, close + 1 - at);
        const bool block = trimmed(text.substr(line_begin, at - line_begin)).empty() &&
                           trimmed(text.substr(close + 1, line_end - close - 1)).empty();
        std::optional<SizedImage> sized;
        if (!block) sized = sized_image(text, line_begin, at, list, images);
        if (sized) {
            // The image and its list become one image with its size.
            out.edits.push_back({offset + sized->begin, offset + close + 1,
                                 std::move(sized->replacement)});
        } else if (block && target == BlockAttributes::goldmark && goldmark_reads(list)) {
            out.edits.push_back({offset + at, offset + close + 1, "{" + std::string(list) + "}"});
        } else {
            // A block's line goes whole (its line end too); a span's list alone.
            const std::size_t end = block ? std::min(line_end + 1, text.size()) : close + 1;
            out.edits.push_back({offset + (block ? line_begin : at), offset + end, ""});
            out.untranslated.push_back(
                {offset + at, "migrate.kramdown.attributes-dropped",
                 "kramdown attribute list '" + std::string(written) +
                     "' is read by Jekyll only: left out, with what it sets (" +
                     (block ? "the block above" : "the image or link before it") +
                     " keeps no class, id or size)"});
        }
        at = close + 1;
    }
    return out;
}

}  // namespace folio
