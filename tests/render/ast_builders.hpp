#pragma once

// Short constructors for hand-built ASTs, so a test reads like the Markdown it stands for.

#include <string>
#include <utility>
#include <vector>

#include "src/ast/article.hpp"

namespace folio::test {

inline Inline text(std::string value) { return Inline{Text{std::move(value)}}; }
inline Inline soft_break() { return Inline{SoftBreak{}}; }
inline Inline hard_break() { return Inline{HardBreak{}}; }
inline Inline code(std::string value) { return Inline{Code{std::move(value)}}; }
inline Inline emphasis(Inlines children) { return Inline{Emphasis{std::move(children)}}; }
inline Inline strong(Inlines children) { return Inline{Strong{std::move(children)}}; }
inline Inline strikethrough(Inlines children) { return Inline{Strikethrough{std::move(children)}}; }
inline Inline raw_html(std::string html) { return Inline{RawHtml{std::move(html), {}}}; }
inline Inline footnote_ref(std::string label) { return Inline{FootnoteReference{std::move(label)}}; }
inline Inline link(std::string url, Inlines children, std::string title = {}) {
    return Inline{Link{std::move(url), std::move(title), std::move(children), false, {}, {}, {}}};
}
inline Inline image(std::string url, Inlines alt, std::string title = {}) {
    return Inline{Image{std::move(url), std::move(title), std::move(alt), {}, {}, {}}};
}

inline Block paragraph(Inlines children) { return Block{Paragraph{std::move(children)}, {}}; }
inline Block heading(int level, Inlines children) { return Block{Heading{level, std::move(children), false}, {}}; }
inline Block block_quote(Blocks children) { return Block{BlockQuote{std::move(children)}, {}}; }
inline Block code_block(std::string info, std::string text) {
    return Block{CodeBlock{std::move(info), std::move(text), true, '`'}, {}};
}
inline Block html_block(std::string html) { return Block{HtmlBlock{std::move(html)}, {}}; }
inline Block thematic_break() { return Block{ThematicBreak{}, {}}; }
inline ListItem item(Blocks children, Task task = Task::none) { return ListItem{std::move(children), task}; }
inline Block bullet_list(std::vector<ListItem> items, bool tight = true) {
    return Block{List{false, 1, '-', tight, std::move(items)}, {}};
}
inline Block ordered_list(int start, std::vector<ListItem> items, bool tight = true) {
    return Block{List{true, start, '.', tight, std::move(items)}, {}};
}
inline Block table(std::vector<Alignment> alignments, std::vector<Inlines> header,
                   std::vector<std::vector<Inlines>> rows) {
    return Block{Table{std::move(alignments), std::move(header), std::move(rows)}, {}};
}
inline Footnote footnote(std::string label, Blocks children) {
    return Footnote{std::move(label), std::move(children), {}};
}

}  // namespace folio::test
