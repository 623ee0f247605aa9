#include "src/syndication/summary_text.hpp"

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

std::string summary_text(const Article& article) {
    if (!article.meta.summary.empty()) return collapse_space(article.meta.summary);
    for (const Block& block : article.body) {
        if (const auto* paragraph = std::get_if<Paragraph>(&block.node)) {
            std::string text;
            DescriptionVisitor{text}.visit_all(paragraph->children);
            text = collapse_space(text);
            // A paragraph that is only an image or a tag says nothing as text: try the next.
            if (!text.empty()) return text;
        }
    }
    return {};
}

}  // namespace folio
