#pragma once

// A feed file as a job: reads the articles, keeps the newest, and writes one RSS, Atom or JSON
// Feed document. `folio feed` is this job plus its options; a C++ caller or a test gets the
// same bytes without the command line.

#include <cstddef>
#include <string>
#include <vector>

#include "formats/feed/feed.hpp"
#include "src/meta/publication.hpp"
#include "src/pipeline/job.hpp"
#include "src/pipeline/load_articles.hpp"
#include "src/pipeline/permalink.hpp"

namespace folio::feed {

/// Everything the feed job needs besides the load options (the command line fills it from its
/// options and folio.toml; the job checks it before any file is read).
struct FeedJob {
    std::vector<std::string> inputs;  ///< files or folders (searched for *.md), `-` for stdin
    std::string output;               ///< the feed file, replaced atomically; `-`: standard output
    FeedFormat format = FeedFormat::rss;
    std::string base_url;  ///< absolute `http(s)` URL of the site; required
    /// Where the feed is published; empty: base URL + the output's name (for `-`, the name the
    /// site gives that format: feed.xml, atom.xml, feed.json).
    std::string feed_url;
    std::size_t limit = 20;  ///< newest articles kept; 0 keeps all
    ContentMode content = ContentMode::full;
    std::string title;        ///< empty: the base URL
    std::string description;  ///< empty: the title
    std::string author;       ///< the feed's and authorless items' author; empty: none
    /// WebSub hub (absolute http(s) URL) the feed names with `rel="hub"`; empty: none.
    std::string hub;
    /// Write `feed.xsl` next to an RSS or Atom feed and name it in the feed, so a browser
    /// shows a page; off (`--no-stylesheet`), or for JSON Feed and standard output: neither.
    bool stylesheet = true;
    /// After the feed is written, tell `hub` it changed (`--ping`); a hub that fails is a
    /// warning (`feed.ping`), the feed stays written. Needs a hub.
    bool ping = false;
    std::string language;     ///< the site's BCP 47 tag (`nl_NL` is accepted); empty: none
    std::string permalink{kDefaultPermalink};  ///< article URL pattern below the base URL
    std::string time_zone;   ///< for dates without an offset: UTC, +01:00 or an IANA name
    std::string static_dir;  ///< where site-absolute cover images resolve, to measure them
    /// Drafts, articles dated after `publication.now` and expired ones are left out unless it
    /// says to include them (its `zone` is set from `time_zone`).
    PublicationRules publication;
    /// SOURCE_DATE_EPOCH as the environment holds it (empty: not set): the feed's build date
    /// instead of the newest item's.
    std::string source_date_epoch;
};

/// Writes the feed `job` describes, reading articles with `load` (whose `read.body` it sets
/// itself). Diagnostics go to `report` as they become final, in input order. `usage` when the
/// settings are wrong (base URL, feed URL, permalink, time zone, language, SOURCE_DATE_EPOCH):
/// nothing is read or written then. `input_errors` when an article had an error (with
/// `load.fail_fast` no feed is written then) or the file could not be written.
JobStatus build_feed_file(const FeedJob& job, const LoadOptions& load,
                          const DiagnosticSink& report);

}  // namespace folio::feed
