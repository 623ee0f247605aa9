#pragma once

#include <string>

#include "src/ast/article.hpp"
#include "src/diagnostics/diagnostic.hpp"
#include "formats/markdown/markdown_writer.hpp"
#include "src/meta/front_matter_for_style.hpp"

namespace folio {

/// A whole Markdown file for `folio markdown`: `---` YAML front matter in `style` (A or B;
/// `hugo_toml` writes `+++` TOML), a blank line, then the body and footnotes from the AST.
/// Notes about fields the style cannot hold and warnings about dropped keys go to
/// `diagnostics`. Pure.
std::string write_markdown_article(const Article& article, FrontMatterTarget style,
                                   Diagnostics& diagnostics);

/// Warns `markdown.emphasis.nesting` at each block whose emphasis the written body cannot
/// give back as it was (`write_markdown_body`'s `misnested`), once per block.
void report_misnested_emphasis(const std::vector<MisnestedInlines>& misnested,
                               const Source& source, Diagnostics& diagnostics);

/// The `+++` TOML front matter block of a Hugo page (fences included), warning about every
/// null value TOML cannot hold (`hugo.toml.null`).
std::string hugo_front_matter_block(const Map& entries, const Source& source,
                                    Diagnostics& diagnostics);

}  // namespace folio
