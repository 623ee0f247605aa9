#include "formats/markdown/footnote_references.hpp"

#include <algorithm>

namespace folio {

namespace {

std::string normalise(std::string_view label) {
    std::string key(label);
    for (char& c : key) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return key;
}

bool is_label_byte(char c) { return c != ']' && c != '[' && c != ' ' && c != '\t' && c != '\n'; }

}  // namespace

bool FootnoteLabels::add(std::string_view label) {
    return labels_.emplace(normalise(label), std::string(label)).second;
}

const std::string* FootnoteLabels::find(std::string_view label) const {
    const auto it = labels_.find(normalise(label));
    return it == labels_.end() ? nullptr : &it->second;
}

void append_text_with_references(std::string&& text, std::span<const std::uint32_t> escaped,
                                 const FootnoteLabels& labels, Inlines& out) {
    if (text.empty()) return;
    std::size_t copied = 0;  // text before this offset is already in `out`
    if (!labels.empty()) {
        for (std::size_t at = text.find("[^"); at != std::string::npos;
             at = text.find("[^", at + 1)) {
            if (std::binary_search(escaped.begin(), escaped.end(), static_cast<std::uint32_t>(at)))
                continue;
            std::size_t end = at + 2;
            while (end < text.size() && is_label_byte(text[end])) ++end;
            if (end == at + 2 || end >= text.size() || text[end] != ']') continue;
            const std::string* label =
                labels.find(std::string_view(text).substr(at + 2, end - at - 2));
            if (label == nullptr) continue;
            if (at > copied) out.emplace_back(Text{text.substr(copied, at - copied)});
            out.emplace_back(FootnoteReference{*label});
            copied = end + 1;
            at = end;
        }
    }
    if (copied == 0) {
        out.emplace_back(Text{std::move(text)});
    } else if (copied < text.size()) {
        out.emplace_back(Text{text.substr(copied)});
    }
}

}  // namespace folio
