#pragma once

// The feed model the site and the feed writer share: what goes into a feed (choosing, ordering
// and preparing the items) apart from how it is written (RSS, Atom and JSON Feed, in
// formats/feed), so every serializer has one notion of what an item holds. Pure: dates, sizes
// and "now" come in as values.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "src/ast/article.hpp"
#include "src/diagnostics/diagnostic.hpp"
#include "src/meta/publication.hpp"
#include "src/syndication/feed_author.hpp"
#include "src/text/time_zone.hpp"

namespace folio {

/// What an item carries: the whole article as HTML, or only its summary text.
enum class ContentMode { full, summary };

/// Everything about the site and the selection that is not in the articles.
struct FeedOptions {
    std::string base_url;  ///< absolute `http(s)` URL of the site; see `base_url_problem` (src/web)
    std::string feed_url;  ///< absolute URL the feed itself is published at (`rel="self"`)
    std::string title;
    std::string description;
    /// The feed's author, also of every item that names none; empty: the site title stands in
    /// for the feed (Atom needs one) and items name no author.
    std::string author;
    std::string hub;         ///< WebSub hub URL (`rel="hub"`, JSON Feed `hubs`); empty: none
    /// Whether RSS and Atom name the XSL stylesheet a browser shows them with
    /// (`<?xml-stylesheet?>`): `kFeedStylesheetFile`, written next to the feed by the caller.
    bool stylesheet = false;
    std::string language;  ///< BCP 47; an article's own language wins for its item
    std::size_t limit = 20;  ///< newest items kept; 0 keeps all
    /// Which articles are published (drafts, future and expired ones left out unless it says);
    /// its `zone` should be `zone`.
    PublicationRules publication;
    ContentMode content = ContentMode::full;
    /// Code blocks in the content get `hl-` spans (src/highlight/); readers without the
    /// stylesheet show them as plain code.
    bool highlight_code = true;
    TimeZone zone;  ///< where date-only and offset-less dates are placed
};

/// An image attached to an item (the article's cover).
struct FeedImage {
    std::string url;         ///< absolute
    std::string media_type;  ///< from the file extension; empty when it is not a known image type
    std::optional<std::uint64_t> length;  ///< size in bytes when the file could be read
};

/// One entry, in the form every writer needs; text is plain (not escaped), `content_html` is
/// HTML with absolute URLs. Writers remove characters XML cannot hold from all of it.
struct FeedItem {
    std::string title;
    std::string url;                      ///< absolute permalink
    /// The item's GUID: the article's own `guid` when it has one (a migrated blog keeps its
    /// readers' read marks), else `url`.
    std::string id;
    Date published;                       ///< with time and offset (placed in the configured zone)
    Date updated;                         ///< `updated` from front matter, else `published`
    std::string summary;                  ///< summary/excerpt, else the first paragraph as text
    std::string content_html;             ///< empty in summary mode
    std::vector<std::string> categories;  ///< tags, then categories, without repeats
    /// The article's authors, else the feed's (`FeedOptions::author`); none when neither names one.
    std::vector<FeedAuthor> authors;
    std::string language;
    std::optional<FeedImage> image;
};

/// `item.id`, or its URL when no id was set (an item built by hand).
inline const std::string& item_id(const FeedItem& item) {
    return item.id.empty() ? item.url : item.id;
}

/// The whole feed, newest item first.
struct Feed {
    std::string title;
    std::string description;
    std::string home_url;  ///< the base URL
    std::string feed_url;
    FeedAuthor author;  ///< `FeedOptions::author`, else the title standing in for the site
    std::string language;
    std::string hub;         ///< WebSub hub URL; empty: none
    bool stylesheet = false;  ///< whether RSS and Atom name `kFeedStylesheetFile`
    Date updated;  ///< the build date
    std::vector<FeedItem> items;
};

/// When `article` may go into the feed, the instant (Unix seconds) that orders it; empty for an
/// article `options.publication` leaves out (a draft, future or expired) and for an article without
/// a date, which gets a warning
/// (`feed.no-date`, naming the file) because every format needs an item date.
std::optional<std::int64_t> feed_instant(const Article& article, const FeedOptions& options,
                                         Diagnostics& diagnostics);

/// The articles of `articles` that go into the feed (see `feed_instant`), newest first, ties
/// in input order, at most `options.limit`. Returns indexes into `articles`.
std::vector<std::size_t> select_articles(const std::vector<Article>& articles,
                                         const FeedOptions& options, Diagnostics& diagnostics);

/// One article on its way into the feed, with what only the caller can know: the site path
/// its permalink pattern gives it (`/posts/x/`, from `expand_permalink`) and the size in bytes
/// of its cover image when that is a local file (empty when remote or unreadable).
struct FeedSource {
    const Article* article = nullptr;  ///< not owned; must outlive the build
    std::string permalink;
    std::optional<std::uint64_t> cover_length;
};

/// One item: absolute permalink, dates placed in `options.zone`, the body as HTML without the
/// heading that repeats the title and with every relative link and image made absolute
/// (against the permalink; `/x` against the base URL; `#x` and `mailto:` kept). A language
/// that is not a BCP 47 tag is left out with a warning (`feed.language`).
FeedItem make_feed_item(const FeedSource& source, const FeedOptions& options,
                        Diagnostics& diagnostics);

/// The feed of `items` (already ordered): the build date is `now` when given (from
/// SOURCE_DATE_EPOCH), else the newest item date, else the Unix epoch. `options.language` must
/// already be a tag `language_tag` accepts (the job checks it).
Feed assemble_feed(std::vector<FeedItem> items, const FeedOptions& options,
                   std::optional<std::int64_t> now);

/// The feed for `sources` (already selected and ordered), via `assemble_feed`. The build date is
/// `now` when given (from SOURCE_DATE_EPOCH), else the newest item date, else the Unix epoch, so
/// the same input always gives the same bytes.
Feed build_feed(const std::vector<FeedSource>& sources, const FeedOptions& options,
                std::optional<std::int64_t> now, Diagnostics& diagnostics);

}  // namespace folio
