#pragma once

#include "src/ast/article.hpp"
#include "src/diagnostics/diagnostic.hpp"
#include "src/meta/engine_profile.hpp"
#include "src/plugin/front_matter.hpp"
#include "src/source/source_text.hpp"

namespace folio {

/// Which style a front matter is in, from the keys it uses: `excerpt`, `featuredImage` or a
/// single-string `category` say A; `summary`, `cover:` as a map, `tags`, `draft`, `lastmod`
/// say B. TOML and JSON front matter are Hugo's, so B. A tie is B.
FrontMatterStyle detect_style(const FrontMatter& front_matter, FrontMatterSyntax syntax);

/// The one mapper from decoded front matter to typed metadata, for both styles. Keys it maps
/// to typed fields are taken out; every other key lands in `Meta::extra` in source order with
/// its type. A value of the wrong type for its field (a map as `title`, an impossible date)
/// is reported at the value's position and kept in `extra` unchanged: nothing is dropped.
Meta map_front_matter(const FrontMatter& front_matter, FrontMatterStyle style,
                      const SourceText& source, Diagnostics& diagnostics);

/// The same, with an engine's key meanings (`engine_profiles()`) instead of a style's.
Meta map_front_matter(const FrontMatter& front_matter, const EngineProfile& profile,
                      const SourceText& source, Diagnostics& diagnostics);

/// Style A or B as a profile: the key meanings `map_front_matter` uses for that style.
const EngineProfile& profile_for_style(FrontMatterStyle style);

}  // namespace folio
