#pragma once

// The site `folio serve` keeps: built once in full (`build_site`), then, after each edit, only
// the files that depend on it are made again: the edited article's page, the pages that show
// something of it (neighbours, related posts), and the lists, archive, sitemap and feeds when
// what they show of it changed (rebuild_plan.hpp decides). The articles' metadata stays in
// memory between rebuilds; bodies are read from disk when their page is made.

#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "formats/html/build_site.hpp"
#include "formats/html/site_entries.hpp"

namespace folio::html {

struct SiteChanges;

/// An input whose last read had an error, as `folio serve` shows it.
struct SiteProblem {
    std::string source;     ///< the file, as found in the inputs
    std::string page_file;  ///< its page while it last read well (site-relative); may be empty
    std::string message;    ///< the errors as printed: `posts/a.md:3:7: error: ...`
};

/// What a rebuild did.
struct RebuildSummary {
    bool full = false;          ///< the whole site was built again
    std::size_t pages = 0;      ///< article pages made again
    std::size_t removed = 0;    ///< article pages removed
    bool lists = false;         ///< index, tag, category and archive pages and the sitemap
    bool feeds = false;         ///< the feeds
    std::vector<std::string> page_files;  ///< the article pages made again
};

/// A built site and what its rebuilds need. Not thread-safe: one caller drives it.
class SiteSession {
public:
    /// `job` and `load` as `build_site` takes them; diagnostics go to `report`.
    SiteSession(SiteJob job, LoadOptions load, DiagnosticSink report);
    SiteSession(const SiteSession&) = delete;  // its build hands feed items to `this`
    SiteSession& operator=(const SiteSession&) = delete;

    /// Builds the whole site (`build_site`, the same bytes as `folio html`), then reads every
    /// article's metadata again to keep it. `usage` when the settings are wrong.
    JobStatus build();

    /// Rebuilds after the files `changed` were made, written, removed or renamed (paths as the
    /// watcher names them: below an input folder, an input file, the static folder; a folder
    /// moved away or deleted stands for every input below it, an export for all its posts). A
    /// broken article keeps its last good version in the site and becomes a problem until it
    /// is fixed. While another run holds the site's lock nothing is read or written (the error
    /// is reported): those edits are rebuilt with the next ones.
    RebuildSummary rebuild(const std::vector<std::string>& changed);

    /// The inputs whose last read had an error.
    const std::vector<SiteProblem>& problems() const { return problems_; }

    /// What to watch: the inputs, the static folder, the favicon.
    std::vector<std::string> watched() const;

private:
    struct Source {
        std::string path;
        std::optional<Article> article;  ///< metadata only; its slug as the last plan resolved it
        TocChoice toc = TocChoice::site_default;
    };
    struct ReadSource {
        Source source;
        Diagnostics diagnostics;
    };

    std::vector<ReadSource> read_metadata(const std::vector<std::string>& paths) const;
    PlannedSite plan_sources(const std::set<std::string>& changed, Diagnostics& diagnostics);
    /// Writes what `changes` says of `next` (the caller holds the site's lock): `pages`
    /// (entries), removed pages, lists, feeds, the manifest.
    void write_changes(const PlannedSite& next, const SiteChanges& changes,
                       const std::vector<std::size_t>& pages,
                       const std::set<std::string>& edited, RebuildSummary& summary);
    void remember_files(const std::vector<std::string>& manifest);
    bool is_site_setting(const std::string& path) const;
    void note_problem(const std::string& path, const Diagnostics& diagnostics);
    std::vector<std::size_t> linking_pages(const PlannedSite& site,
                                           const std::vector<std::string>& targets,
                                           const std::vector<bool>& skip) const;

    SiteJob job_;
    LoadOptions load_;
    DiagnosticSink report_;
    SiteOptions site_;
    FeedOptions feed_;
    EntryRules rules_;
    std::optional<OutputFile> favicon_;
    std::vector<Source> sources_;  ///< input order
    PlannedSite planned_;
    std::map<std::string, FeedItem> feed_items_;  ///< page file → its item, once made
    /// Page file → its text in the search index: the index is written again from these.
    std::map<std::string, SearchText> search_texts_;
    /// The search index's files as the site has them, by path: a rebuild writes those that
    /// differ.
    std::map<std::string, std::string> search_files_;
    /// Page file → every file written with it (the page, its images).
    std::map<std::string, std::vector<std::string>> page_files_;
    std::vector<std::string> site_files_;  ///< lists, the site's own files, sitemap, feeds
    std::vector<SiteProblem> problems_;
    /// Files changed while another run held the lock: rebuilt with the next change.
    std::vector<std::string> unwritten_;
    /// The last full build found the site locked: what is on disk is not what `planned_` says,
    /// so the next rebuild builds it all.
    bool full_build_due_ = false;
};

}  // namespace folio::html
