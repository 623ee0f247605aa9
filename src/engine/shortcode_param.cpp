#include "src/engine/shortcode_param.hpp"

namespace folio {

std::string shortcode_param(std::string_view value) {
    const bool plain =
        !value.empty() && value.find_first_of(" \t\n\"'`=<>{}%") == std::string_view::npos;
    return plain ? std::string(value) : quoted_shortcode_param(value);
}

std::string quoted_shortcode_param(std::string_view value) {
    // Hugo's lexer keeps a quoted value's bytes as written, unless it holds an escaped quote:
    // then it drops every backslash. So a backslash is never escaped, and a value with a quote
    // goes in a raw string (backticks), which keeps every byte.
    if (value.find('"') == std::string_view::npos) return '"' + std::string(value) + '"';
    if (value.find('`') == std::string_view::npos) return '`' + std::string(value) + '`';
    // Both kinds of quote: Hugo cannot hold a backslash here; the quotes matter more.
    std::string out = "\"";
    for (char c : value) {
        if (c == '\\') continue;
        if (c == '"') out += '\\';
        out += c;
    }
    return out + '"';
}

}  // namespace folio
