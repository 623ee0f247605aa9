#include "src/meta/article_language.hpp"

#include "src/text/language_detect.hpp"
#include "src/text/language_tag.hpp"

namespace folio {

namespace {

// Below these a guess is noise: a 40-word post with three English words and a Dutch one is
// marked with the book's language rather than a coin toss.
constexpr double kConfidence = 0.6;
constexpr std::size_t kEvidence = 8;

}  // namespace

std::string article_language(const Meta& meta, std::string_view text) {
    if (std::string own = language_tag(meta.language); !own.empty()) return own;
    const LanguageGuess guess = detect_language(language_sample(text));
    if (guess.tag.empty() || guess.confidence < kConfidence || guess.evidence < kEvidence)
        return {};
    return guess.tag;
}

SourcePos language_key_position(const Source& source) {
    for (const auto& [key, at] : source.key_positions) {
        if (key == "language" || key == "lang") return at;
    }
    return {};
}

void LanguageVotes::add(std::string_view tag) {
    if (tag.empty()) return;
    const auto at = counts_.find(tag);
    if (at == counts_.end())
        counts_.emplace(std::string(tag), 1);
    else
        ++at->second;
}

std::string LanguageVotes::winner(std::size_t* votes) const {
    std::string best;
    std::size_t best_count = 0;
    for (const auto& [tag, count] : counts_) {
        if (count > best_count) {
            best = tag;
            best_count = count;
        }
    }
    if (votes != nullptr) *votes = best_count;
    return best;
}

}  // namespace folio
