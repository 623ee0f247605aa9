#include "formats/wordpress/wpautop.hpp"

#include <array>
#include <cctype>
#include <cstddef>
#include <vector>

namespace folio {

namespace {

// formatting.php's `$allblocks`: the tags wpautop never puts inside a paragraph.
constexpr std::array<std::string_view, 45> kBlockTags{
    "table",  "thead",  "tfoot",    "caption", "col",    "colgroup", "tbody",   "tr",
    "td",     "th",     "div",      "dl",      "dd",     "dt",       "ul",      "ol",
    "li",     "pre",    "form",     "map",     "area",   "blockquote", "address", "math",
    "style",  "p",      "h1",       "h2",      "h3",     "h4",       "h5",      "h6",
    "hr",     "fieldset", "legend", "section", "article", "aside",   "hgroup",  "header",
    "footer", "nav",    "figure",   "figcaption", "details"};
constexpr std::array<std::string_view, 2> kMoreBlockTags{"menu", "summary"};

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

bool equals_ci(std::string_view name, std::string_view lower_tag) {
    if (name.size() != lower_tag.size()) return false;
    for (std::size_t k = 0; k < name.size(); ++k)
        if ((name[k] | 0x20) != lower_tag[k]) return false;  // names are ASCII letters and digits
    return true;
}

bool is_block_name(std::string_view name) {
    if (name.size() > 10) return false;  // `figcaption`, the longest
    for (std::string_view tag : kBlockTags)
        if (equals_ci(name, tag)) return true;
    for (std::string_view tag : kMoreBlockTags)
        if (equals_ci(name, tag)) return true;
    return false;
}

/// The length of a block tag (`<div class="x">`, `</p>`) starting at `at`, else 0. `opening`
/// and `closing` choose which kinds count; an opening tag's name must end at a space, `/` or
/// `>`, as `<allblocks[\s/>]` has it, and a closing one at `>`.
std::size_t block_tag_at(std::string_view text, std::size_t at, bool opening = true,
                         bool closing = true) {
    if (at >= text.size() || text[at] != '<') return 0;
    std::size_t i = at + 1;
    const bool is_closing = i < text.size() && text[i] == '/';
    if (is_closing ? !closing : !opening) return 0;
    if (is_closing) ++i;
    const std::size_t name_begin = i;
    while (i < text.size() && std::isalnum(static_cast<unsigned char>(text[i]))) ++i;
    if (i == name_begin || i >= text.size()) return 0;
    if (!is_block_name(text.substr(name_begin, i - name_begin))) return 0;
    if (is_closing && text[i] != '>') return 0;
    if (!is_closing && !(is_space(text[i]) || text[i] == '/' || text[i] == '>')) return 0;
    const std::size_t end = text.find('>', i);
    return end == std::string_view::npos ? 0 : end + 1 - at;
}

bool starts_with_ci(std::string_view text, std::size_t at, std::string_view prefix) {
    if (text.size() - std::min(at, text.size()) < prefix.size()) return false;
    for (std::size_t k = 0; k < prefix.size(); ++k)
        if (std::tolower(static_cast<unsigned char>(text[at + k])) != prefix[k]) return false;
    return true;
}

void replace_all(std::string& text, std::string_view from, std::string_view to) {
    std::string out;
    out.reserve(text.size());
    std::size_t at = 0;
    for (std::size_t found; (found = text.find(from, at)) != std::string::npos; at = found + from.size()) {
        out.append(text, at, found - at);
        out += to;
    }
    out.append(text, at, std::string::npos);
    text = std::move(out);
}

// `<br />` in any spelling (`<br>`, `<BR/>`, `<br  />`) at `at`: its length, else 0.
std::size_t br_at(std::string_view text, std::size_t at) {
    if (at >= text.size() || text[at] != '<' || !starts_with_ci(text, at, "<br")) return 0;
    std::size_t i = at + 3;
    while (i < text.size() && is_space(text[i])) ++i;
    if (i < text.size() && text[i] == '/') ++i;
    return i < text.size() && text[i] == '>' ? i + 1 - at : 0;
}

// Step one: `<pre>` elements set aside whole, so nothing below touches them.
std::string set_pre_aside(std::string_view text, std::vector<std::string>& pres) {
    std::string out;
    std::size_t at = 0;
    for (;;) {
        std::size_t open = at;
        while ((open = text.find('<', open)) != std::string_view::npos &&
               !(starts_with_ci(text, open, "<pre") &&
                 open + 4 < text.size() && (text[open + 4] == '>' || is_space(text[open + 4]))))
            ++open;
        if (open == std::string_view::npos) break;
        std::size_t close = open;
        while ((close = text.find('<', close + 1)) != std::string_view::npos &&
               !starts_with_ci(text, close, "</pre>")) {
        }
        if (close == std::string_view::npos) break;
        out.append(text.substr(at, open - at));
        out += "<pre wp-pre-tag-" + std::to_string(pres.size()) + "></pre>";
        pres.emplace_back(text.substr(open, close + 6 - open));
        at = close + 6;
    }
    out.append(text.substr(at));
    return out;
}

// Newlines inside a tag (between attributes) are spaces to wpautop: they never break a line.
void join_lines_inside_tags(std::string& text) {
    bool inside = false;
    for (char& c : text) {
        if (c == '<') inside = true;
        else if (c == '>') inside = false;
        else if (inside && c == '\n') c = ' ';
    }
}

// `\n\n` before every opening block tag and after every closing one; `<hr>` ends a paragraph.
std::string space_block_tags(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (std::size_t i = 0; i < text.size();) {
        if (const std::size_t n = block_tag_at(text, i)) {
            const bool closing = text[i + 1] == '/';
            const bool hr = starts_with_ci(text, i, "<hr");
            if (!closing) out += "\n\n";
            out.append(text.substr(i, n));
            if (closing || hr) out += "\n\n";
            i += n;
        } else {
            out += text[i++];
        }
    }
    return out;
}

std::string_view trim_newlines(std::string_view s) {
    while (!s.empty() && s.front() == '\n') s.remove_prefix(1);
    while (!s.empty() && s.back() == '\n') s.remove_suffix(1);
    return s;
}

bool only_space(std::string_view s) {
    for (char c : s)
        if (!is_space(c)) return false;
    return true;
}

// One piece between blank lines, wrapped as `<p>piece</p>` and unwrapped again where the
// rules of formatting.php say so.
std::string paragraph(std::string_view piece) {
    if (only_space(piece)) return {};
    std::string p = "<p>" + std::string(piece) + "</p>\n";
    // `<p>([^<]+)</(div|address|form)>`: text closing a block is its own paragraph.
    {
        const std::size_t lt = p.find('<', 3);
        for (std::string_view tag : {"</div>", "</address>", "</form>"}) {
            if (lt != 3 && starts_with_ci(p, lt, tag)) {
                p.insert(lt, "</p>");
                break;
            }
        }
    }
    // `<p><blockquote x>` → `<blockquote x><p>`, and `</blockquote></p>` → `</p></blockquote>`.
    if (starts_with_ci(p, 3, "<blockquote")) {
        const std::size_t end = p.find('>', 3);
        if (end != std::string::npos) {
            p = p.substr(3, end + 1 - 3) + "<p>" + p.substr(end + 1);
        }
    }
    replace_all(p, "</blockquote></p>", "</p></blockquote>");
    return p;
}

// `<p>\s*(</?block[^>]*>)` → `$1` and `(</?block[^>]*>)\s*</p>` → `$1`, over the whole text.
std::string drop_paragraphs_around_blocks(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        if (starts_with_ci(text, i, "<p>")) {
            std::size_t j = i + 3;
            while (j < text.size() && is_space(text[j])) ++j;
            if (block_tag_at(text, j) != 0) {
                i = j;
                continue;
            }
        }
        if (const std::size_t n = block_tag_at(text, i)) {
            out.append(text.substr(i, n));
            i += n;
            std::size_t j = i;
            while (j < text.size() && is_space(text[j])) ++j;
            if (starts_with_ci(text, j, "</p>")) i = j + 4;
            continue;
        }
        out += text[i++];
    }
    return out;
}

bool is_br_before_block(std::string_view text, std::size_t after_br) {
    std::size_t j = after_br;
    while (j < text.size() && is_space(text[j])) ++j;
    if (j >= text.size() || text[j] != '<') return false;
    std::size_t k = j + 1;
    if (k < text.size() && text[k] == '/') ++k;
    for (std::string_view tag : {"p", "li", "div", "dl", "dd", "dt", "th", "pre", "td", "ul", "ol"}) {
        if (starts_with_ci(text, k, tag) && k + tag.size() < text.size()) {
            const char next = text[k + tag.size()];
            if (next == '>' || is_space(next) || next == '/') return true;
        }
    }
    return false;
}

// Single line breaks become `<br />`, except right after a block tag or before one of the
// tags that end a line anyway.
std::string break_lines(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 16);
    std::size_t last_block_end = std::string::npos;  // where the last block tag written ends
    for (std::size_t i = 0; i < text.size();) {
        if (const std::size_t n = br_at(text, i)) {
            // `(</?block[^>]*>)\s*<br />` → `$1`; `<br />(\s*</?p|li|...)` → `$1`.
            bool after_block = last_block_end != std::string::npos;
            for (std::size_t k = last_block_end; after_block && k < out.size(); ++k)
                if (!is_space(out[k])) after_block = false;
            if (!after_block && !is_br_before_block(text, i + n)) out += "<br />";
            i += n;
            // `(?<!<br />)\s*\n`: the newline right after a break is no second one.
            std::size_t j = i;
            while (j < text.size() && is_space(text[j]) && text[j] != '\n') ++j;
            if (j < text.size() && text[j] == '\n') {
                out += '\n';
                i = j + 1;
            }
            continue;
        }
        if (const std::size_t n = block_tag_at(text, i)) {
            out.append(text.substr(i, n));
            i += n;
            last_block_end = out.size();
            continue;
        }
        if (text[i] == '\n') {
            while (!out.empty() && (out.back() == ' ' || out.back() == '\t')) out.pop_back();
            bool after_block = last_block_end != std::string::npos && last_block_end <= out.size();
            for (std::size_t k = last_block_end; after_block && k < out.size(); ++k)
                if (!is_space(out[k])) after_block = false;
            if (!after_block && !is_br_before_block(text, i + 1) && !out.empty()) out += "<br />";
            out += '\n';
            ++i;
            continue;
        }
        out += text[i++];
    }
    return out;
}

}  // namespace

