#pragma once

#include <string>

#include "src/ast/article.hpp"
#include "src/diagnostics/diagnostic.hpp"
#include "src/source/source_text.hpp"

namespace folio {

/// What `folio check` needs besides the articles.
struct LintOptions {
    /// Where site-absolute image paths (`/blog/images/x.png`) resolve; empty: they are not
    /// checked, and one note says so.
    std::string static_dir;
};

/// The per-file checks of `folio check`, run while the file's text is still at hand: missing
/// title or date, suspected mojibake, local images that do not exist, a first H1 that repeats
/// the title. Front-matter syntax, impossible dates and duplicate slugs are reported by the
/// readers and the loader themselves.
void lint_article(const SourceText& source, const Article& article, const LintOptions& options,
                  Diagnostics& diagnostics);

}  // namespace folio
