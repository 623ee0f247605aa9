#pragma once

// How the pass that writes reads each article: its body kept as the file holds it, to be
// copied with only the spans that must change edited, and parsed into the tree only where an
// edit needs the offsets.

#include <cstddef>
#include <string_view>

#include "src/ast/article.hpp"
#include "src/meta/engine_profile.hpp"
#include "src/pipeline/load_articles.hpp"
#include "src/plugin/registry.hpp"

namespace folio {

struct MigrateJob;

/// `load` with each body as written kept beside its article (`ArticleSlot::written_body`,
/// with the front matter as written) and read into the tree only where `body_needed` (or
/// where the Markdown writer writes it: `job.reformat`, which reads every body as `load`
/// does). The parse this saves was most of a copying run's time. `job`, `target` and the
/// formats of `load` must outlive the options returned.
LoadOptions reading_for_copied_bodies(const LoadOptions& load, const MigrateJob& job,
                                      const EngineProfile& target);

/// Whether `article` is an MDX file the target keeps as MDX (its path pattern ends `.mdx`).
bool keeps_mdx(const Article& article, const EngineProfile& target);

}  // namespace folio
