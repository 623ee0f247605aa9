#include "formats/html/table_of_contents.hpp"

#include <algorithm>
#include <optional>

#include "src/render/html_escape.hpp"
#include "src/text/ascii_case.hpp"

namespace folio::html {

namespace {

// The heading's HTML without its tags: its text, still escaped, for inside the entry's link.
std::string without_tags(std::string_view html) {
    std::string out;
    out.reserve(html.size());
    bool in_tag = false;
    for (const char c : html) {
        if (c == '<') in_tag = true;
        else if (c == '>' && in_tag) in_tag = false;
        else if (!in_tag) out += c;
    }
    return out;
}

}  // namespace

TocChoice toc_choice(const Map& extra) {
    std::optional<bool> show;
    bool open = false;
    for (const auto& [key, value] : extra) {
        const bool* flag = std::get_if<bool>(&value.data);
        if (flag == nullptr) continue;
        const std::string name = ascii_lower(key);
        if (name == "toc" || name == "showtoc") show = *flag;
        else if (name == "tocopen") open = *flag;
    }
    if (!show) return open ? TocChoice::site_default_open : TocChoice::site_default;
    if (!*show) return TocChoice::hidden;
    return open ? TocChoice::open : TocChoice::shown;
}

std::string table_of_contents(const std::vector<TocHeading>& headings, std::string_view label,
                              bool open) {
    int top = kTocLastLevel + 1;
    for (const TocHeading& h : headings) {
        if (h.level >= kTocFirstLevel && h.level <= kTocLastLevel && !h.id.empty())
            top = std::min(top, h.level);
    }
    if (top > kTocLastLevel) return {};
    std::string out = open ? "<details class=\"toc\" open>" : "<details class=\"toc\">";
    out += "<summary>";
    append_escaped_html(out, label);
    out += "</summary>\n<nav aria-label=\"";
    append_escaped_html(out, label);
    out += "\">\n";
    // Every open list holds an open item; a heading two levels deeper than the one before gets
    // an item without a link of its own between them, as HTML lists need.
    int depth = 0;
    for (const TocHeading& h : headings) {
        if (h.level < kTocFirstLevel || h.level > kTocLastLevel || h.id.empty()) continue;
        const int wanted = h.level - top + 1;
        if (depth == 0) {
            out += "<ul>";
            depth = 1;
            for (; depth < wanted; ++depth) out += "<li><ul>";
        } else if (wanted > depth) {
            while (depth < wanted) {
                out += "<ul>";
                if (++depth < wanted) out += "<li>";
            }
        } else {
            for (; depth > wanted; --depth) out += "</li></ul>";
            out += "</li>\n";
        }
        out += "<li><a href=\"#" + escape_url(h.id) + "\">" + without_tags(h.inner_html) + "</a>";
    }
    for (; depth > 0; --depth) out += "</li></ul>";
    out += "\n</nav></details>\n";
    return out;
}

}  // namespace folio::html
