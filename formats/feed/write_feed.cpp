#include "formats/feed/feed.hpp"

namespace folio::feed {

std::optional<FeedFormat> parse_feed_format(std::string_view name) {
    if (name == "rss") return FeedFormat::rss;
    if (name == "atom") return FeedFormat::atom;
    if (name == "json") return FeedFormat::json;
    return std::nullopt;
}

std::string write_feed(const Feed& feed, FeedFormat format) {
    switch (format) {
        case FeedFormat::rss:
            return write_rss(feed);
        case FeedFormat::atom:
            return write_atom(feed);
        case FeedFormat::json:
            return write_json_feed(feed);
    }
    return {};
}

}  // namespace folio::feed
