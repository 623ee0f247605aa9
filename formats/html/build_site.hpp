#pragma once

// The site as a job: reads the articles (twice: metadata to plan the site, then the bodies),
// writes every page, the feeds and the sitemap into a folder, removes the files the previous
// run wrote and this one did not, and replaces the manifest. `folio html` is this job plus its
// options; a C++ caller or a test gets the same site without the command line.

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "formats/html/html_site.hpp"
#include "formats/html/search_index.hpp"
#include "src/import/import_media.hpp"
#include "src/meta/publication.hpp"
#include "src/pipeline/job.hpp"
#include "src/pipeline/load_articles.hpp"
#include "src/pipeline/permalink.hpp"

namespace folio::html {

/// Everything the site job needs besides the load options, as resolved values (the command
/// line fills it from its options and folio.toml).
struct SiteJob {
    std::vector<std::string> inputs;  ///< files or folders (searched for *.md); not `-`
    std::string output;               ///< the site folder, made when missing
    /// Absolute site URL (`https://example.org/blog/`); empty: no canonical links, sitemap or
    /// feeds, and a note says so. A `/` is added when it does not end in one.
    std::string base_url;
    std::string title = "Blog";  ///< the site's title, also the feeds' title and description
    std::string author;       ///< the feeds' author, and the pages' for articles that name none
    std::string description;  ///< the feeds' description; empty: the title
    std::string hub;          ///< WebSub hub the feeds name (`rel="hub"`); empty: none
    /// The site's language as configured; empty or not a tag: the one most articles are
    /// written in (from front matter or guessed from their words), else `en`.
    std::string language;
    std::string time_zone;  ///< for dates without an offset: UTC, +01:00 or an IANA name
    std::string permalink{kDefaultPermalink};  ///< article URL pattern, also the page's folder
    std::string old_permalink;  ///< the old blog's pattern; links written that way still arrive
    std::string static_dir;     ///< where site-absolute image paths resolve; empty: nowhere
    /// Where an imported WordPress or Ghost blog's images are found (`--media`); empty: they
    /// stay at the old site.
    ImportMedia media;
    std::size_t page_size = kDefaultPageSize;  ///< articles per list page, at least 1
    /// Drafts, articles dated after `publication.now` and expired ones are left out (a note
    /// counts them) unless it says to include them; its `zone` is set from `time_zone`.
    PublicationRules publication;
    /// Hold raw HTML to the allow-list (`--sanitize`); off: the author's HTML as written.
    bool sanitize = false;
    /// Code blocks that name a language are highlighted (src/highlight/); `--no-highlight`.
    bool highlight_code = true;
    /// A table of contents on every article whose front matter does not say (`--toc`).
    bool toc = false;
    std::size_t related = kDefaultRelatedCount;  ///< related posts under each article; 0: none
    /// A PNG, SVG or ICO file copied to `favicon.<ext>` and linked from every page; empty:
    /// none. Missing, unreadable or another type: a usage error, nothing written.
    std::string favicon;
    /// A search page and its index (search_page.hpp, search_index.hpp); `--no-search`.
    bool search = true;
    /// Writers of `feed.xml` and `atom.xml`, filled in by the layer above (formats/feed's);
    /// the feeds are written when both are set and there is a base URL.
    FeedSerializers feeds;
    /// Optional: handed each feed item as it goes into the feeds, with its article's page file,
    /// for a caller that writes the feeds again later without reading every body (`folio serve`).
    std::function<void(const std::string& page_file, const FeedItem& item)> feed_items;
    /// Optional, likewise: each article's text in the search index, with its page file.
    std::function<void(const std::string& page_file, const SearchText& text)> search_texts;
    /// When set, given the search index's files as the build writes them (a failed build
    /// writes none), so that a session can write only those an edit changes.
    std::function<void(const std::vector<OutputFile>& files)> search_index;
};

/// Builds the site `job` describes into `job.output`, reading articles with `load` (whose
/// `read.body` and `hook` it sets itself). Diagnostics go to `report` as they become final, in
/// input order. `usage` when the settings are wrong (base URL, permalinks, page size, time
/// zone, standard input as an input): nothing is read or written then. `input_errors` when an
/// article or a write had an error; the rest of the site is still written.
JobStatus build_site(const SiteJob& job, const LoadOptions& load, const DiagnosticSink& report);

}  // namespace folio::html
