#include "src/urls/engine_slugs.hpp"

#include <cstdint>

#include "src/text/utf8.hpp"

namespace folio {

namespace {

// One UTF-8 code point at `text[i]`: its value and its length (1 for a stray byte).
struct CodePoint {
    std::uint32_t value = 0;
    std::size_t length = 1;
};

CodePoint code_point_at(std::string_view text, std::size_t i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    std::size_t length = 1;
    std::uint32_t value = byte;
    if (byte >= 0xF0) length = 4, value = byte & 0x07;
    else if (byte >= 0xE0) length = 3, value = byte & 0x0F;
    else if (byte >= 0xC0) length = 2, value = byte & 0x1F;
    else return {byte, 1};
    if (i + length > text.size()) return {byte, 1};
    for (std::size_t k = 1; k < length; ++k) {
        const auto next = static_cast<unsigned char>(text[i + k]);
        if ((next & 0xC0) != 0x80) return {byte, 1};
        value = (value << 6) | (next & 0x3F);
    }
    return {value, length};
}

bool is_ascii_alnum(std::uint32_t cp) {
    return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
}

// Non-ASCII code points that are punctuation, symbols or spaces rather than letters: the
// blocks a blog title actually uses (dashes, quotes, ellipses, arrows, CJK punctuation,
// emoji). Everything else above ASCII is taken as a letter, mark or digit.
bool is_non_ascii_separator(std::uint32_t cp) {
    return (cp >= 0x80 && cp <= 0xBF) || cp == 0xD7 || cp == 0xF7 ||
           (cp >= 0x2000 && cp <= 0x2BFF) || (cp >= 0x3000 && cp <= 0x303F) ||
           (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF0F) ||
           (cp >= 0x1F000 && cp <= 0x1FAFF);
}

bool is_letter_or_digit(std::uint32_t cp) {
    return cp < 0x80 ? is_ascii_alnum(cp) : !is_non_ascii_separator(cp);
}

std::uint32_t lowercase(std::uint32_t cp) {
    if (cp >= 'A' && cp <= 'Z') return cp + 32;
    if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 32;
    if (cp >= 0x100 && cp <= 0x17F && cp != 0x130 && cp != 0x131 && cp != 0x138 && cp != 0x149 &&
        cp != 0x17F) {
        // Latin Extended-A pairs capital/small as even/odd, except 0x139–0x148 and 0x179–0x17E
        // which pair odd/even.
        const bool odd_capitals = (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E);
        if (odd_capitals) return (cp % 2 == 1) ? cp + 1 : cp;
        if (cp == 0x178) return 0xFF;
        return (cp % 2 == 0) ? cp + 1 : cp;
    }
    if (cp >= 0x391 && cp <= 0x3A9 && cp != 0x3A2) return cp + 32;
    if (cp >= 0x410 && cp <= 0x42F) return cp + 32;
    if (cp >= 0x400 && cp <= 0x40F) return cp + 80;
    return cp;
}

}  // namespace

std::string lowercase_utf8(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const CodePoint cp = code_point_at(text, i);
        if (cp.length == 1 && cp.value >= 0x80) out += text[i];
        else append_utf8(out, static_cast<char32_t>(lowercase(cp.value)));
        i += cp.length;
    }
    return out;
}

std::string jekyll_slugify(std::string_view text, JekyllSlugMode mode, bool cased) {
    constexpr std::string_view kPrettyKept = "._~!$&'()+,;=@";
    std::string slug;
    bool in_separator = false;
    for (std::size_t i = 0; i < text.size();) {
        const CodePoint cp = code_point_at(text, i);
        const bool kept = is_letter_or_digit(cp.value) ||
                          (mode == JekyllSlugMode::pretty && cp.value < 0x80 &&
                           kPrettyKept.find(static_cast<char>(cp.value)) != std::string_view::npos);
        if (kept) {
            slug.append(text.substr(i, cp.length));
            in_separator = false;
        } else if (!in_separator) {
            slug += '-';
            in_separator = true;
        }
        i += cp.length;
    }
    // Jekyll removes one hyphen at each end (`gsub!(/^-|-$/i, "")`): the regexp replaced runs
    // by single hyphens first, so one is all there can be.
    if (!slug.empty() && slug.front() == '-') slug.erase(0, 1);
    if (!slug.empty() && slug.back() == '-') slug.pop_back();
    return cased ? slug : lowercase_utf8(slug);
}

std::string github_slug(std::string_view text) {
    std::string out;
    const std::string lowered = lowercase_utf8(text);
    for (std::size_t i = 0; i < lowered.size();) {
        const CodePoint cp = code_point_at(lowered, i);
        if (cp.value == ' ') out += '-';
        else if (cp.value == '-' || cp.value == '_' || is_letter_or_digit(cp.value)) out.append(lowered.substr(i, cp.length));
        i += cp.length;
    }
    return out;
}

std::string hugo_urlize(std::string_view text) {
    constexpr std::string_view kKept = "./\\_#+~-@";
    auto is_hex = [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    };
    std::string out;
    bool was_hyphen = false;
    for (std::size_t i = 0; i < text.size();) {
        const CodePoint cp = code_point_at(text, i);
        const bool ascii = cp.value < 0x80;
        const char c = static_cast<char>(cp.value);
        bool allowed = ascii ? (is_ascii_alnum(cp.value) || kKept.find(c) != std::string_view::npos)
                             : is_letter_or_digit(cp.value);
        allowed = allowed || (c == '%' && i + 2 < text.size() && is_hex(text[i + 1]) &&
                              is_hex(text[i + 2]));
        const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
                           c == '\v' || cp.value == 0xA0 || cp.value == 0x3000 ||
                           (cp.value >= 0x2000 && cp.value <= 0x200A);
        if (allowed) {
            was_hyphen = ascii && c == '-';
            out.append(text.substr(i, cp.length));
        } else if (!was_hyphen && space) {
            was_hyphen = true;
            out += '-';
        }
        i += cp.length;
    }
    return lowercase_utf8(out);
}

}  // namespace folio
