#include "formats/html/html_code_language.hpp"

#include <vector>

namespace folio {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// A name an info string can hold as its first word: no blanks, no backticks, nothing a
// highlighter's class would not be made of.
bool plausible_language(std::string_view name) {
    if (name.empty() || name.size() > 40) return false;
    for (const char c : name) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                        c == '-' || c == '_' || c == '+' || c == '#' || c == '.';
        if (!ok) return false;
    }
    return true;
}

std::vector<std::string_view> words(std::string_view s) {
    std::vector<std::string_view> out;
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && is_space(s[i])) ++i;
        const std::size_t start = i;
        while (i < s.size() && !is_space(s[i])) ++i;
        if (i > start) out.push_back(s.substr(start, i - start));
    }
    return out;
}

}  // namespace

std::string code_language_from_class(std::string_view class_attribute) {
    // SyntaxHighlighter puts a style-like list in the class: `brush: php; gutter: false`.
    if (const std::size_t brush = class_attribute.find("brush:"); brush != std::string_view::npos) {
        std::string_view rest = class_attribute.substr(brush + 6);
        rest = rest.substr(0, rest.find(';'));
        for (const std::string_view word : words(rest))
            if (plausible_language(word)) return std::string(word);
        return {};
    }
    const std::vector<std::string_view> classes = words(class_attribute);
    for (const std::string_view prefix : {"language-", "lang-", "highlight-source-"}) {
        for (const std::string_view c : classes) {
            if (c.starts_with(prefix) && plausible_language(c.substr(prefix.size())))
                return std::string(c.substr(prefix.size()));
        }
    }
    // highlight.js and pandoc put the bare name next to their own marker class.
    bool marked = false;
    for (const std::string_view c : classes) marked = marked || c == "hljs" || c == "sourceCode";
    if (!marked) return {};
    for (const std::string_view c : classes) {
        if (c == "hljs" || c == "sourceCode" || c.starts_with("hljs-") || c == "numberLines")
            continue;
        if (plausible_language(c)) return std::string(c);
    }
    return {};
}

}  // namespace folio
