#include "formats/epub/chapter_raw_html.hpp"

#include <algorithm>
#include <array>

#include "src/render/html_tags.hpp"

namespace folio::epub {

namespace {

/// Elements whose end tag HTML lets the author leave out.
bool may_end_by_itself(std::string_view name) {
    static constexpr std::array<std::string_view, 15> kOptional = {
        "p",     "li",    "dt",    "dd", "tr", "td", "th", "thead", "tbody",
        "tfoot", "option", "optgroup", "rt", "rp", "colgroup"};
    return std::find(kOptional.begin(), kOptional.end(), name) != kOptional.end();
}

/// Inline elements whose start and end tags may be converted apart.
bool is_phrasing(std::string_view name) {
    static constexpr std::array<std::string_view, 24> kPhrasing = {
        "a",    "abbr", "b",     "bdi",  "bdo",  "cite", "code", "data",
        "del",  "dfn",  "em",    "i",    "ins",  "kbd",  "mark", "q",
        "s",    "samp", "small", "span", "strong", "sub", "sup", "u"};
    return std::find(kPhrasing.begin(), kPhrasing.end(), name) != kPhrasing.end();
}

/// Containers a block may open for Markdown that follows (`<div class="note">`, `<details>`),
/// whose end tag comes in a later block.
bool is_flow_container(std::string_view name) {
    static constexpr std::array<std::string_view, 11> kContainers = {
        "div", "details", "section", "article", "aside", "figure", "blockquote", "main",
        "header", "footer", "nav"};
    return std::find(kContainers.begin(), kContainers.end(), name) != kContainers.end();
}

/// The elements `html` leaves open (those that may end by themselves aside), outermost first;
/// false when an end tag closes nothing it opened.
bool left_open(std::string_view html, std::vector<std::string>& open) {
    for (const HtmlTag& tag : scan_html_tags(html)) {
        if (!tag.closing) {
            if (!tag.self_closing && !is_void_element(tag.name)) open.push_back(tag.name);
            continue;
        }
        const auto found = std::find(open.rbegin(), open.rend(), tag.name);
        if (found == open.rend()) return false;
        for (auto it = open.rbegin(); it != found; ++it) {
            if (!may_end_by_itself(*it)) return false;
        }
        open.erase(std::next(found).base(), open.end());
    }
    std::erase_if(open, may_end_by_itself);
    return true;
}

}  // namespace

bool tags_nest(std::string_view xhtml) {
    std::vector<std::string_view> open;
    open.reserve(16);
    std::size_t i = 0;
    while ((i = xhtml.find('<', i)) != std::string_view::npos) {
        const std::string_view rest = xhtml.substr(i);
        if (rest.starts_with("<!--")) {
            const std::size_t end = xhtml.find("-->", i + 4);
            if (end == std::string_view::npos) return false;
            i = end + 3;
            continue;
        }
        if (rest.starts_with("<!") || rest.starts_with("<?")) {
            const std::size_t end = xhtml.find('>', i);
            if (end == std::string_view::npos) return false;
            i = end + 1;
            continue;
        }
        const bool closing = rest.size() > 1 && rest[1] == '/';
        const std::size_t name_from = i + (closing ? 2 : 1);
        std::size_t j = name_from;
        while (j < xhtml.size() && xhtml[j] != ' ' && xhtml[j] != '>' && xhtml[j] != '/' &&
               xhtml[j] != '\n' && xhtml[j] != '\t')
            ++j;
        const std::string_view name = xhtml.substr(name_from, j - name_from);
        if (name.empty()) return false;
        // The tag ends at the first `>` outside a quoted value.
        char quote = 0;
        for (; j < xhtml.size(); ++j) {
            const char c = xhtml[j];
            if (quote != 0) {
                if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                break;
            }
        }
        if (j >= xhtml.size()) return false;
        if (closing) {
            if (open.empty() || open.back() != name) return false;
            open.pop_back();
        } else if (xhtml[j - 1] != '/') {
            open.push_back(name);
        }
        i = j + 1;
    }
    return open.empty();
}

bool holds_its_elements(std::string_view html) {
    std::vector<std::string> open;
    return left_open(html, open) && open.empty();
}

std::string ChapterRawHtml::convert(std::string_view html, bool is_block) {
    if (repair_) return std::string(html);
    if (!is_block) return convert_inline(html);
    std::vector<std::string> open;
    if (left_open(html, open)) {
        if (open.empty()) return html_to_xhtml(html, dropped_, rewrites_);
        return convert_opening_block(html, open);
    }
    return convert_closing_block(html);
}

std::string ChapterRawHtml::convert_opening_block(std::string_view html,
                                                  const std::vector<std::string>& open) {
    // Converted with its end tags added, which are then taken off again: `<div class="x">`
    // stays open for the Markdown that follows, up to the block that closes it.
    std::string closers;
    for (auto it = open.rbegin(); it != open.rend(); ++it) {
        if (!is_flow_container(*it)) {
            repair_ = true;
            return std::string(html);
        }
        closers += "</" + *it + ">";
    }
    std::string xhtml = html_to_xhtml(std::string(html) + closers, dropped_, rewrites_);
    // What follows the last element (its line break) comes after the added end tags.
    std::string tail;
    while (!xhtml.empty() && (xhtml.back() == '\n' || xhtml.back() == ' ')) {
        tail.insert(tail.begin(), xhtml.back());
        xhtml.pop_back();
    }
    if (!xhtml.ends_with(closers)) {
        repair_ = true;
        return std::string(html);
    }
    xhtml.resize(xhtml.size() - closers.size());
    for (const std::string& name : open) open_.push_back(name);
    check_ = true;
    return xhtml + tail;
}

std::string ChapterRawHtml::convert_closing_block(std::string_view html) {
    // Only end tags (and white space): they close what earlier blocks opened, innermost first.
    std::string out;
    std::size_t at = 0;
    for (const HtmlTag& tag : scan_html_tags(html)) {
        const std::string_view between = html.substr(at, tag.begin - at);
        const bool blank = std::all_of(between.begin(), between.end(),
                                       [](char c) { return c == ' ' || c == '\n' || c == '\t'; });
        if (!tag.closing || !blank || open_.empty() || open_.back() != tag.name) {
            repair_ = true;
            return std::string(html);
        }
        out += between;
        out += "</" + tag.name + ">";
        open_.pop_back();
        at = tag.end;
    }
    const std::string_view rest = html.substr(at);
    if (out.empty() || !std::all_of(rest.begin(), rest.end(), [](char c) {
            return c == ' ' || c == '\n' || c == '\t';
        })) {
        repair_ = true;
        return std::string(html);
    }
    check_ = true;
    return out + std::string(rest);
}

std::string ChapterRawHtml::convert_inline(std::string_view html) {
    if (html.starts_with("<!--")) return {};  // comments are no content
    const std::vector<HtmlTag> tags = scan_html_tags(html);
    if (tags.size() != 1 || tags.front().begin != 0 || tags.front().end != html.size()) {
        repair_ = true;
        return std::string(html);
    }
    const HtmlTag& tag = tags.front();
    // The commonest inline tags, bare (`<kbd>`, `<sup>`, `<br>`), need no parser.
    if (!tag.closing && tag.attributes.empty() && tag.name != "a") {
        if (tag.name == "br" || tag.name == "wbr") return "<" + tag.name + "/>";
        if (is_phrasing(tag.name) && !tag.self_closing) {
            open_.push_back(tag.name);
            check_ = true;
            return "<" + tag.name + ">";
        }
    }
    if (tag.closing) {
        if (open_.empty() || open_.back() != tag.name) {
            repair_ = true;
            return std::string(html);
        }
        open_.pop_back();
        return "</" + tag.name + ">";
    }
    if (is_void_element(tag.name)) return html_to_xhtml(html, dropped_, rewrites_);
    if (!is_phrasing(tag.name) || tag.self_closing) {
        repair_ = true;
        return std::string(html);
    }
    // The start tag converted as an empty element, whose `<x .../>` becomes `<x ...>`.
    std::string xhtml = html_to_xhtml(std::string(html) + "</" + tag.name + ">", dropped_, rewrites_);
    if (!xhtml.starts_with("<" + tag.name) || !xhtml.ends_with("/>") ||
        std::count(xhtml.begin(), xhtml.end(), '<') != 1) {
        repair_ = true;
        return std::string(html);
    }
    xhtml.replace(xhtml.size() - 2, 2, ">");
    open_.push_back(tag.name);
    check_ = true;
    return xhtml;
}

}  // namespace folio::epub
