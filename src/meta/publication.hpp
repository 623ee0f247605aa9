#pragma once

// Whether an article is published at the time of a build, as Hugo and Jekyll decide by
// default: a draft is not; a page dated after the build is not (Hugo's `buildFuture` and
// Jekyll's `future` are both off unless asked); a page past its expiry date is not (Hugo's
// `expiryDate`, `buildExpired` off). The book, the site and the feeds all follow this one rule,
// so a post scheduled for next week appears in none of them until a build after its date.

#include <cstdint>
#include <optional>
#include <string>

#include "src/ast/article.hpp"
#include "src/text/time_zone.hpp"

namespace folio {

/// Why an article is left out, or `no` when it is published.
enum class Unpublished { no, draft, future, expired };

/// What a build includes beyond the published articles, and when it runs.
struct PublicationRules {
    bool drafts = false;   ///< `--drafts`
    bool future = false;   ///< `--future`: dated after `now`
    bool expired = false;  ///< `--expired`: past `expires`
    /// The build's time in Unix seconds (the command line: the clock).
    /// Empty: no date decides, only `draft` (a library caller that has no "now").
    std::optional<std::int64_t> now;
    TimeZone zone;  ///< where dates without an offset are placed
};

/// Why `meta` is left out by `rules`, or `Unpublished::no`. A draft is a draft first; an article
/// without a date is never "future"; one with a later Hugo `publishDate` beside its date is
/// future until then.
Unpublished unpublished(const Meta& meta, const PublicationRules& rules);

/// Counts of the articles a build left out, for its closing note.
struct LeftOut {
    std::size_t drafts = 0;
    std::size_t future = 0;
    std::size_t expired = 0;

    void add(Unpublished why);
    std::size_t total() const { return drafts + future + expired; }
    /// `2 drafts, 1 dated after this build and 1 expired are left out (--drafts, --future and
    /// --expired include them)`, naming only what there is; empty when nothing was left out.
    std::string note() const;
};

}  // namespace folio
