#pragma once

// `folio markdown` as a library call: every article of the inputs becomes `<slug>.md` with
// front matter in the chosen style.

#include "src/meta/front_matter_for_style.hpp"
#include "src/pipeline/files_per_article.hpp"
#include "src/pipeline/job.hpp"
#include "src/pipeline/load_articles.hpp"

namespace folio {

/// The settings of a Markdown conversion.
struct MarkdownJob {
    FilesPerArticle files;  ///< the inputs, and the folder the `<slug>.md` files go into
    /// The front matter written: style A or B YAML, or Hugo's names in TOML.
    FrontMatterTarget style = FrontMatterTarget::style_b_yaml;
    /// Write every body from the AST with the Markdown writer (`--reformat`), rather than copy
    /// it as written.
    bool reformat = false;
};

/// The file `write_markdown_files` writes for one article: `<slug>.md` holding its front
/// matter in `style` and its body: `written` (the body as its file holds it) copied byte for
/// byte, or, without it, the body and footnotes written in Markdown (`write_article_file` with
/// the writers of `formats`). What the style cannot hold is reported in `diagnostics`. Pure.
OutputFile markdown_file(const Article& article, FrontMatterTarget style, const Registry& formats,
                         Diagnostics& diagnostics, const WrittenBody* written = nullptr);

/// Writes `markdown_file` of every article of `job.files.inputs` into `job.files.output`, with
/// the writers of `load.read.formats`, reporting to `sink` as it goes.
JobStatus write_markdown_files(const MarkdownJob& job, const LoadOptions& load,
                               const DiagnosticSink& sink);

}  // namespace folio
