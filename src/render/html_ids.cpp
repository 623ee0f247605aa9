#include "src/render/html_ids.hpp"

#include "src/text/utf8.hpp"

namespace folio {
namespace {

// JavaScript's toLowerCase for the scripts blog headings are written in (Latin, Greek,
// Cyrillic); other scripts have no case or are left as they are.
char32_t to_lower(char32_t c) {
    if (c >= 'A' && c <= 'Z') return c + 32;
    if (c < 0x80) return c;
    if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;
    if (c == 0x178) return 0xFF;
    if (c >= 0x100 && c <= 0x137 && c != 0x130) return c | 1;
    if (c >= 0x139 && c <= 0x148) return (c & 1) ? c + 1 : c;
    if (c >= 0x14A && c <= 0x177) return c | 1;
    if (c >= 0x179 && c <= 0x17E) return (c & 1) ? c + 1 : c;
    if (c == 0x386) return 0x3AC;
    if (c >= 0x388 && c <= 0x38A) return c + 37;
    if (c == 0x38C) return 0x3CC;
    if (c == 0x38E || c == 0x38F) return c + 63;
    if (c >= 0x391 && c <= 0x3AB && c != 0x3A2) return c + 32;
    if (c >= 0x400 && c <= 0x40F) return c + 80;
    if (c >= 0x410 && c <= 0x42F) return c + 32;
    return c;
}

// github-slugger removes controls, punctuation and symbols but keeps `-`, `_`, spaces and
// letters. Outside ASCII this covers the blocks that hold only punctuation or symbols
// (quotes, dashes, arrows, emoji); a letter is never dropped.
bool dropped_from_slug(char32_t c) {
    if (c < 0x80) {
        const bool keep = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || c == '-' || c == '_' || c == ' ';
        return !keep;
    }
    if (c <= 0xBF) return c != 0xAA && c != 0xB5 && c != 0xBA;
    if (c == 0xD7 || c == 0xF7) return true;
    return (c >= 0x2000 && c <= 0x206F) ||  // general punctuation: dashes, quotes, spaces
           (c >= 0x20A0 && c <= 0x20CF) ||  // currency symbols
           (c >= 0x2190 && c <= 0x2BFF) ||  // arrows, maths, technical, shapes, dingbats
           (c >= 0x3000 && c <= 0x303F) ||  // CJK punctuation
           (c >= 0xFE00 && c <= 0xFE0F) ||  // variation selectors (emoji presentation)
           c == 0xFEFF || c == 0xFFFD ||
           (c >= 0x1F000 && c <= 0x1FAFF);  // emoji and pictographs
}

}  // namespace

std::string github_heading_slug(std::string_view text) {
    std::string slug;
    slug.reserve(text.size());
    std::size_t pos = 0;
    while (pos < text.size()) {
        const char32_t c = to_lower(next_code_point(text, pos));
        if (dropped_from_slug(c)) continue;
        append_utf8(slug, c == ' ' ? U'-' : c);
    }
    return slug;
}

std::string footnote_id_label(std::string_view label) {
    std::string id;
    id.reserve(label.size());
    for (const char ch : label) {
        const auto byte = static_cast<unsigned char>(ch);
        const bool keep = (byte >= '0' && byte <= '9') || (byte >= 'a' && byte <= 'z') ||
                          (byte >= 'A' && byte <= 'Z') || byte == '-' || byte == '_' ||
                          byte == '.' || byte >= 0x80;
        id += keep ? ch : '-';
    }
    return id;
}

std::string IdRegistry::claim(const std::string& base) {
    const auto [found, inserted] = taken_.try_emplace(base, 0);
    if (inserted) return base;
    // github-slugger counts per base and skips candidates already taken by a literal heading
    // (`Foo`, `Foo 1`, `Foo` → `foo`, `foo-1`, `foo-2`). The count is written back afterwards
    // because inserting candidates may rehash and invalidate `found`.
    int suffix = found->second;
    std::string candidate;
    do {
        candidate = base + '-' + std::to_string(++suffix);
    } while (!taken_.try_emplace(candidate, 0).second);
    taken_[base] = suffix;
    return candidate;
}

}  // namespace folio
