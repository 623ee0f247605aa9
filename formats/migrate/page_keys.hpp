#pragma once

// The front-matter keys a page of the site gets where the target keeps pages.

#include "src/ast/article.hpp"
#include "src/meta/engine_profile.hpp"

namespace folio {

/// Sets `target.output.page_keys` in `page.meta.extra` (`{slug}` in a value replaced by the
/// page's slug; `a.b` is key `b` of map `a`), replacing a key of the same name; with
/// `site_layout` (the site shows pages with the layout `--site` writes), its
/// `site_page_keys` too.
void add_page_keys(Article& page, const EngineProfile& target, bool site_layout);

}  // namespace folio
