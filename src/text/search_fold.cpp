#include "src/text/search_fold.hpp"

#include <algorithm>

#include "src/text/search_fold_table.hpp"
#include "src/text/utf8.hpp"
#include "src/text/word_characters.hpp"

namespace folio {

namespace {

// Unicode's Hangul syllables decompose by a formula (chapter 3.12) rather than by a table.
constexpr char32_t kHangulFirst = 0xAC00;
constexpr char32_t kHangulLast = 0xD7A3;

void append_hangul_jamo(std::string& out, char32_t syllable) {
    const char32_t index = syllable - kHangulFirst;
    append_utf8(out, 0x1100 + index / 588);
    append_utf8(out, 0x1161 + (index % 588) / 28);
    if (index % 28 != 0) append_utf8(out, 0x11A7 + index % 28);
}

}  // namespace

std::string fold_for_search(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t at = 0;
    while (at < text.size()) {
        const auto byte = static_cast<unsigned char>(text[at]);
        if (byte < 0x80) {
            out += static_cast<char>(byte >= 'A' && byte <= 'Z' ? byte + 32 : byte);
            ++at;
            continue;
        }
        const char32_t code_point = next_code_point(text, at);
        if (code_point >= kHangulFirst && code_point <= kHangulLast) {
            append_hangul_jamo(out, code_point);
            continue;
        }
        const auto found = std::lower_bound(
            search_folding_table.begin(), search_folding_table.end(), code_point,
            [](const SearchFolding& entry, char32_t wanted) { return entry.code_point < wanted; });
        if (found != search_folding_table.end() && found->code_point == code_point) {
            out += found->folded;
        } else {
            append_utf8(out, code_point);
        }
    }
    return out;
}

bool is_unspaced_letter(char32_t cp) {
    return (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
           (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
           (cp >= 0x20000 && cp <= 0x3FFFF);
}

void for_each_search_word(std::string_view folded,
                          const std::function<void(std::string_view)>& add) {
    // Where the current word began, and the starts of the last two characters of a run of
    // Chinese or Japanese (npos outside one).
    std::size_t start = 0;
    std::size_t previous = std::string_view::npos;
    std::size_t at = 0;
    const auto end_run = [&](std::size_t end) {
        if (previous != std::string_view::npos) add(folded.substr(previous, end - previous));
        previous = std::string_view::npos;
    };
    while (at < folded.size()) {
        const std::size_t here = at;
        const char32_t code_point = next_code_point(folded, at);
        if (!is_word_character(code_point)) {
            end_run(here);
            if (here > start) add(folded.substr(start, here - start));
            start = at;
            continue;
        }
        if (is_unspaced_letter(code_point)) {
            if (here > start) add(folded.substr(start, here - start));
            if (previous != std::string_view::npos) add(folded.substr(previous, at - previous));
            previous = here;
            start = at;
        } else if (previous != std::string_view::npos) {
            end_run(here);
            start = here;
        }
    }
    end_run(folded.size());
    if (folded.size() > start) add(folded.substr(start));
}

std::string_view search_word_key(std::string_view word) {
    std::size_t at = 0;
    const char32_t first = word.empty() ? 0 : next_code_point(word, at);
    if (!is_unspaced_letter(first) && at < word.size()) next_code_point(word, at);
    return word.substr(0, std::min(at, word.size()));
}

}  // namespace folio
