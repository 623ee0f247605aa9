#pragma once

#include <string>
#include <string_view>

namespace folio {

/// A guess at the language of a text: a BCP 47 tag and how sure the guess is.
struct LanguageGuess {
    std::string tag;           ///< `nl`, `en`, `de`, `fr` or `es`; empty when nothing matched
    double confidence = 0.0;   ///< share of the counted stop words that are the winner's, 0..1
    std::size_t evidence = 0;  ///< how many stop words of the winner were seen
};

/// Guesses the language of `text` (Markdown, front matter and all) by counting the most
/// common function words of Dutch, English, German, French and Spanish. Cheap and meant for
/// whole articles: a short snippet gives a low confidence, a text without any of the words an
/// empty tag. Never fails.
LanguageGuess detect_language(std::string_view text);

}  // namespace folio
