#include "src/text/language_detect.hpp"

#include <array>
#include <algorithm>
#include <bit>
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

constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
constexpr std::uint64_t kHighBits = kOnes * 0x80;

// The ASCII letters among eight bytes, as the high bit of each byte. A byte's low seven bits
// lowered with 0x20 make a letter when they are at least `a` and not past `z`; with the high
// bit cleared first no sum carries into the next byte.
std::uint64_t ascii_letter_bits(std::uint64_t eight) {
    const std::uint64_t lowered = (eight & ~kHighBits) | (kOnes * 0x20);
    const std::uint64_t from_a = lowered + kOnes * (0x80 - 'a');
    const std::uint64_t past_z = lowered + kOnes * (0x80 - 'z' - 1);
    return from_a & ~past_z & kHighBits & ~eight;
}

// One bit per byte (bit i for byte i) of the high bits of eight bytes.
unsigned gather_high_bits(std::uint64_t high) {
    return static_cast<unsigned>((((high >> 7) * 0x0102040810204080ULL) >> 56) & 0xFF);
}

// Which of 64 bytes belong to words (bit i for byte i): ASCII letters and every byte outside
// ASCII, so that `één` is one word and never splits into stop words (none of which holds such
// a byte, so such words never count).
std::uint64_t word_bits(const char* bytes) {
    std::uint64_t bits = 0;
    for (std::size_t block = 0; block < 8; ++block) {
        std::uint64_t eight = 0;
        std::memcpy(&eight, bytes + block * 8, 8);
        const std::uint64_t word = ascii_letter_bits(eight) | (eight & kHighBits);
        bits |= std::uint64_t{gather_high_bits(word)} << (8 * block);
    }
    return bits;
}

// What counting the word text[begin, end) adds: the stop word's bits when it is one. Its first
// eight bytes are read whole and masked to its length; lowering with 0x20 makes ASCII letters
// lower case, and turns a byte outside ASCII into another such byte, which no stop word holds.
std::uint64_t word_adds(std::string_view text, std::size_t begin, std::size_t end,
                        const StopWords& stop_words) {
    const std::size_t length = end - begin;
    std::uint64_t eight = 0;
    // A fixed eight bytes wherever the text has them: a copy of a variable length is a loop.
    if (text.size() - begin >= 8)
        std::memcpy(&eight, text.data() + begin, 8);
    else
        std::memcpy(&eight, text.data() + begin, text.size() - begin);
    const std::uint64_t mask = length >= 8 ? ~std::uint64_t{0} : (std::uint64_t{1} << (8 * length)) - 1;
    const std::uint64_t key = (eight | (kOnes * 0x20)) & mask;
    const StopWords::Slot& slot = stop_words.slot(key);
    // Selects rather than a branch: whether a word counts follows no pattern a predictor learns.
    const bool counted = (length <= kMaxWord) & (slot.key == key);
    return slot.add & (0 - std::uint64_t{counted});
}

