#include "formats/html/html_inline_rules.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace folio {

namespace {

// CommonMark's names of HTML blocks of kind 6.
constexpr std::array<std::string_view, 62> kBlockNames{
    "address", "article", "aside", "base", "basefont", "blockquote", "body", "caption", "center",
    "col", "colgroup", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset",
    "figcaption", "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5",
    "h6", "head", "header", "hr", "html", "iframe", "legend", "li", "link", "main", "menu",
    "menuitem", "nav", "noframes", "ol", "optgroup", "option", "p", "param", "section",
    "source", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "track",
    "ul"};

}  // namespace

void append_text(Inlines& out, std::string_view text) {
    if (text.empty()) return;
    if (!out.empty()) {
        if (auto* last = std::get_if<Text>(&out.back().node)) {
            last->text += text;
            return;
        }
    }
    out.push_back(Inline{Text{std::string(text)}});
}

void trim_end(Inlines& inlines, bool nbsp) {
    while (!inlines.empty()) {
        Inline& last = inlines.back();
        if (auto* text = std::get_if<Text>(&last.node)) {
            std::string& s = text->text;
            for (;;) {
                if (!s.empty() && s.back() == ' ') s.pop_back();
                else if (nbsp && s.ends_with("\xC2\xA0")) s.resize(s.size() - 2);
                else break;
            }
            if (!s.empty()) return;
            inlines.pop_back();
        } else if (std::holds_alternative<HardBreak>(last.node) ||
                   std::holds_alternative<SoftBreak>(last.node)) {
            inlines.pop_back();
        } else {
            return;
        }
    }
}

Inlines* children_of_inline(Inline& i) {
    if (auto* e = std::get_if<Emphasis>(&i.node)) return &e->children;
    if (auto* st = std::get_if<Strong>(&i.node)) return &st->children;
    if (auto* d = std::get_if<Strikethrough>(&i.node)) return &d->children;
    if (auto* l = std::get_if<Link>(&i.node)) return &l->children;
    return nullptr;
}

void keep_breaks_before_block_tags(Inlines& inlines) {
    for (std::size_t i = 0; i < inlines.size(); ++i) {
        if (Inlines* inner = children_of_inline(inlines[i])) keep_breaks_before_block_tags(*inner);
        if (!std::holds_alternative<HardBreak>(inlines[i].node) || i + 1 >= inlines.size()) continue;
        const auto* next = std::get_if<RawHtml>(&inlines[i + 1].node);
        if (!next || !opens_commonmark_block(next->html)) continue;
        std::string html = "<br>" + next->html;
        const SourcePos at = next->at;
        inlines.erase(inlines.begin() + static_cast<std::ptrdiff_t>(i) + 1);
        if (i > 0) {
            if (auto* before = std::get_if<RawHtml>(&inlines[i - 1].node)) {
                before->html += html;
                inlines.erase(inlines.begin() + static_cast<std::ptrdiff_t>(i));
                --i;
                continue;
            }
        }
        inlines[i] = Inline{RawHtml{std::move(html), at}};
    }
}

void breaks_to_spaces(Inlines& inlines) {
    Inlines out;
    for (Inline& i : inlines) {
        if (Inlines* inner = children_of_inline(i)) breaks_to_spaces(*inner);
        if (std::holds_alternative<HardBreak>(i.node)) append_text(out, " ");
        else if (const auto* t = std::get_if<Text>(&i.node)) append_text(out, t->text);
        else out.push_back(std::move(i));
    }
    inlines = std::move(out);
}

bool opens_commonmark_block(std::string_view html) {
    if (html.starts_with("<!--") || html.starts_with("<?") || html.starts_with("<![CDATA[")) return true;
    if (html.size() > 2 && html[0] == '<' && html[1] == '!' && html[2] >= 'A' && html[2] <= 'Z') return true;
    if (!html.starts_with('<')) return false;
    std::size_t i = 1;
    const bool closing = i < html.size() && html[i] == '/';
    if (closing) ++i;
    const std::size_t name_start = i;
    while (i < html.size() && std::isalnum(static_cast<unsigned char>(html[i]))) ++i;
    std::string name(html.substr(name_start, i - name_start));
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (!closing && (name.starts_with("script") || name.starts_with("pre") || name.starts_with("style")))
        return true;
    const bool ends = i == html.size() || html[i] == ' ' || html[i] == '\t' || html[i] == '\n' ||
                      html[i] == '>' || html.substr(i).starts_with("/>");
    return ends && std::find(kBlockNames.begin(), kBlockNames.end(), name) != kBlockNames.end();
}

}  // namespace folio
