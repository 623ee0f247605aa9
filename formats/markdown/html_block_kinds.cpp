#include "formats/markdown/html_block_kinds.hpp"

#include <cctype>

namespace folio {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t'; }

bool contains_ignoring_case(std::string_view text, std::string_view what) {
    for (std::size_t i = 0; i + what.size() <= text.size(); ++i) {
        std::size_t k = 0;
        while (k < what.size() && std::tolower(static_cast<unsigned char>(text[i + k])) == what[k])
            ++k;
        if (k == what.size()) return true;
    }
    return false;
}

bool starts_with_ignoring_case(std::string_view text, std::string_view prefix) {
    return text.size() >= prefix.size() &&
           contains_ignoring_case(text.substr(0, prefix.size()), prefix);
}

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

// A whole open or closing tag (CommonMark's grammar, as md4c's md_is_html_tag reads it on one
// line) followed by nothing but white space: the start of an HTML block of kind 7.
bool is_lone_complete_tag(std::string_view s) {
    std::size_t i = 1;
    const bool closing = i < s.size() && s[i] == '/';
    if (closing) ++i;
    if (i >= s.size() || !is_ascii_letter(s[i])) return false;
    while (i < s.size() && (is_ascii_letter(s[i]) || is_ascii_digit(s[i]) || s[i] == '-')) ++i;
    const auto white = [&](std::size_t at) {
        return at < s.size() && (s[at] == ' ' || s[at] == '\t' || s[at] == '\v' || s[at] == '\f');
    };
    const auto skip_white = [&] {
        const std::size_t from = i;
        while (white(i)) ++i;
        return i > from;
    };
    if (closing) {
        skip_white();
    } else {
        for (;;) {
            const bool spaced = skip_white();
            if (i < s.size() && (s[i] == '>' || s[i] == '/')) break;
            if (!spaced || i >= s.size()) return false;
            // Attribute name, then an optional value.
            if (!(is_ascii_letter(s[i]) || s[i] == '_' || s[i] == ':')) return false;
            while (i < s.size() && (is_ascii_letter(s[i]) || is_ascii_digit(s[i]) ||
                                    s[i] == '_' || s[i] == ':' || s[i] == '.' || s[i] == '-'))
                ++i;
            const std::size_t before_value = i;
            skip_white();
            if (i < s.size() && s[i] == '=') {
                ++i;
                skip_white();
                if (i >= s.size()) return false;
                if (s[i] == '"' || s[i] == '\'') {
                    const std::size_t close = s.find(s[i], i + 1);
                    if (close == std::string_view::npos) return false;
                    i = close + 1;
                } else {
                    const std::size_t from = i;
                    while (i < s.size() && !white(i) &&
                           std::string_view("\"'=<>`").find(s[i]) == std::string_view::npos)
                        ++i;
                    if (i == from) return false;
                }
            } else {
                i = before_value;
            }
        }
        if (i < s.size() && s[i] == '/') ++i;
    }
    if (i >= s.size() || s[i] != '>') return false;
    ++i;
    while (white(i)) ++i;
    return i == s.size();
}

}  // namespace

int html_block_kind(std::string_view s) {
    static constexpr std::string_view kind1[] = {"script", "pre", "style"};
    static constexpr std::string_view kind6[] = {
        "address", "article", "aside", "base", "basefont", "blockquote", "body", "caption",
        "center", "col", "colgroup", "dd", "details", "dialog", "dir", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "frame", "frameset", "h1", "head",
        "header", "hr", "html", "iframe", "legend", "li", "link", "main", "menu", "menuitem",
        "nav", "noframes", "ol", "optgroup", "option", "p", "param", "section", "source",
        "summary", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "track", "ul"};
    const std::string_view after = s.substr(1);
    // md4c 0.4.8 takes `<pre` even when a letter follows (`<preview>`), unlike CommonMark.
    for (const std::string_view name : kind1)
        if (starts_with_ignoring_case(after, name)) return 1;
    if (after.starts_with("!--")) return 2;
    if (after.starts_with("?")) return 3;
    if (after.size() > 1 && after[0] == '!' && after[1] >= 'A' && after[1] <= 'Z') return 4;
    if (after.starts_with("![CDATA[")) return 5;
    std::string_view name = after.starts_with('/') ? after.substr(1) : after;
    if (!name.empty() && is_ascii_letter(name[0])) {
        // md4c compares the names in its list order and stops at the first that is a prefix
        // (`<h1` before `<head`): the list above keeps that order within each first letter.
        for (const std::string_view tag : kind6) {
            if (std::tolower(static_cast<unsigned char>(tag[0])) !=
                std::tolower(static_cast<unsigned char>(name[0])))
                continue;
            if (!starts_with_ignoring_case(name, tag)) continue;
            if (name.size() == tag.size()) return 6;
            const char next = name[tag.size()];
            if (is_space(next) || next == '>' || name.substr(tag.size()).starts_with("/>"))
                return 6;
            break;
        }
    }
    return is_lone_complete_tag(s) ? 7 : 0;
}

bool html_block_ends(std::string_view line, int kind) {
    switch (kind) {
    case 1:
        return contains_ignoring_case(line, "</script>") ||
               contains_ignoring_case(line, "</style>") || contains_ignoring_case(line, "</pre>");
    case 2: return line.find("-->") != std::string_view::npos;
    case 3: return line.find("?>") != std::string_view::npos;
    case 4: return line.find('>') != std::string_view::npos;
    case 5: return line.find("]]>") != std::string_view::npos;
    default: return false;
    }
}

}  // namespace folio