// Counts the stop words of `text`, a word at a time: 64 bytes become a bitmap of word bytes,
// whose starts and ends give each word, and only a word's end does any lookup (a per-byte loop
// did the lookup at every byte, and was a tenth of a book's instructions). `add` takes each
// packed sum before it can outgrow its bits: at most 33 words end in 64 bytes, so 15 blocks
// (at most 495 words) stay within the 10 bits of each count.
template <typename Add>
void count_stop_words(std::string_view text, const StopWords& stop_words, Add&& add) {
    constexpr std::size_t kBlock = 64;
    constexpr std::size_t kBlocksPerSum = 15;
    std::uint64_t counts = 0;
    std::size_t open = std::string_view::npos;  // where the word still open began
    bool in_word = false;  // whether the byte before the block was a word's
    std::size_t blocks = 0;
    // The last block is read from a copy padded with zeros, which are no word's bytes: they
    // end a word the text ends with (one more block, all zeros, when the text fills its last).
    for (std::size_t base = 0; base <= text.size(); base += kBlock) {
        std::uint64_t bits = 0;
        if (text.size() - base >= kBlock) {
            bits = word_bits(text.data() + base);
        } else {
            std::array<char, kBlock> last{};
            std::memcpy(last.data(), text.data() + base, text.size() - base);
            bits = word_bits(last.data());
        }
        const std::uint64_t before = (bits << 1) | std::uint64_t{in_word};
        std::uint64_t starts = bits & ~before;
        std::uint64_t ends = ~bits & before;
        if (in_word && ends != 0) {
            counts += word_adds(text, open, base + static_cast<std::size_t>(std::countr_zero(ends)), stop_words);
            ends &= ends - 1;
        }
        while (ends != 0) {
            const std::size_t begin = base + static_cast<std::size_t>(std::countr_zero(starts));
            const std::size_t end = base + static_cast<std::size_t>(std::countr_zero(ends));
            counts += word_adds(text, begin, end, stop_words);
            starts &= starts - 1;
            ends &= ends - 1;
        }
        if (starts != 0) open = base + static_cast<std::size_t>(std::countr_zero(starts));
        in_word = (bits >> 63) != 0;
        if (++blocks == kBlocksPerSum) {
            add(counts);
            counts = 0;
            blocks = 0;
        }
    }
    add(counts);
}

// The ASCII letters among eight ASCII bytes, counted by a multiply of their high bits
// (std::popcount is a libgcc call without -mpopcnt).
int ascii_letters(std::uint64_t eight) {
    return static_cast<int>((((ascii_letter_bits(eight) >> 7) * kOnes) >> 56));
}

// The scripts guess_from_script counts and their blocks: one table for the counting and for
// the skim that tells whether there is anything to count (kScriptLead).
enum class LetterScript : std::size_t {
    greek,
    cyrillic,
    hebrew,
    arabic,
    devanagari,
    thai,
    kana,
    han,
    hangul
};
struct ScriptBlock {
    char32_t first;
    char32_t last;
    LetterScript script;
};
// In order of code point (script_block stops at the first block past the character).
constexpr std::array<ScriptBlock, 9> kScriptBlocks = {{
    {0x0370, 0x03FF, LetterScript::greek},
    {0x0400, 0x04FF, LetterScript::cyrillic},
    {0x05D0, 0x05EA, LetterScript::hebrew},  // letters, not points
    {0x0600, 0x06FF, LetterScript::arabic},
    {0x0900, 0x097F, LetterScript::devanagari},
    {0x0E00, 0x0E7F, LetterScript::thai},
    {0x3040, 0x30FF, LetterScript::kana},
    {0x4E00, 0x9FFF, LetterScript::han},
    {0xAC00, 0xD7A3, LetterScript::hangul},
}};

// The first byte of `code_point` in UTF-8, for the two- and three-byte forms the blocks use.
constexpr unsigned utf8_lead_byte(char32_t code_point) {
    return code_point < 0x800 ? 0xC0 | (code_point >> 6) : 0xE0 | (code_point >> 12);
}

// The bytes that can lead a letter of kScriptBlocks (Greek and Cyrillic take CD-D3, Hebrew D7,
// Arabic D8-DB, Devanagari and Thai E0, kana to Hangul E3-ED). Accented Latin letters (C2-CC),
// box drawing and punctuation (E2) lead with none of them.
constexpr std::array<bool, 256> kScriptLead = [] {
    std::array<bool, 256> table{};
    for (const ScriptBlock& block : kScriptBlocks) {
        for (unsigned b = utf8_lead_byte(block.first); b <= utf8_lead_byte(block.last); ++b)
            table[b] = true;
    }
    return table;
}();

