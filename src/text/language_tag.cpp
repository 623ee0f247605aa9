#include "src/text/language_tag.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace folio {

std::string language_tag(std::string_view text) {
    if (!language_tag_problem(text).empty()) return {};
    std::string tag(text);
    std::replace(tag.begin(), tag.end(), '_', '-');
    return tag;
}

std::string language_tag_problem(std::string_view text) {
    if (text.empty()) return "it is empty";
    std::size_t run = 0;  // characters in the current subtag
    bool first = true;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '-' || c == '_') {
            if (run == 0) return "it has an empty subtag (two dashes, or one at the start)";
            run = 0;
            first = false;
        } else if (std::isalpha(byte) || (!first && std::isdigit(byte))) {
            if (++run > 8) return "a subtag is longer than 8 characters";
        } else if (c == ' ') {
            return "it contains a space";
        } else if (std::isdigit(byte)) {
            return "the language subtag has a digit";
        } else {
            return std::string("it contains '") + c + "'";
        }
    }
    if (run == 0) return "it ends with a dash";
    return {};
}

namespace {

bool equal_ignoring_case(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) ==
                      std::tolower(static_cast<unsigned char>(y));
           });
}

bool is_one_of(std::string_view subtag, const auto& list) {
    return std::any_of(list.begin(), list.end(),
                       [subtag](std::string_view item) { return equal_ignoring_case(subtag, item); });
}

}  // namespace

bool is_right_to_left(std::string_view tag) {
    // Languages whose usual script runs right to left (CLDR's characterOrder), and the
    // right-to-left scripts of ISO 15924 that a tag may name for any language.
    static constexpr std::array<std::string_view, 20> kLanguages = {
        "ar", "fa", "he", "iw", "ur", "ps", "yi", "ji", "dv", "sd",
        "ug", "ckb", "syr", "arc", "ks", "prs", "pnb", "mzn", "glk", "lrc"};
    static constexpr std::array<std::string_view, 9> kRtlScripts = {
        "Arab", "Hebr", "Thaa", "Syrc", "Nkoo", "Adlm", "Rohg", "Samr", "Mand"};
    bool right_to_left = false;
    bool first = true;
    std::size_t start = 0;
    while (start <= tag.size()) {
        std::size_t end = tag.find_first_of("-_", start);
        if (end == std::string_view::npos) end = tag.size();
        const std::string_view subtag = tag.substr(start, end - start);
        // Private use (`x-...`) says nothing about the script.
        if (!first && subtag.size() == 1) break;
        if (first) {
            right_to_left = is_one_of(subtag, kLanguages);
            first = false;
        } else if (subtag.size() == 4 && std::isalpha(static_cast<unsigned char>(subtag[0]))) {
            // A script subtag decides, whatever the language's usual script.
            return is_one_of(subtag, kRtlScripts);
        }
        start = end + 1;
    }
    return right_to_left;
}

}  // namespace folio
