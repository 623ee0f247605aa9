#pragma once

// One article as `<slug>.md` with front matter in one of folio's styles. (`folio markdown`
// itself is a migration: `markdown_files_job` in formats/migrate.)

#include "src/ast/article.hpp"
#include "src/diagnostics/diagnostic.hpp"
#include "src/meta/front_matter_for_style.hpp"
#include "src/output/output_file.hpp"
#include "src/plugin/registry.hpp"
#include "src/source/written_body.hpp"

namespace folio {

/// The file for one article: `<slug>.md` holding its front
/// matter in `style` and its body: `written` (the body as its file holds it) copied byte for
/// byte, or, without it, the body and footnotes written in Markdown (`write_article_file` with
/// the writers of `formats`). What the style cannot hold is reported in `diagnostics`. Pure.
OutputFile markdown_file(const Article& article, FrontMatterTarget style, const Registry& formats,
                         Diagnostics& diagnostics, const WrittenBody* written = nullptr);

}  // namespace folio
