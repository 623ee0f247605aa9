#pragma once

// The plain HTML site: one page per article, newest-first index pages, one page per tag and per
// category, a 404 page, a stylesheet and a sitemap. The job (`build_site`, build_site.hpp) reads
// the articles twice: a metadata-only first pass fills a `SiteEntry` per article and
// `plan_site` orders them and groups them by tag and category; the second pass streams the
// bodies through `write_article_page`. Every function here is pure apart from the
// ResourceReader that image bytes come through: it returns files, the job writes them.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "src/ast/article.hpp"
#include "src/diagnostics/diagnostic.hpp"
#include "src/images/image_location.hpp"
#include "src/output/output_file.hpp"
#include "src/output/resource_reader.hpp"
#include "src/syndication/feed.hpp"

namespace folio::html {

/// Articles per index, tag and category page unless told otherwise.
inline constexpr std::size_t kDefaultPageSize = 20;

/// Site-relative files every site has (pages of articles may not take these names).
inline constexpr std::string_view kStylesheetFile = "style.css";
inline constexpr std::string_view kNotFoundFile = "404.html";
inline constexpr std::string_view kSitemapFile = "sitemap.xml";
inline constexpr std::string_view kRssFile = "feed.xml";
inline constexpr std::string_view kAtomFile = "atom.xml";
/// The page that explains the feeds, for browsers that show a feed as raw XML.
inline constexpr std::string_view kFeedsPageFile = "feeds.html";
inline constexpr std::string_view kRobotsFile = "robots.txt";
/// The archive: every article by year and month, one page.
inline constexpr std::string_view kArchiveFile = "archive/index.html";
/// The search page, linked from every page's header when the site has search.
inline constexpr std::string_view kSearchPageFile = "search/index.html";
/// Related posts under each article unless told otherwise.
inline constexpr std::size_t kDefaultRelatedCount = 5;
/// The list of files folio wrote last time, so a later run removes what it no longer writes.
inline constexpr std::string_view kManifestFile = ".folio-manifest";
/// The comment at the top of the manifest, for a person who opens it.
inline constexpr std::string_view kManifestHeading =
    "# folio html: the files the last run wrote, one per line. The next run removes those it\n"
    "# no longer writes, and nothing else.\n";

/// What the site as a whole is, beyond its articles.
struct SiteOptions {
    std::string title;     ///< shown in every page's header and `<title>`
    std::string base_url;  ///< absolute, ending in `/`; empty: no canonical links, sitemap, feeds
    std::string language;  ///< BCP 47 tag of the index, tag and 404 pages
    std::size_t page_size = kDefaultPageSize;  ///< articles per list page, at least 1
    bool feeds = false;  ///< `feed.xml` and `atom.xml` exist: every page links them
    /// Raw HTML held to the allow-list the book and feeds use (src/web/html_allow_list.hpp),
    /// each removal a warning `html.raw.removed`; off: the author's own embeds as written.
    bool sanitize = false;
    /// Code blocks that name a language get `hl-` spans; the stylesheet holds their rules.
    bool highlight_code = true;
    std::string author;  ///< the site's author: of every article that names none; may be empty
    /// What the site is about (`description` in folio.toml): the home page's description; empty:
    /// its title.
    std::string description;
    /// The favicon's site-relative file (`favicon.png`, `.svg` or `.ico`), linked from every
    /// page; empty: none. The job copies it there.
    std::string favicon;
    bool toc = false;  ///< a table of contents on every article whose front matter does not say
    std::size_t related = kDefaultRelatedCount;  ///< related posts under each article; 0: none
    /// A search page (`search/`, search_page.hpp), linked from every page's header.
    bool search = true;
};

/// Whether an article's page has a table of contents, as its front matter says (`toc`, or
/// PaperMod's `ShowToc`; `TocOpen` shows it unfolded): not said (the site's `toc` decides),
/// not said but open if shown, shown folded, shown open, not shown.
enum class TocChoice { site_default, site_default_open, shown, open, hidden };

/// One published article as the list pages and its neighbours need it: metadata only, filled
/// by the job in the first pass.
struct SiteEntry {
    std::string title;
    std::string permalink;  ///< `/posts/x/`, from `expand_permalink`
    /// Its URL on the old blog (`--old-permalink`), so links written back then still arrive.
    std::string old_permalink;
    std::string page_file;  ///< `posts/x/index.html`, from `page_file_for_permalink`
    std::optional<Date> date;
    std::optional<Date> updated;          ///< last modification, for the sitemap
    std::optional<std::int64_t> instant;  ///< orders the site (Unix seconds); empty: undated
    std::string summary;
    std::string language;  ///< BCP 47 tag the page is written in
    std::vector<std::string> tags;
    std::vector<std::string> categories;
    /// The source file's name without extension (`post` of `posts/post.md`, a bundle's
    /// folder): a relative link to `post.md` (also made by `{{< ref "post.md" >}}` or
    /// `{% post_url post %}`) reaches the page.
    std::string source_name;
    TocChoice toc = TocChoice::site_default;
    /// A draft the site shows (`--drafts`, `folio serve`): marked as one on its page and in
    /// the lists, and never in the feeds, the sitemap or the search index.
    bool draft = false;

