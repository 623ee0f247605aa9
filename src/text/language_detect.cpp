#include "text/language_detect.hpp"

#include <array>
#include <cstdint>

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

// A stop word is at most 7 ASCII letters, so it packs into one integer (its bytes, first in
// the lowest): looking a word up is then one or two integer compares, with no string built. The text of every article passes through here, so this matters.
constexpr std::size_t kMaxWord = 7;

std::uint64_t pack(std::string_view word) {
    std::uint64_t key = 0;
    for (std::size_t i = 0; i < word.size(); ++i)
        key |= std::uint64_t{static_cast<unsigned char>(word[i])} << (8 * i);
    return key;
}

// Packed word → bit set of the languages it counts for (a few, like `que`, count for two):
// an open-addressing table, twice as large as the word list, probed from a multiplicative hash.
class StopWords {
public:
    StopWords() {
        for (std::size_t i = 0; i < kLanguages.size(); ++i) {
            for (const char* word : kLanguages[i].words) slot(pack(word)).languages |= 1U << i;
        }
    }
    unsigned languages(std::uint64_t key) const {
        for (std::size_t i = hash(key);; i = (i + 1) % kSlots) {
            if (slots_[i].key == key) return slots_[i].languages;
            if (slots_[i].key == 0) return 0;
        }
    }

private:
    static constexpr std::size_t kSlots = 256;
    struct Slot {
        std::uint64_t key = 0;  // 0: empty (no word packs to 0)
        unsigned languages = 0;
    };
    static std::size_t hash(std::uint64_t key) { return (key * 0x9E3779B97F4A7C15ULL) >> 56; }
    Slot& slot(std::uint64_t key) {
        std::size_t i = hash(key);
        while (slots_[i].key != 0 && slots_[i].key != key) i = (i + 1) % kSlots;
        slots_[i].key = key;
        return slots_[i];
    }
    std::array<Slot, kSlots> slots_{};
};

// What each byte is to a word: 0 ends it, else the byte it adds (ASCII letters lowered).
// Non-ASCII bytes belong to words (`één`) so that they never split one into two stop words;
// none of the stop words contains one, so such words never count.
constexpr std::array<unsigned char, 256> kWordByte = [] {
    std::array<unsigned char, 256> table{};
    for (int c = 'a'; c <= 'z'; ++c) table[static_cast<std::size_t>(c)] = static_cast<unsigned char>(c);
    for (int c = 'A'; c <= 'Z'; ++c)
        table[static_cast<std::size_t>(c)] = static_cast<unsigned char>(c - 'A' + 'a');
    for (int c = 0x80; c <= 0xFF; ++c) table[static_cast<std::size_t>(c)] = static_cast<unsigned char>(c);
    return table;
}();

}  // namespace

LanguageGuess detect_language(std::string_view text) {
    static const StopWords stop_words;
    std::array<std::size_t, kLanguages.size()> counts{};
    std::uint64_t key = 0;
    std::size_t length = 0;
    auto flush = [&] {
        if (length > 0 && length <= kMaxWord) {
            if (const unsigned languages = stop_words.languages(key)) {
                for (std::size_t i = 0; i < kLanguages.size(); ++i) {
                    if (languages & (1U << i)) ++counts[i];
                }
            }
        }
        key = 0;
        length = 0;
    };
    for (const char c : text) {
        const unsigned char byte = kWordByte[static_cast<unsigned char>(c)];
        if (byte == 0) {
            flush();
        } else {
            if (length < kMaxWord) key |= std::uint64_t{byte} << (8 * length);
            ++length;
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

std::string_view language_sample(std::string_view text) {
    constexpr std::size_t kSampleBytes = 2048;
    if (text.size() <= kSampleBytes) return text;
    std::size_t end = kSampleBytes;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
    return text.substr(0, end);
}

}  // namespace folio
