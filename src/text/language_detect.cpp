#include "src/text/language_detect.hpp"

#include <array>
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <optional>

namespace folio {

namespace {

struct LanguageWords {
    const char* tag;
    std::array<const char*, 24> words;
};

// Words frequent in one language and rare in the others. Words two languages share with
// different meanings (`de` in Dutch, Spanish and French, `in`, `die`, `en`) are left out: they
// would only add noise to both counts.
// The last entry is no language: the Latin of lorem-ipsum placeholder text, which themes' starter
// posts are full of and which would otherwise count as French (`et`, `in`) or Spanish.
constexpr std::array<LanguageWords, 6> kLanguages = {{
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
    {"",
     {"lorem", "ipsum", "dolor",  "sit",  "amet",    "elit",    "eiusmod", "tempor",
      "labore", "dolore", "magna", "aliqua", "enim",  "minim",   "veniam",  "quis",
      "nostrud", "ullamco", "laboris", "nisi", "aliquip", "commodo", "duis", "irure"}},
}};
constexpr std::size_t kPlaceholder = kLanguages.size() - 1;

// A stop word is at most 7 ASCII letters, so it packs into one integer (its bytes, first in
// the lowest): looking a word up is then one or two integer compares, with no string built. The text of every article passes through here, so this matters.
constexpr std::size_t kMaxWord = 7;

constexpr std::uint64_t pack(std::string_view word) {
    std::uint64_t key = 0;
    for (std::size_t i = 0; i < word.size(); ++i)
        key |= std::uint64_t{static_cast<unsigned char>(word[i])} << (8 * i);
    return key;
}

// Each language's count takes 10 bits of one integer (a piece of 1 KB has at most 513 word
// ends), so counting a word is one addition of the bits of the languages it counts for.
constexpr unsigned kCountBits = 10;
constexpr std::uint64_t kCountMask = (std::uint64_t{1} << kCountBits) - 1;
static_assert(kLanguages.size() * kCountBits <= 64);

// Packed word → what counting it adds (a few words, like `que`, count for two languages): a
// table with one slot per word, at a place that a multiplicative hash gives without collisions,
// so a lookup is one load and one compare. Made by the compiler: it tries multipliers from a
// fixed pseudo-random sequence until one places every word in a slot of its own.
class StopWords {
public:
    struct Slot {
        std::uint64_t key = kEmpty;
        std::uint64_t add = 0;
    };

    constexpr StopWords() {
        std::array<std::uint64_t, kLanguages.size() * 24> keys{};
        std::array<std::uint64_t, kLanguages.size() * 24> adds{};
        std::size_t words = 0;
        for (std::size_t i = 0; i < kLanguages.size(); ++i) {
            for (const char* word : kLanguages[i].words) {
                const std::uint64_t key = pack(word);
                std::size_t at = 0;
                while (at < words && keys[at] != key) ++at;
                if (at == words) keys[words++] = key;
                adds[at] += std::uint64_t{1} << (kCountBits * i);
            }
        }
        std::uint64_t state = 0;
        for (;;) {
            multiplier_ = next_candidate(state);
            for (Slot& slot : slots_) slot = {};
            bool collided = false;
            for (std::size_t w = 0; w < words && !collided; ++w) {
                Slot& slot = slots_[index(keys[w])];
                collided = slot.key != kEmpty;
                slot = {keys[w], adds[w]};
            }
            if (!collided) return;
        }
    }
    constexpr const Slot& slot(std::uint64_t key) const { return slots_[index(key)]; }

private:
    // No word packs to all ones (its top byte is always 0).
    static constexpr std::uint64_t kEmpty = ~std::uint64_t{0};
    static constexpr unsigned kSlotBits = 11;

    // splitmix64, made odd.
    static constexpr std::uint64_t next_candidate(std::uint64_t& state) {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return (z ^ (z >> 31)) | 1;
    }
    constexpr std::size_t index(std::uint64_t key) const {
        return static_cast<std::size_t>((key * multiplier_) >> (64 - kSlotBits));
    }

