#pragma once

// The work a site build does per article, shared by the full build (`build_site`) and the
// rebuilds of `folio serve` (`SiteSession`), so that a page rebuilt after an edit is the page a
// full build writes: the metadata pass's hook, the entry each published article becomes, the
// plan made of them, and an article page rendered and written.

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "formats/html/build_site.hpp"
#include "formats/html/html_site.hpp"
#include "formats/html/search_index.hpp"
#include "src/ast/article.hpp"
#include "src/images/image_location.hpp"
#include "src/meta/article_language.hpp"
#include "src/meta/publication.hpp"
#include "src/output/output_file.hpp"
#include "src/output/resource_reader.hpp"
#include "src/pipeline/load_articles.hpp"
#include "src/syndication/feed.hpp"
#include "src/syndication/newest_first.hpp"
#include "src/text/time_zone.hpp"

namespace folio::html {

/// The site's options as `job` sets them, with `base_url` checked (ending in `/`) and
/// `favicon_file` the favicon's name in the site (empty: none).
SiteOptions site_options_for(const SiteJob& job, std::string base_url, std::string favicon_file);

/// The feeds' options for a site with `site`'s options, dates without offset placed in `zone`.
/// The language is the configured one; the build sets the site's once it knows it.
FeedOptions feed_options_for(const SiteJob& job, const SiteOptions& site, const TimeZone& zone);

/// The favicon `path` names, as the site's `favicon.png` (`.svg`, `.ico`); none for an empty
/// path. A missing, unreadable or too large file, or another type, is an error in `setup`.
/// (Defined with `build_site`, which reads it before anything is written.)
std::optional<OutputFile> read_site_favicon(const std::string& path, std::uint64_t max_size,
                                            Diagnostics& setup);

/// The metadata pass's work on a worker thread, with the file's text at hand: what the front
/// matter says of a table of contents (into `toc`), only the typed metadata kept, the language
/// settled (its own, else guessed from its words), garbled text warned about.
void read_site_metadata(const SourceText& text, ArticleSlot& slot,
                        const PublicationRules& publication, TocChoice& toc);

/// What turns an article into a site entry: the permalink patterns and the feeds' settings
/// (`feeds` false: no feed items are chosen).
struct EntryRules {
    std::string permalink;
    std::string old_permalink;
    FeedOptions feed;
    bool feeds = false;
};

/// The first pass's result so far: one entry per published article, in input order.
struct SiteEntries {
    explicit SiteEntries(std::size_t feed_limit) : feed_choice(feed_limit) {}
    std::vector<SiteEntry> entries;
    std::vector<Article> published;    ///< metadata only, one per entry (or none, see origins)
    std::vector<std::size_t> origins;  ///< per entry, where its caller keeps its article
    std::vector<std::string> sources;  ///< the file of each entry
    std::map<std::string, std::string> page_owner;  ///< page file → source path
    NewestFirst<std::size_t> feed_choice;
    LeftOut left_out;
    std::set<std::string, std::less<>> left_out_urls;  ///< permalinks of the articles left out
    LanguageVotes languages;
    std::size_t articles_read = 0;  ///< drafts too: a site of drafts only is still a site
};

/// Adds `article` (metadata only, slug resolved), read from `path`, to `into`: an entry when
/// it is published and its page is usable and not taken (else an error in `diagnostics`:
/// `html.permalink.unusable`, `html.page.clash`), else counted as left out. Returns whether it
/// became an entry; the caller keeps the article for it (`published`, or `origins` to find it).
bool add_site_entry(SiteEntries& into, const std::string& path, const Article& article,
                    TocChoice toc, const EntryRules& rules, Diagnostics& diagnostics);

/// The site planned from the first pass.
struct PlannedSite {
    SitePlan plan;
    std::vector<Article> published;    ///< metadata only, one per entry (or none, see origins)
    std::vector<std::size_t> origins;  ///< per entry, where its caller keeps its article
    std::vector<std::string> sources;  ///< the file of each entry
    std::vector<bool> in_feed;         ///< per entry: among the feeds' newest
    std::string language;              ///< the site's
    LeftOut left_out;
    std::size_t articles_read = 0;
};

/// Settles the site's language (`configured` when it is a tag, else the one most articles are
/// in, else `en`; entries of unknown language take it), picks the feeds' items and plans the site.
PlannedSite plan_site_entries(SiteEntries entries, const std::string& configured);

/// One article page made and written, with its feed item when the article is in the feeds.
struct RenderedPage {
    Diagnostics diagnostics;
    std::vector<std::string> written;  ///< site-relative paths, for the manifest
    std::optional<FeedItem> item;
    bool made = false;  ///< the page was rendered (its body could be read)
    SearchText search;  ///< what the search index holds of the body (with `search` on)
};

/// Renders `site.plan.entries[entry]`'s page from `article` (metadata and body) and writes it
/// and its images below `root` (unsynced: `Sync::at_end`). Safe on worker threads.
RenderedPage render_site_page(Article& article, const PlannedSite& site, std::size_t entry,
                              const SiteOptions& options, const FeedOptions& feed,
                              const ImageLocator& locate, const ResourceReader& resources,
                              OutputRoot& root);

/// Whether `diagnostics` say an output file could not be written. (Defined with
/// `build_site`.)
bool has_write_error(const Diagnostics& diagnostics);

/// Makes and writes below `root` every page that lists articles (`each_list_page`), then the
/// site's own files: 404 page, stylesheet, search page and script, feeds page, `robots.txt` and `favicon` when given.
/// The sitemap is made (into `sitemap`, with a base URL) but not written: it names every page
/// and goes in place last. Returns the files written, list pages without their bytes.
std::vector<OutputFile> write_site_lists(const SitePlan& plan, const SiteOptions& options,
                                         std::optional<OutputFile> favicon, OutputRoot& root,
                                         Diagnostics& diagnostics,
                                         std::optional<OutputFile>& sitemap);

}  // namespace folio::html
