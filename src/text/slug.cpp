#include "src/text/slug.hpp"

#include <algorithm>

#include "src/text/transliteration_table.hpp"
#include "src/text/utf8.hpp"
#include "src/text/word_characters.hpp"

namespace folio {

namespace {

// Characters that belong inside a word and so must not split it: apostrophes (`café’s` is one
// word, `cafes`, not `cafe-s`), combining accents of decomposed text, soft hyphens and
// zero-width joiners, none of which a reader sees as a break.
bool is_dropped(char32_t code_point) {
    switch (code_point) {
        case U'\'':
        case 0x2019:  // ’ right single quotation mark, the typographic apostrophe
        case 0x02BC:  // ʼ modifier letter apostrophe
        case 0x00AD:  // soft hyphen
        case 0x200B:  // zero width space
        case 0x200C:  // zero width non-joiner
        case 0x200D:  // zero width joiner
        case 0x2060:  // word joiner
        case 0xFEFF:  // zero width no-break space
            return true;
    }
    return code_point >= 0x0300 && code_point <= 0x036F;
}

// Lowercase ASCII for a letter or digit, empty for everything that separates words.
std::string_view ascii_spelling(char32_t code_point, char& ascii_buffer) {
    if ((code_point >= U'a' && code_point <= U'z') || (code_point >= U'0' && code_point <= U'9')) {
        ascii_buffer = static_cast<char>(code_point);
        return {&ascii_buffer, 1};
    }
    if (code_point >= U'A' && code_point <= U'Z') {
        ascii_buffer = static_cast<char>(code_point - U'A' + U'a');
        return {&ascii_buffer, 1};
    }
    const auto it = std::lower_bound(
        transliteration_table.begin(), transliteration_table.end(), code_point,
        [](const Transliteration& entry, char32_t wanted) { return entry.code_point < wanted; });
    if (it == transliteration_table.end() || it->code_point != code_point) return {};
    return it->ascii;
}

bool is_combining_mark(char32_t code_point) {
    return code_point >= 0x0300 && code_point <= 0x036F;
}

// The slug of `text`; with `keep_scripts`, letters with no ASCII spelling are kept.
std::string make_slug(std::string_view text, bool keep_scripts) {
    std::string slug;
    bool separator_pending = false;
    bool after_kept_letter = false;  // a combining mark belongs to it, not to a Latin letter
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t start = pos;
        const char32_t code_point = next_code_point(text, pos);
        // next_code_point gives U+FFFD for a byte that is not UTF-8; a U+FFFD written in the
        // text is one too, and neither is a letter.
        const bool invalid = code_point == 0xFFFD;
        if (keep_scripts && after_kept_letter && is_combining_mark(code_point)) {
            slug.append(text.substr(start, pos - start));
            continue;
        }
        if (is_dropped(code_point)) continue;
        char ascii_buffer = 0;
        std::string_view spelling = ascii_spelling(code_point, ascii_buffer);
        std::string kept;
        if (spelling.empty() && keep_scripts && !invalid && is_non_ascii_word_character(code_point)) {
            append_utf8(kept, lowercase_code_point(code_point));
            spelling = kept;
        }
        if (spelling.empty()) {
            separator_pending = true;
            after_kept_letter = false;
            continue;
        }
        // Only a separator between two words becomes a hyphen: none at either end.
        if (separator_pending && !slug.empty()) slug += '-';
        separator_pending = false;
        after_kept_letter = !kept.empty();
        slug += spelling;
    }
    return slug;
}

// `slug` cut to `kMaxSlugBytes` at a character boundary, without a hyphen at its end.
void bound_length(std::string& slug) {
    if (slug.size() <= kMaxSlugBytes) return;
    std::size_t end = kMaxSlugBytes;
    while (end > 0 && (static_cast<unsigned char>(slug[end]) & 0xC0) == 0x80) --end;
    slug.resize(end);
    while (!slug.empty() && slug.back() == '-') slug.pop_back();
}

}  // namespace

std::string unicode_slug(std::string_view text) {
    std::string slug = make_slug(text, true);
    bound_length(slug);
    return slug;
}

std::string slugify(std::string_view text) { return make_slug(text, false); }

}  // namespace folio