    std::uint64_t multiplier_ = 0;
    std::array<Slot, std::size_t{1} << kSlotBits> slots_{};
};

constexpr StopWords kStopWords;

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

// A word being read: its packed bytes and its length so far.
struct WordSoFar {
    std::uint64_t key = 0;
    std::size_t length = 0;
};

// Counts the stop words that end in `text`, at most 1 KB, after `word`, which it carries on.
// Every byte does the same work, a lookup included, with selects instead of branches: word ends
// come every few bytes at no pattern a branch predictor learns, and mispredicted branches there
// were most of the time this took (the text of every article passes through here).
std::uint64_t count_stop_words(std::string_view text, WordSoFar& word,
                               const StopWords& stop_words) {
    std::uint64_t counts = 0;
    std::uint64_t key = word.key;
    std::size_t length = word.length;
    for (const char c : text) {
        const std::uint64_t byte = kWordByte[static_cast<unsigned char>(c)];
        const std::uint64_t in_word = 0 - std::uint64_t{byte != 0};  // all ones or zero
        const StopWords::Slot& slot = stop_words.slot(key);
        // A word of 1-7 bytes ends here: count it if it is a stop word. Masks, not conditions,
        // which GCC turns back into branches.
        const bool counted = (byte == 0) & (length - 1 < kMaxWord) & (slot.key == key);
        counts += slot.add & (0 - std::uint64_t{counted});
        const std::uint64_t shifted = (byte << (8 * (length & 7))) & (0 - std::uint64_t{length < 8});
        key = (key | shifted) & in_word;
        length = (length + 1) & in_word;
    }
    word = {key, length};
    return counts;
}

// Scripts that tell their language from their letters, which the stop words, all ASCII,
// never see: Hebrew and Arabic (Persian and Urdu add letters Arabic does not have), Greek,
// Cyrillic (Ukrainian and Serbian have letters Russian does not), Devanagari, Thai, Korean's
// Hangul, Japanese kana, and Chinese characters alone (with kana they are Japanese). A
// syllable or character of the East Asian scripts counts as three Latin letters, about what
// it carries, so that a Korean post full of English terms is still Korean.
// The ASCII letters among eight ASCII bytes (each below 0x80, so no sum below carries into
// the next byte): a byte lowered with 0x20 is a letter when it is at least `a` and not past `z`.
int ascii_letters(std::uint64_t eight) {
    constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
    const std::uint64_t lowered = eight | (kOnes * 0x20);
    const std::uint64_t from_a = lowered + kOnes * (0x80 - 'a');
    const std::uint64_t past_z = lowered + kOnes * (0x80 - 'z' - 1);
    // The high bits set, counted by a multiply (std::popcount is a libgcc call without -mpopcnt).
    return static_cast<int>((((from_a & ~past_z & (kOnes * 0x80)) >> 7) * kOnes) >> 56);
}

std::optional<LanguageGuess> guess_from_script(std::string_view text) {
    std::size_t latin = 0;
    std::size_t hebrew = 0, arabic_script = 0, arabic_only = 0, persian_only = 0, urdu_only = 0;
    std::size_t greek = 0, cyrillic = 0, ukrainian_only = 0, serbian_only = 0;
    std::size_t devanagari = 0, thai = 0, hangul = 0, kana = 0, han = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        // Eight bytes at a time while all are ASCII, as most of most articles is.
        while (text.size() - i >= 8) {
            std::uint64_t eight = 0;
            std::memcpy(&eight, text.data() + i, 8);
            if ((eight & 0x8080808080808080ULL) != 0) break;
            latin += static_cast<std::size_t>(ascii_letters(eight));
            i += 8;
        }
        if (i >= text.size()) break;
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte < 0x80) {
            latin += (byte | 0x20) >= 'a' && (byte | 0x20) <= 'z';
            continue;
        }
        unsigned code = 0;
        if (byte >= 0xC0 && byte < 0xE0 && i + 1 < text.size()) {
            code = ((byte & 0x1Fu) << 6) | (static_cast<unsigned char>(text[i + 1]) & 0x3Fu);
            i += 1;
        } else if (byte >= 0xE0 && byte < 0xF0 && i + 2 < text.size()) {
            code = ((byte & 0x0Fu) << 12) |
                   ((static_cast<unsigned char>(text[i + 1]) & 0x3Fu) << 6) |
                   (static_cast<unsigned char>(text[i + 2]) & 0x3Fu);
            i += 2;
        } else {
            continue;
        }
        if (code >= 0x0370 && code <= 0x03FF) {
            ++greek;
        } else if (code >= 0x0400 && code <= 0x04FF) {
            ++cyrillic;
            ukrainian_only += code == 0x0456 || code == 0x0457 || code == 0x0454 || code == 0x0491;
            serbian_only += code == 0x0452 || code == 0x045B || code == 0x045F || code == 0x0458 ||
                            code == 0x0459 || code == 0x045A;
        } else if (code >= 0x05D0 && code <= 0x05EA) {
            ++hebrew;  // letters, not points
        } else if (code >= 0x0600 && code <= 0x06FF) {
            ++arabic_script;
            arabic_only += code == 0x064A || code == 0x0643 || code == 0x0629;
            persian_only += code == 0x06CC || code == 0x06A9 || code == 0x067E || code == 0x0686 ||
                            code == 0x0698 || code == 0x06AF;
            urdu_only += code == 0x06D2 || code == 0x0679 || code == 0x0688 || code == 0x0691 ||
                         code == 0x06BA || code == 0x06C1;
        } else if (code >= 0x0900 && code <= 0x097F) {
            ++devanagari;
        } else if (code >= 0x0E00 && code <= 0x0E7F) {
            ++thai;
        } else if (code >= 0x3040 && code <= 0x30FF) {
            ++kana;
        } else if (code >= 0x4E00 && code <= 0x9FFF) {
            ++han;
        } else if (code >= 0xAC00 && code <= 0xD7A3) {
            ++hangul;
        }
    }
    struct Script {
        std::size_t letters;  // in Latin letters' worth
        std::string_view tag;
    };
    const std::string_view arabic_tag = urdu_only > arabic_only && urdu_only * 4 > persian_only
                                            ? "ur"
                                        : persian_only > arabic_only ? "fa"
                                                                     : "ar";
    const std::string_view cyrillic_tag = ukrainian_only * 50 > cyrillic ? "uk"
                                          : serbian_only * 50 > cyrillic ? "sr"
                                                                         : "ru";
    // Kana among Chinese characters make them Japanese; a few kana alone too.
    const std::size_t japanese = kana > 0 && kana * 10 >= han ? (kana + han) * 3 : 0;
    const std::array<Script, 9> scripts = {{{hebrew, "he"},
                                            {arabic_script, arabic_tag},
                                            {greek, "el"},
                                            {cyrillic, cyrillic_tag},
                                            {devanagari, "hi"},
                                            {thai, "th"},
                                            {hangul * 3, "ko"},
                                            {japanese, "ja"},
                                            {japanese == 0 ? han * 3 : 0, "zh"}}};
    const Script* best = &scripts[0];
    for (const Script& script : scripts) {
        if (script.letters > best->letters) best = &script;
    }
    // No language written in Latin letters uses these scripts: a quarter of the letters is
    // decisive (a Korean post's English terms outnumber its Hangul by letters).
    if (best->letters == 0 || best->letters * 3 <= latin) return std::nullopt;
    LanguageGuess guess;
    const double share =
        static_cast<double>(best->letters) / static_cast<double>(best->letters + latin);
    guess.confidence = 0.5 + share / 2;
    guess.evidence = best->letters / 5;  // about one word in five letters
    guess.tag = std::string(best->tag);
    return guess;
}

}  // namespace

