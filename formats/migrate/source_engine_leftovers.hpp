#pragma once

// What of an article only its source engine reads: front-matter keys left out for another
// engine, and MDX statements and components that a Markdown engine will not run.

#include <set>
#include <string>
#include <vector>

#include "src/ast/article.hpp"
#include "src/diagnostics/diagnostic.hpp"
#include "src/meta/engine_profile.hpp"
#include "src/source/written_body.hpp"

namespace folio {

/// The keys only `source` reads (`engine_only_keys`), taken out of `page` when `target` is
/// another engine, and returned. A note names each key once per run: `noted` holds the keys
/// named already.
std::vector<std::string> drop_engine_only_keys(Article& page, const EngineProfile* source,
                                               const EngineProfile& target,
                                               std::set<std::string>& noted,
                                               Diagnostics& diagnostics);

/// An MDX post moving to an engine that reads it as Markdown: its components (in `body`, the
/// body as written, when there is one) and its import statements are rendered and run by
/// MDX only; each is a warning where it is.
void warn_mdx_left(const Article& page, const WrittenBody* body, const EngineProfile& target,
                   Diagnostics& diagnostics);

}  // namespace folio
