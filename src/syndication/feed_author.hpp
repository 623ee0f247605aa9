#pragma once

// An author as a feed writes it: RSS's own `<author>` must be an e-mail address, Atom has
// separate `name` and `email`, so the one string front matter holds is taken apart here, once,
// when the feed model is built (src/syndication/feed.hpp); the writers only print the parts.

#include <string>
#include <string_view>

namespace folio {

/// A person named in a feed; `email` is empty when the text gave none.
struct FeedAuthor {
    std::string name;   ///< as written; the address itself when nothing else was written
    std::string email;  ///< `local@domain`, without angle brackets

    bool operator==(const FeedAuthor&) const = default;
};

/// Splits `Ann Author <ann@example.org>` and `ann@example.org (Ann Author)` into name and
/// address; a bare address is both. Anything else (`Ann Author`) is a name without an address.
FeedAuthor parse_feed_author(std::string_view text);

}  // namespace folio
