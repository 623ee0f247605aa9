#pragma once

// What `folio migrate` did, article by article: the `--report FILE.json` document, the dry
// run's plan and the closing summary are all read from it.

#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace folio {

/// One file a migration writes, and what it did (or would do) with it.
struct PlannedFile {
    std::string path;    ///< relative to the migrated site's root
    std::string action;  ///< `decision_name`: `write`, `unchanged`, `kept: ...`
};

/// One article's migration.
struct ArticleMigration {
    std::string source;    ///< its file, as given
    /// By the source engine's rules (or `--old-permalink`); with no source engine known, its
    /// front matter's `url`; may be empty.
    std::string old_url;
    std::string new_path;  ///< relative to the migrated site's root
    std::string new_url;
    std::vector<std::string> files_copied;   ///< the copies of the local files it uses, as written
    std::vector<std::string> files_missing;  ///< local files it uses that do not exist (looked for)
    /// Edits made to the body as written, by kind: `image`, `file-link`, `article-link`,
    /// `title-heading`, `engine-syntax`, `kramdown-attributes`, `liquid`. A body written from
    /// the AST instead has `body_written`.
    std::map<std::string, std::size_t> edits;
    bool body_written = false;
    /// Typed fields the target has no key for, written under folio's names.
    std::vector<std::string> kept_under_folio_names;
    /// Keys only the source engine reads (`layout`, `permalink`: `engine_only_keys`), left out.
    std::vector<std::string> keys_dropped;
    std::vector<std::string> warnings;  ///< as printed: `file:line:col: warning: ... [code]`
    std::vector<PlannedFile> files;     ///< the article first, then the files it uses
};

/// A whole migration.
struct MigrateReport {
    std::string to;  ///< the target engine
    bool dry_run = false;
    /// Each article's migration; left empty when no one reads it (no report, no `done`).
    std::vector<ArticleMigration> articles;
    /// The files of no one article: redirect pages and rule files, then `--site`'s
    /// configuration, each with what was done (or would be) with it.
    std::vector<PlannedFile> site_files;
    std::size_t redirects = 0;  ///< old URLs redirected to their new ones
    /// Old URLs that were known: with none, no redirect rule file is written, and the summary
    /// says why.
    std::size_t old_urls = 0;
    std::size_t article_count = 0;  ///< articles migrated, whether listed or not
    std::size_t files_copied = 0;
    std::size_t warnings = 0;
    std::size_t errors = 0;
    std::size_t files_written = 0;  ///< written or, in a dry run, to be written
    std::size_t files_kept = 0;     ///< left as the user edited them
};

/// The report as JSON (`--report`): `{to, dry_run, summary: {...}, articles: [...]}`.
std::string migrate_report_json(const MigrateReport& report);

/// `12 articles, 5 files copied, 1 warning`: the closing line of a run.
std::string migrate_summary(const MigrateReport& report);

}  // namespace folio