LanguageGuess detect_language(std::string_view text) {
    const StopWords& stop_words = kStopWords;
    std::array<std::size_t, kLanguages.size()> counts{};
    auto add = [&counts](std::uint64_t packed) {
        for (std::size_t i = 0; i < counts.size(); ++i)
            counts[i] += (packed >> (kCountBits * i)) & kCountMask;
    };
    // 1 KB at a time: at most 513 words end in a piece (each after at least one byte of its
    // own), so no count outgrows its bits.
    constexpr std::size_t kPiece = 1024;
    WordSoFar word;
    for (std::size_t at = 0; at < text.size(); at += kPiece)
        add(count_stop_words(text.substr(at, kPiece), word, stop_words));
    if (word.length - 1 < kMaxWord && stop_words.slot(word.key).key == word.key)
        add(stop_words.slot(word.key).add);

    std::size_t total = 0;
    std::size_t best = 0;
    for (std::size_t i = 0; i < counts.size(); ++i) {
        total += counts[i];
        if (counts[i] > counts[best]) best = i;
    }
    if (const std::optional<LanguageGuess> by_script = guess_from_script(text))
        return *by_script;
    if (counts[best] == 0) return {};
    LanguageGuess guess{kLanguages[best].tag,
                        static_cast<double>(counts[best]) / static_cast<double>(total),
                        counts[best]};
    guess.placeholder = best == kPlaceholder;
    return guess;
}

std::string_view language_sample(std::string_view text) {
    constexpr std::size_t kSampleBytes = 2048;
    if (text.size() <= kSampleBytes) return text;
    std::size_t end = kSampleBytes;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
    return text.substr(0, end);
}

}  // namespace folio