    /// Field by field: `folio serve` compares an entry before and after an edit.
    bool operator==(const SiteEntry&) const = default;
};

/// The articles with one tag (or one category), newest first.
struct Term {
    std::string name;                  ///< as first written
    std::string slug;                  ///< URL-safe; names with the same slug share one page
    std::vector<std::size_t> entries;  ///< indexes into `SitePlan::entries`, newest first
};

/// The whole site's structure, known before any body is read.
struct SitePlan {
    std::vector<SiteEntry> entries;         ///< in input order
    std::vector<std::size_t> newest_first;  ///< indexes into `entries`; undated ones last
    std::vector<std::size_t> rank;          ///< entry → its place in `newest_first`
    std::vector<Term> tags;                 ///< by slug
    std::vector<Term> categories;           ///< by slug
    std::vector<std::vector<std::size_t>> entry_tags;        ///< entry → indexes into `tags`
    std::vector<std::vector<std::size_t>> entry_categories;  ///< entry → into `categories`
    /// Permalink (and old permalink) → entry: site-absolute links in bodies that name one
    /// become relative links to its page.
    std::map<std::string, std::size_t, std::less<>> by_permalink;
    /// Permalinks (new and old) of articles the site leaves out (drafts): links to them are
    /// written as plain text. Filled by the job.
    std::set<std::string, std::less<>> unpublished;
    /// `SiteEntry::source_name` → entry; the first article of a name wins.
    std::map<std::string, std::size_t, std::less<>> by_source_name;
};

/// Orders `entries` newest first (equal instants keep input order, undated entries come last in
/// input order) and groups them by tag and by category (`slugify`d; a name with an empty slug
/// gets `tag-N`/`category-N`).
SitePlan plan_site(std::vector<SiteEntry> entries);

/// The file an article with permalink `permalink` is written to: `/posts/x/` →
/// `posts/x/index.html`,
/// `/x.html` → `x.html`, `/x` → `x/index.html`. Empty when the permalink would leave the site
/// (`..`, `.`, empty segments, backslashes, control bytes) or take a name the site needs
/// (`index.html`, `404.html`, `style.css`, the feeds, the sitemap, the manifest, or anything
/// under `page/`, `tags/` or `categories/`).
std::optional<std::string> page_file_for_permalink(std::string_view permalink);

/// An article page and the files that go with it.
struct ArticlePage {
    std::vector<OutputFile> files;              ///< the page, then the images copied next to it
    std::optional<std::uint64_t> cover_length;  ///< bytes of the copied cover image
};

/// The page of `plan.entries[entry]`, whose body is `article`: title, date in the article's
/// language, categories and tags linked to their pages, summary, cover image with caption,
/// the body without a heading repeating the title, links to the older and newer article.
/// Local images (cover and body) are copied into the page's folder through `resources`, and
/// `article`'s references are rewritten to the copies (so a feed item made from it afterwards
/// points at them). A missing image is a warning (`html.image.missing`): a missing cover is left
/// off the page, a missing body image keeps its reference. Site-absolute links to another
/// article's permalink (or old permalink) become relative links to its page; links to an
/// unpublished one are written as their text, with a warning (`html.link.unpublished`).
ArticlePage write_article_page(Article& article, const SitePlan& plan, std::size_t entry,
                               const SiteOptions& options, const ImageLocator& locate,
                               const ResourceReader& resources, Diagnostics& diagnostics);

/// Every page that lists articles: the index (`index.html`, `page/2/index.html`, ...), one
/// list per tag and category (`tags/<slug>/index.html`, paginated the same way), and the
/// overviews `tags/index.html` and `categories/index.html` when there are any.
std::vector<OutputFile> write_list_pages(const SitePlan& plan, const SiteOptions& options);

/// Where `each_list_page` hands each page as soon as it is made.
using ListPageSink = std::function<void(OutputFile)>;

/// The pages `write_list_pages` makes, in the same order, handed to `out` one at a time, so a
/// caller that writes each and lets go of its bytes holds one page, not the thousands a large
/// site has (an index page per 20 articles, and as many again for tags and categories).
void each_list_page(const SitePlan& plan, const SiteOptions& options, const ListPageSink& out);

/// `404.html`: with a base URL its links are absolute, because a server shows it at any depth.
OutputFile write_not_found_page(const SitePlan& plan, const SiteOptions& options);

/// `archive/index.html`: every article by year, then month (in the site's language), newest
/// first; undated ones last.
OutputFile write_archive_page(const SitePlan& plan, const SiteOptions& options);

/// `robots.txt`: every crawler may read everything; with a base URL it names the sitemap.
OutputFile write_robots(const SiteOptions& options);

/// `style.css`: typography, tables and code that scroll on a phone, dark mode.
OutputFile write_stylesheet();

/// `sitemap.xml` under `options.base_url` (which must not be empty): the home page, every
/// article (with its date or update as `lastmod`), then `list_pages`, the other pages
/// `write_list_pages` made.
OutputFile write_sitemap(const SitePlan& plan, const SiteOptions& options,
                         const std::vector<OutputFile>& list_pages);

/// Turns the feed model into one document's bytes. The site does not write feeds itself: the
/// layer above hands it formats/feed's writers (a format never includes another).
using FeedSerializer = std::function<std::string(const Feed&)>;

/// The two feeds every site with a base URL has.
struct FeedSerializers {
    FeedSerializer rss;   ///< writes `feed.xml` (RSS 2.0)
    FeedSerializer atom;  ///< writes `atom.xml` (Atom 1.0)
};

/// `feed.xml` and `atom.xml` of `items` (newest first), made by `serializers` (both must be set),
/// and `feed.xsl`, the stylesheet both name so a browser shows them as a page;
/// `options.base_url` must be absolute and `options.feed_url` is set per feed.
std::vector<OutputFile> write_site_feeds(std::vector<FeedItem> items, FeedOptions options,
                                         const FeedSerializers& serializers);

/// `feeds.html`, linked from every page's footer: the feeds' addresses and how to subscribe.
/// Written only when the site has feeds.
OutputFile write_feeds_page(const SitePlan& plan, const SiteOptions& options);

}  // namespace folio::html
