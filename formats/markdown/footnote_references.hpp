#pragma once

#include <cstdint>
#include <map>
#include <span>
#include <string>
#include <string_view>

#include "src/ast/article.hpp"

namespace folio {

/// The labels of an article's footnote definitions. Matching ignores ASCII case, as link
/// labels do in practice (full Unicode case folding is not done).
class FootnoteLabels {
public:
    /// Adds `label` as written; false when a label equal to it under matching is already there.
    bool add(std::string_view label);
    /// The label as first written for a reference to `label`, or nullptr when none matches.
    const std::string* find(std::string_view label) const;
    /// Whether no footnote is defined: then no text needs looking at.
    bool empty() const { return labels_.empty(); }

private:
    std::map<std::string, std::string, std::less<>> labels_;  // normalised -> as written
};

/// Appends `text` to `out`, turning each `[^label]` whose label is defined into a
/// `FootnoteReference` between `Text` nodes. `escaped` lists (ascending) the offsets in `text`
/// of `[` characters that were backslash-escaped or written as an entity: those stay text.
/// Empty `text` appends nothing.
void append_text_with_references(std::string&& text, std::span<const std::uint32_t> escaped,
                                 const FootnoteLabels& labels, Inlines& out);

}  // namespace folio
