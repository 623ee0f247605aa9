#pragma once

// Feeds (RSS 2.0, Atom 1.0, JSON Feed 1.1) written from the feed model of
// src/syndication/feed.hpp. The writers are pure; the job that reads articles and writes a
// feed file is in formats/feed/feed_job.hpp.

#include <optional>
#include <string>
#include <string_view>

#include "src/syndication/feed.hpp"

namespace folio::feed {

/// Which document `write_feed` produces.
enum class FeedFormat { rss, atom, json };

/// `rss`, `atom` or `json`; empty for anything else.
std::optional<FeedFormat> parse_feed_format(std::string_view name);

/// RSS 2.0 with the content, atom, media and dc namespaces. Pure.
std::string write_rss(const Feed& feed);

/// Atom 1.0 (RFC 4287). Pure.
std::string write_atom(const Feed& feed);

/// JSON Feed 1.1. Pure.
std::string write_json_feed(const Feed& feed);

/// The writer for `format`.
std::string write_feed(const Feed& feed, FeedFormat format);

}  // namespace folio::feed
