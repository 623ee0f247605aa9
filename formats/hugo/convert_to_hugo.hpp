#pragma once

// `folio hugo` as a library call: every article of the inputs becomes a Hugo page (bundle).

#include <string>

#include "formats/hugo/hugo_writer.hpp"
#include "src/pipeline/files_per_article.hpp"
#include "src/pipeline/job.hpp"
#include "src/pipeline/load_articles.hpp"

namespace folio {

/// The settings of a Hugo conversion.
struct HugoJob {
    FilesPerArticle files;          ///< the inputs, and the Hugo content folder written into
    std::string section = "posts";  ///< folder under the content folder; empty: the folder itself
    bool bundles = true;  ///< `<section>/<slug>/index.md` rather than `<section>/<slug>.md`
    /// The old blog's URL pattern (`/blog/:slug/`, as `expand_permalink` reads it): each page gets
    /// its old URL as an alias so old links redirect. Empty: no aliases.
    std::string old_permalink;
    /// Where site-absolute image paths (`/images/a.png`) resolve; empty: they are not copied
    /// and one note says so.
    std::string static_dir;
    /// Write every body from the AST with the Markdown writer (`--reformat`), rather than copy
    /// it as written with only moved image destinations and the title heading edited.
    bool reformat = false;
};


/// Writes a Hugo page for every article of `job.files.inputs` (`write_hugo_page`, with the
/// writers of `load.read.formats`) into `job.files.output`, reporting to `sink` as it goes;
/// the note that site-absolute images need a static folder comes once per run. An unusable
/// `old_permalink` is a `usage` error before anything is read.
JobStatus write_hugo_site(const HugoJob& job, const LoadOptions& load, const DiagnosticSink& sink);

}  // namespace folio
