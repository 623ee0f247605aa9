#include "src/urls/engine_slugs.hpp"

#include <cstdint>

#include "src/text/utf8.hpp"
#include "src/text/word_characters.hpp"

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

}  // namespace

std::string lowercase_utf8(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const CodePoint cp = code_point_at(text, i);
        if (cp.length == 1 && cp.value >= 0x80) out += text[i];
        else append_utf8(out, lowercase_code_point(cp.value));
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
        const bool kept = is_word_character(cp.value) ||
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
        else if (cp.value == '-' || cp.value == '_' || is_word_character(cp.value))
            out.append(lowered.substr(i, cp.length));
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
                             : is_word_character(cp.value);
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
