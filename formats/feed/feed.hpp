#pragma once

// Feeds (RSS 2.0, Atom 1.0, JSON Feed 1.1) for a set of articles. Building the feed (choosing,
// ordering and preparing the items) is separate from writing it, so the three writers share one
// notion of what an item holds; both steps are pure: dates, sizes and "now" come in as values.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "src/ast/article.hpp"
#include "src/diagnostics/diagnostic.hpp"
#include "src/text/time_zone.hpp"

namespace folio::feed {

/// Which document `write_feed` produces.
enum class FeedFormat { rss, atom, json };

/// What an item carries: the whole article as HTML, or only its summary text.
enum class ContentMode { full, summary };

/// `rss`, `atom` or `json`; empty for anything else.
std::optional<FeedFormat> parse_feed_format(std::string_view name);

/// Everything about the site and the selection that is not in the articles.
struct FeedOptions {
    std::string base_url;  ///< absolute `http(s)` URL of the site; see `base_url_problem`
    std::string feed_url;  ///< absolute URL the feed itself is published at (`rel="self"`)
    std::string title;
    std::string description;
    std::string author;    ///< the feed's author; empty: the site title stands in (Atom needs one)
    std::string language;  ///< BCP 47; an article's own language wins for its item
    std::size_t limit = 20;  ///< newest items kept; 0 keeps all
    bool drafts = false;     ///< include articles marked `draft`
    ContentMode content = ContentMode::full;
    TimeZone zone;  ///< where date-only and offset-less dates are placed
};

/// Why `url` cannot be the base URL (not absolute, not http/https, no host), or empty.
std::string base_url_problem(std::string_view url);

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
    std::string url;                      ///< absolute permalink; also the item's id
    Date published;                       ///< with time and offset (placed in the configured zone)
    Date updated;                         ///< `updated` from front matter, else `published`
    std::string summary;                  ///< summary/excerpt, else the first paragraph as text
    std::string content_html;             ///< empty in summary mode
    std::vector<std::string> categories;  ///< tags, then categories, without repeats
    std::vector<std::string> authors;
    std::string language;
    std::optional<FeedImage> image;
};

/// The whole feed, newest item first.
struct Feed {
    std::string title;
    std::string description;
    std::string home_url;  ///< the base URL
    std::string feed_url;
    std::string author;
    std::string language;
    Date updated;  ///< the build date
    std::vector<FeedItem> items;
};

/// When `article` may go into the feed, the instant (Unix seconds) that orders it; empty for a
/// draft (unless `options.drafts`) and for an article without a date, which gets a warning
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
/// already be a tag `language_tag` accepts (the command checks it).
Feed assemble_feed(std::vector<FeedItem> items, const FeedOptions& options,
                   std::optional<std::int64_t> now);

/// The feed for `sources` (already selected and ordered), via `assemble_feed`. The build date is
/// `now` when given (from SOURCE_DATE_EPOCH), else the newest item date, else the Unix epoch, so
/// the same input always gives the same bytes.
Feed build_feed(const std::vector<FeedSource>& sources, const FeedOptions& options,
                std::optional<std::int64_t> now, Diagnostics& diagnostics);

/// `nl`, `en-GB` as Atom's `xml:lang` and JSON Feed accept them: `_` becomes `-`
/// (`nl_NL` → `nl-NL`); empty when the result is still not `[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*`.
std::string language_tag(std::string_view text);

/// `url` resolved against `base` (an absolute URL) as RFC 3986 does, except that a site-absolute
/// `/x` is joined to `site` (the base URL, which may have a path). Fragments (`#x`), URLs with a
/// scheme (`mailto:`, `https:`) and empty URLs come back unchanged; `//host/x` takes the scheme
/// of `site`.
std::string absolute_url(std::string_view url, std::string_view base, std::string_view site);

/// `url` with what a URL cannot hold percent-encoded (spaces, non-ASCII bytes, controls,
/// quotes, angle brackets, backslashes and the like, a `%` that starts no escape); existing
/// `%XX` escapes are kept.
std::string encode_url(std::string_view url);

/// The media type of an image named `path` (`image/png` for `x.PNG?v=2`), or empty.
std::string image_media_type(std::string_view path);

/// A UTC date (with `Z`) for a count of seconds since the Unix epoch.
Date date_from_unix_seconds(std::int64_t seconds);

/// RSS 2.0 with the content, atom, media and dc namespaces. Pure.
std::string write_rss(const Feed& feed);

/// Atom 1.0 (RFC 4287). Pure.
std::string write_atom(const Feed& feed);

/// JSON Feed 1.1. Pure.
std::string write_json_feed(const Feed& feed);

/// The writer for `format`.
std::string write_feed(const Feed& feed, FeedFormat format);

}  // namespace folio::feed
