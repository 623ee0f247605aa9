#pragma once

// `folio migrate` as a library call: every article of the inputs written in the target
// engine's layout and front matter, with the local files it uses copied and its links to the
// other articles pointing at their new URLs; a record of what was written, so that a second
// run into the same folder leaves the user's edits alone.

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "formats/migrate/migrate_report.hpp"
#include "src/import/import_media.hpp"
#include "src/meta/front_matter_for_style.hpp"
#include "src/pipeline/job.hpp"
#include "src/pipeline/load_articles.hpp"

namespace folio {

/// The settings of a migration.
struct MigrateJob {
    /// Files, folders (searched as `collect_inputs` does) or `-` for standard input.
    std::vector<std::string> inputs;
    std::string output;  ///< the new site's root: paths of the target's layout are below it
    std::string to;      ///< the target engine: a built-in profile's name (`hugo`, `jekyll`, ...)
    /// The old blog's URL pattern in its engine's own syntax (Jekyll's for a Jekyll source,
    /// Hugo's for Hugo, folio's `/blog/:slug/` for the others and when no source engine is
    /// known), instead of what the source site's configuration says: each article's old URL,
    /// in the report, the redirects and for links written as old URLs. Empty, with no source
    /// engine known: an article's front-matter `url` is its only known old URL.
    std::string old_permalink;
    /// The old site's address (`https://example.com/blog`): its path is the old URLs' base
    /// path. Empty: the source configuration's (Hugo `baseURL`, Jekyll `url` + `baseurl`).
    std::string old_base_url;
    /// The new site's address: its path is the new URLs' base path. Empty: none.
    std::string base_url;
    /// The redirect forms written from each article's old URL to its new one (`--redirects`):
    /// `engine` (the target's own: Hugo `aliases`, Jekyll `redirect_from`, else redirect pages
    /// at the old paths), `netlify` (`_redirects`, also Cloudflare Pages), `vercel`
    /// (`vercel.json`), `apache` (`.htaccess`), `nginx` (two `.conf` files) and `csv`
    /// (`redirects.csv`). Rule files go in the folder the target copies as is (Hugo's
    /// `static/`, Astro's `public/`, ...). Empty: none.
    std::vector<std::string> redirects = {"engine", "netlify", "csv"};
    /// Where site-absolute references (`/images/a.png`) resolve; empty: they are not copied.
    std::string static_dir;
    /// Where the images of an imported WordPress or Ghost blog are found (`--media`,
    /// `--fetch-images`): each one found is copied like a local image. Empty: references to
    /// the old site stay as written.
    ImportMedia media;
    bool dry_run = false;          ///< decide everything, write nothing (not even the record)
    bool overwrite_edits = false;  ///< overwrite files the user changed since the last run
    /// Write every body from the AST with the Markdown writer, rather than copy it as written
    /// with only the spans that must change edited.
    bool reformat = false;
    /// Also write the target's smallest site configuration (`--site`), never over an existing
    /// file: see `migrate_site_config`.
    bool site = false;
    bool sync = false;  ///< sync the output's file system once done
    /// Where the JSON report goes (`--report`); empty: none. Written in a dry run too.
    std::string report_path;

    // What the shorthands `folio hugo` and `folio markdown` change; `folio migrate` leaves them.

    /// The article path pattern (`EngineOutput::article_path`) instead of the target's:
    /// `folio hugo --section notes --no-bundles` writes `notes/{slug}.md`. Empty: the target's.
    std::string article_path;
    /// The new URL pattern, in the target's syntax, instead of the target's default (Hugo's
    /// `/notes/:filename/`). Empty: the target's.
    std::string permalink;
    /// `:section` in `old_permalink` and `permalink`.
    std::string section = "posts";
    /// Copy the images and other local files articles use (off: `--no-bundles`, and `folio
    /// markdown`, which leaves every reference as written).
    bool copy_files = true;
    /// Rewrite links between articles to their new URLs.
    bool rewrite_links = true;
    /// One of folio's front-matter styles instead of the engine's keys (`folio markdown
    /// --style`); the first heading then stays.
    std::optional<FrontMatterTarget> style;
    /// Each article's old URL becomes a Hugo alias, merged with its `aliases` (`folio hugo
    /// --old-permalink`), unless it is the new URL.
    bool old_url_aliases = false;
    /// Keep DEST/.folio-migrate.json and leave files edited since the last run alone. Off:
    /// every file is replaced and nothing is recorded, as `folio hugo` and `folio markdown`
    /// always did.
    bool keep_edits = true;
    /// The code prefix of the copied images' diagnostics (`migrate.image.missing`); `folio
    /// hugo` keeps the `hugo.image.` its users know.
    std::string image_code_prefix = "migrate.image.";

    /// Called once at the end with what was done (or, in a dry run, would be): the command
    /// line prints the plan and the summary from it.
    std::function<void(const MigrateReport&)> done;
};

/// Migrates `job.inputs` into `job.output` for `job.to`, with the readers and writers of
/// `load.read.formats`. Two passes: every article is read and given its new path and URL,
/// then each is written. A file the user edited since the last run (`.folio-migrate.json`
/// records what was written), or one no run wrote, is kept with a warning
/// (`migrate.kept-edit`) unless `overwrite_edits`; every file written replaces its old one
/// whole (`write_file_atomically`), and the record is written last. An unknown engine or an
/// unusable `old_permalink` is a `usage` error before anything is read.
JobStatus migrate_articles(const MigrateJob& job, const LoadOptions& load,
                           const DiagnosticSink& sink);

}  // namespace folio