std::string wpautop(std::string_view input) {
    if (only_space(input)) return {};
    std::vector<std::string> pres;
    std::string text = set_pre_aside(input, pres);
    text += '\n';
    // `<br />\s*<br />` is a paragraph break.
    for (std::size_t i = 0; (i = text.find('<', i)) != std::string::npos;) {
        const std::size_t n = br_at(text, i);
        std::size_t j = i + n;
        while (n != 0 && j < text.size() && is_space(text[j])) ++j;
        if (const std::size_t m = n != 0 ? br_at(text, j) : 0) {
            text.replace(i, j + m - i, "\n\n");
            continue;
        }
        ++i;
    }
    replace_all(text, "\r\n", "\n");
    replace_all(text, "\r", "\n");
    join_lines_inside_tags(text);
    text = space_block_tags(text);
    // Split at blank lines (`\n\s*\n`) and wrap each piece.
    std::string wrapped;
    wrapped.reserve(text.size() + text.size() / 8);
    std::size_t start = 0;
    const auto flush = [&](std::size_t end) {
        wrapped += paragraph(trim_newlines(std::string_view(text).substr(start, end - start)));
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\n') continue;
        std::size_t j = i + 1;
        while (j < text.size() && is_space(text[j]) && text[j] != '\n') ++j;
        if (j < text.size() && text[j] == '\n') {
            flush(i);
            while (j < text.size() && is_space(text[j])) ++j;
            start = j;
            i = j - 1;
        }
    }
    flush(text.size());
    text = drop_paragraphs_around_blocks(wrapped);
    // `<p>(<li.+?)</p>` → `$1`: a list item is no paragraph.
    replace_all(text, "<p><li", "<li");
    text = break_lines(text);
    replace_all(text, "<br />\n</p>", "</p>");
    if (text.size() >= 5 && text.ends_with("\n</p>")) text.erase(text.size() - 5, 1);
    for (std::size_t k = 0; k < pres.size(); ++k)
        replace_all(text, "<pre wp-pre-tag-" + std::to_string(k) + "></pre>", pres[k]);
    return text;
}

}  // namespace folio
