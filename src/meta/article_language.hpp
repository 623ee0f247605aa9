#pragma once

// Which language each article is written in, and which one a whole book, site or feed is: one
// rule for every output, so a chapter, its page and its feed entry never disagree.

#include <cstddef>
#include <map>
#include <string>
#include <string_view>

#include "src/ast/article.hpp"

namespace folio {

/// The language of one article for this run: `meta.language` when it is a language tag (from
/// the front matter or the file name), normalised (`nl_NL` → `nl-NL`); else the language its
/// `text` is written in when the detector is sure (at least 8 stop words or letters' worth of
/// evidence, 60% of it the winner's); else empty, and the book's or site's language applies.
/// Lorem ipsum is no language. `text` is the file's text or a sample of it (language_sample).
std::string article_language(const Meta& meta, std::string_view text);

/// Where the front matter gives the language (`language` or `lang`), for a caret under a tag
/// that is none; unknown (0:0) when it came from elsewhere.
SourcePos language_key_position(const Source& source);

/// Counts the articles of each language to name the language of the whole, which is the one
/// most articles are written in (not the first article's). Ties go to the alphabetically first.
class LanguageVotes {
public:
    /// One article's language; an empty one (unknown) does not vote.
    void add(std::string_view tag);
    /// The winner, empty when no article voted; `votes` receives its count.
    std::string winner(std::size_t* votes = nullptr) const;

private:
    std::map<std::string, std::size_t, std::less<>> counts_;
};

}  // namespace folio
