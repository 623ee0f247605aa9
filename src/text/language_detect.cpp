#include "text/language_detect.hpp"

#include <array>
#include <cctype>
#include <string>
#include <unordered_map>

namespace folio {

namespace {

struct LanguageWords {
    const char* tag;
    std::array<const char*, 24> words;
};

// Words frequent in one language and rare in the others. Words two languages share with
// different meanings (`de` in Dutch, Spanish and French, `in`, `die`, `en`) are left out: they
// would only add noise to both counts.
constexpr std::array<LanguageWords, 5> kLanguages = {{
    {"nl",
     {"het", "een", "van", "niet", "ook", "maar", "wat", "zijn", "voor",  "bij", "naar", "wordt",
      "dat", "je",  "ik",  "we",   "zo",  "nog",  "uit", "deze", "heeft", "kan", "dan",  "over"}},
    {"en",
     {"the", "and", "of",  "to", "is",   "that", "it",   "with",  "for",  "this", "you",  "are",
      "was", "not", "but", "be", "have", "on",   "they", "which", "from", "what", "when", "your"}},
    {"de",
     {"der",  "und", "ist", "nicht", "das", "zu",   "den",  "mit",  "sich", "auf",  "ein", "eine",
      "auch", "es",  "dem", "ich",   "wir", "sind", "wird", "oder", "aber", "noch", "wie", "bei"}},
    {"fr",
     {"le",  "la",   "les",  "et", "des", "est",  "une",  "du",   "que",  "qui", "pas", "pour",
      "sur", "dans", "avec", "ce", "il",  "nous", "vous", "sont", "mais", "ou",  "au",  "cette"}},
    {"es",
     {"el", "los", "las",  "y",    "que", "del", "es", "por", "con", "para",  "una",  "su",
      "al", "lo",  "como", "pero", "sus", "le",  "ya", "muy", "sin", "sobre", "este", "porque"}},
}};

/// Word → bit set of the languages it counts for (a few, like `que`, count for two).
std::unordered_map<std::string, unsigned> build_index() {
    std::unordered_map<std::string, unsigned> index;
    for (std::size_t i = 0; i < kLanguages.size(); ++i) {
        for (const char* word : kLanguages[i].words) index[word] |= 1U << i;
    }
    return index;
}

}  // namespace

LanguageGuess detect_language(std::string_view text) {
    static const std::unordered_map<std::string, unsigned> index = build_index();
    std::array<std::size_t, kLanguages.size()> counts{};
    std::string word;
    auto flush = [&] {
        if (word.empty() || word.size() > 7) {
            word.clear();
            return;
        }
        if (const auto found = index.find(word); found != index.end()) {
            for (std::size_t i = 0; i < kLanguages.size(); ++i) {
                if (found->second & (1U << i)) ++counts[i];
            }
        }
        word.clear();
    };
    for (char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        // Non-ASCII bytes belong to words (`één`) so that they never split one into two
        // stop words; none of the stop words contains one, so such words never count.
        if (std::isalpha(byte) || byte >= 0x80) {
            word += static_cast<char>(std::tolower(byte));
        } else {
            flush();
        }
    }
    flush();

    std::size_t total = 0;
    std::size_t best = 0;
    for (std::size_t i = 0; i < counts.size(); ++i) {
        total += counts[i];
        if (counts[i] > counts[best]) best = i;
    }
    if (counts[best] == 0) return {};
    return {kLanguages[best].tag, static_cast<double>(counts[best]) / static_cast<double>(total),
            counts[best]};
}

}  // namespace folio
