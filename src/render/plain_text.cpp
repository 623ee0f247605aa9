#include "src/render/plain_text.hpp"

#include <variant>

#include "src/render/html_body.hpp"

namespace folio {
namespace {

// One arm per inline kind and no catch-all, so a new kind cannot be silently dropped.
struct PlainTextVisitor {
    std::string& out;

    void operator()(const Text& node) const { out += node.text; }
    void operator()(const SoftBreak&) const { out += ' '; }
    void operator()(const HardBreak&) const { out += ' '; }
    void operator()(const Code& node) const { out += node.text; }
    void operator()(const Emphasis& node) const { append_plain_text(out, node.children); }
    void operator()(const Strong& node) const { append_plain_text(out, node.children); }
    void operator()(const Strikethrough& node) const { append_plain_text(out, node.children); }
    void operator()(const Link& node) const { append_plain_text(out, node.children); }
    void operator()(const Image& node) const { append_plain_text(out, node.alt); }
    // cmark keeps a tag's source text in alt attributes; escaping makes it harmless there.
    void operator()(const RawHtml& node) const { out += node.html; }
    // A note marker means nothing outside the page's footnote section.
    void operator()(const FootnoteReference&) const {}
    // The TeX is what a reader without MathML can still read.
    void operator()(const Math& node) const { out += node.tex; }
    void operator()(const EngineInline& node) const { append_plain_text(out, node.rendered); }
};

}  // namespace

void append_plain_text(std::string& out, const Inlines& inlines) {
    const PlainTextVisitor visitor{out};
    for (const Inline& node : inlines) std::visit(visitor, node.node);
}

std::string plain_text(const Inlines& inlines) {
    std::string out;
    append_plain_text(out, inlines);
    return out;
}

}  // namespace folio
