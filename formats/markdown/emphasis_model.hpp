#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace folio {

/// A delimiter run a writer puts into one paragraph of Markdown: `count` times `character`
/// (`*`, `_` or `~`) from byte `begin`.
struct DelimiterRun {
    std::size_t begin;
    std::size_t count;
    char character;
};

/// Where a span opens or closes: at the delimiter character at `at`.
struct SpanEvent {
    enum class Kind : unsigned char { emphasis, strong, strikethrough };
    std::size_t at;
    Kind kind;
    bool enter;
    bool operator==(const SpanEvent&) const = default;
};

/// How md4c sees a character beside a delimiter run: white space (or the edge of a line),
/// punctuation, or part of a word.
enum class FlankingClass : unsigned char { blank, punctuation, word };

/// The class of the character that ends right before byte `at` of `text` (blank at 0).
FlankingClass flanking_class_before(std::string_view text, std::size_t at);

/// The class of the character that starts at byte `at` of `text` (blank at the end).
FlankingClass flanking_class_at(std::string_view text, std::size_t at);

/// The emphasis, strong and strikethrough spans md4c 0.4.8 makes of `runs`, the delimiter runs
/// of one inline scope (a paragraph, a heading, a table cell, or the text of one link or image,
/// which md4c pairs on its own) in `text`, which starts at the start of a line. A model of
/// md4c's md_collect_marks (flanking from the characters beside each run, a line's edges
/// counting as white space), md_analyze_emph (the rule of three through its opener chains, the
/// most recent opener first, longer runs split) and md_analyze_tilde (the oldest opener of the
/// same length), with md_rollback's discarding of crossed openers; so a writer can check the
/// delimiters it chose without parsing Markdown. Adjacent runs of one character join, as they
/// do in md4c. Sorted by `at`.
std::vector<SpanEvent> md4c_span_events(std::string_view text,
                                        const std::vector<DelimiterRun>& runs);

/// A span a writer means its runs to make: the delimiter character that opens it and the one
/// that closes it (the `at` of its two `SpanEvent`s).
struct IntendedSpan {
    std::size_t open;
    std::size_t close;
    SpanEvent::Kind kind;
};

/// Where md4c 0.4.8's pairing of `runs` (as `md4c_span_events` models it) first departs from
/// `intended`, in the order md4c works: the closing character of the first span it makes that
/// is not intended or of the first intended one it does not make, the opening character of an
/// intended span whose run md4c does not keep as an opener, or the closer whose pairing undoes
/// an earlier pair; `npos` when it makes exactly the intended spans. md4c decides everything
/// up to that place from the runs and the text before it (and the character right after it),
/// so no change after it can repair it: a writer searching for a spelling can give up on
/// every spelling that writes the same up to there.
std::size_t md4c_first_departure(std::string_view text, const std::vector<DelimiterRun>& runs,
                                 const std::vector<IntendedSpan>& intended);

}  // namespace folio
