#pragma once

// Shared by the Markdown reader tests: read a whole file as a body and pick nodes out of it.

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <variant>

#include "formats/markdown/markdown_reader.hpp"

namespace folio::test {

/// A read body together with the diagnostics it produced.
struct Read {
    Body body;
    Diagnostics diagnostics;
};

/// Reads `text` as the body of `a.md`, whole file.
inline Read read_markdown(std::string_view text) {
    Read r;
    const SourceText source("a.md", text);
    r.body = read_markdown_body(source, 0, source.text().size(), r.diagnostics);
    return r;
}

/// The node of kind `T` in `block`; fails the test (and returns a static empty one) otherwise.
template <typename T, typename Node>
const T& as(const Node& node) {
    static const T empty{};
    const T* p = std::get_if<T>(&node.node);
    EXPECT_NE(p, nullptr) << "unexpected node kind, variant index " << node.node.index();
    return p != nullptr ? *p : empty;
}

inline Inline text(std::string s) { return Inline{Text{std::move(s)}}; }

/// A paragraph block (positions take no part in `==`).
inline Block paragraph_block(Inlines children) { return Block{Paragraph{std::move(children)}, {}}; }

}  // namespace folio::test
