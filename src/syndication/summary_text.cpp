#include "src/syndication/summary_text.hpp"

#include <algorithm>
#include <cctype>
#include <variant>

namespace folio {

namespace {

// Like plain_text, but a description is read as text by every client: an inline tag such as
// `<mark>` would show up literally there, so raw HTML is left out instead of copied.
struct DescriptionVisitor {
    std::string& out;

    void operator()(const Text& node) const { out += node.text; }
    void operator()(const SoftBreak&) const { out += ' '; }
    void operator()(const HardBreak&) const { out += ' '; }
    void operator()(const Code& node) const { out += node.text; }
    void operator()(const Emphasis& node) const { visit_all(node.children); }
    void operator()(const Strong& node) const { visit_all(node.children); }
    void operator()(const Strikethrough& node) const { visit_all(node.children); }
    void operator()(const Link& node) const { visit_all(node.children); }
    void operator()(const Image& node) const { visit_all(node.alt); }
    void operator()(const RawHtml&) const {}
    void operator()(const FootnoteReference&) const {}
    void operator()(const Math& node) const { out += node.tex; }
    void operator()(const EngineInline& node) const { visit_all(node.rendered); }

    void visit_all(const Inlines& inlines) const {
        for (const Inline& node : inlines) std::visit(*this, node.node);
    }
};

std::string collapse_space(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        if (std::isspace(static_cast<unsigned char>(c))) {
            if (!out.empty() && out.back() != ' ') out += ' ';
        } else {
            out += c;
        }
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

}  // namespace

namespace {

bool is_more_marker(std::string_view html) {
    const std::size_t first = html.find_first_not_of(" \t\r\n");
    const std::size_t last = html.find_last_not_of(" \t\r\n");
    return first != std::string_view::npos && html.substr(first, last - first + 1) == "<!--more-->";
}

bool holds_more_marker(const Block& block) {
    if (const auto* html = std::get_if<HtmlBlock>(&block.node)) return is_more_marker(html->html);
    if (const auto* paragraph = std::get_if<Paragraph>(&block.node)) {
        for (const Inline& node : paragraph->children) {
            const auto* raw = std::get_if<RawHtml>(&node.node);
            if (raw != nullptr && is_more_marker(raw->html)) return true;
        }
    }
    return false;
}

std::string paragraph_text(const Paragraph& paragraph) {
    std::string text;
    DescriptionVisitor{text}.visit_all(paragraph.children);
    return collapse_space(text);
}

}  // namespace

std::string summary_text(const Article& article) {
    if (!article.meta.summary.empty()) return collapse_space(article.meta.summary);
    if (!article.meta.description.empty()) return collapse_space(article.meta.description);
    // Hugo's manual summary divider: the paragraphs before `<!--more-->`.
    const auto marker = std::find_if(article.body.begin(), article.body.end(), holds_more_marker);
    if (marker != article.body.end()) {
        std::string text;
        for (auto block = article.body.begin(); block != marker; ++block) {
            const auto* paragraph = std::get_if<Paragraph>(&block->node);
            if (paragraph == nullptr) continue;
            const std::string part = paragraph_text(*paragraph);
            if (part.empty()) continue;
            if (!text.empty()) text += ' ';
            text += part;
        }
        if (!text.empty()) return text;
    }
    for (const Block& block : article.body) {
        if (const auto* paragraph = std::get_if<Paragraph>(&block.node)) {
            // A paragraph that is only an image or a tag says nothing as text: try the next.
            if (std::string text = paragraph_text(*paragraph); !text.empty()) return text;
        }
    }
    return {};
}

}  // namespace folio