// Whether guess_from_script can find any letter of its scripts: not when no byte could lead
// one, which most articles (all ASCII but a few accents and dashes) show in a skim of their
// bytes eight at a time (skip_ascii, called again after each accent, took 1.7 to 2 times as
// long on French text).
bool may_hold_script_letters(std::string_view text) {
    std::size_t i = 0;
    for (; text.size() - i >= 8; i += 8) {
        std::uint64_t eight = 0;
        std::memcpy(&eight, text.data() + i, 8);
        if ((eight & kHighBits) == 0) continue;
        for (std::size_t k = 0; k < 8; ++k) {
            if (kScriptLead[static_cast<unsigned char>(text[i + k])]) return true;
        }
    }
    for (; i < text.size(); ++i) {
        if (kScriptLead[static_cast<unsigned char>(text[i])]) return true;
    }
    return false;
}

// Which of kScriptBlocks holds `code_point`, if any (they are in order).
const ScriptBlock* script_block(unsigned code_point) {
    for (const ScriptBlock& block : kScriptBlocks) {
        if (code_point < block.first) return nullptr;
        if (code_point <= block.last) return &block;
    }
    return nullptr;
}

// Scripts that tell their language from their letters, which the stop words, all ASCII,
// never see: Hebrew and Arabic (Persian and Urdu add letters Arabic does not have), Greek,
// Cyrillic (Ukrainian and Serbian have letters Russian does not), Devanagari, Thai, Korean's
// Hangul, Japanese kana, and Chinese characters alone (with kana they are Japanese). A
// syllable or character of the East Asian scripts counts as three Latin letters, about what
// it carries, so that a Korean post full of English terms is still Korean.
std::optional<LanguageGuess> guess_from_script(std::string_view text) {
    std::size_t latin = 0;
    std::array<std::size_t, kScriptBlocks.size()> letters{};
    std::size_t arabic_only = 0, persian_only = 0, urdu_only = 0;
    std::size_t ukrainian_only = 0, serbian_only = 0;
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
        const ScriptBlock* block = script_block(code);
        if (block == nullptr) continue;
        ++letters[static_cast<std::size_t>(block->script)];
        if (block->script == LetterScript::cyrillic) {
            ukrainian_only += code == 0x0456 || code == 0x0457 || code == 0x0454 || code == 0x0491;
            serbian_only += code == 0x0452 || code == 0x045B || code == 0x045F || code == 0x0458 ||
                            code == 0x0459 || code == 0x045A;
        } else if (block->script == LetterScript::arabic) {
            arabic_only += code == 0x064A || code == 0x0643 || code == 0x0629;
            persian_only += code == 0x06CC || code == 0x06A9 || code == 0x067E || code == 0x0686 ||
                            code == 0x0698 || code == 0x06AF;
            urdu_only += code == 0x06D2 || code == 0x0679 || code == 0x0688 || code == 0x0691 ||
                         code == 0x06BA || code == 0x06C1;
        }
    }
    const auto count = [&letters](LetterScript script) {
        return letters[static_cast<std::size_t>(script)];
    };
    const std::size_t hebrew = count(LetterScript::hebrew);
    const std::size_t arabic_script = count(LetterScript::arabic);
    const std::size_t greek = count(LetterScript::greek);
    const std::size_t cyrillic = count(LetterScript::cyrillic);
    const std::size_t devanagari = count(LetterScript::devanagari);
    const std::size_t thai = count(LetterScript::thai);
    const std::size_t hangul = count(LetterScript::hangul);
    const std::size_t kana = count(LetterScript::kana);
    const std::size_t han = count(LetterScript::han);
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
    count_stop_words(text, stop_words, add);

    std::size_t total = 0;
    std::size_t best = 0;
    for (std::size_t i = 0; i < counts.size(); ++i) {
        total += counts[i];
        if (counts[i] > counts[best]) best = i;
    }
    if (may_hold_script_letters(text)) {
        if (const std::optional<LanguageGuess> by_script = guess_from_script(text))
            return *by_script;
    }
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
