#pragma once

#include <string>
#include <vector>

#include "src/ast/article.hpp"
#include "src/diagnostics/diagnostic.hpp"

namespace folio {

struct EngineProfile;

/// The front matter a writer produces: which field names, and which syntax they end up in.
enum class FrontMatterTarget {
    style_a_yaml,  ///< the JavaScript engine's YAML: `excerpt`, `category`, `featuredImage`
    style_b_yaml,  ///< Hugo + PaperMod names in YAML
    hugo_toml,     ///< Hugo + PaperMod names, for TOML (`+++`)
};

/// Extra input for a target that the article itself does not hold.
struct FrontMatterExtras {
    /// Old URLs for Hugo's `aliases` (merged with an `aliases` list already in `extra`).
    std::vector<std::string> aliases;
    /// Old URLs for Jekyll's `redirect_from` (jekyll-redirect-from), merged the same way.
    std::vector<std::string> redirect_from;
};

/// The ordered key/value map for one target, plus what needed saying on the way.
struct StyledFrontMatter {
    Map entries;
    /// Typed fields the target has no key for, written under another style's name as extra
    /// keys (`lastmod` in style A); the caller reports them as one note.
    std::vector<std::string> kept_as_extra;
    /// Extra keys left out because a typed field already wrote that key (`summary` twice).
    std::vector<std::string> clashing;
    /// Extra keys left out of Hugo front matter because Hugo reads them as dates (`lastmod`,
    /// `publishDate`, ...) and their values are not dates: the page would not build.
    std::vector<std::string> not_dates;
};

/// The reverse of `map_front_matter`: typed fields under the target's key names, written only
/// when set (empty values re-read as unset), then every `extra` key in order with its type.
/// Reading the result back in the target's style gives the same `Meta` (see
/// docs/migration.md for the table and the few exceptions). Pure; never fails.
StyledFrontMatter front_matter_for_style(const Meta& meta, FrontMatterTarget target,
                                         const FrontMatterExtras& extras = {});

/// The front matter a migration writes for `profile`'s engine: each typed field that is set
/// under the first key of `profile.keys` that fills it (a field with none under folio's own
/// name: `updated`, `summary`, `categories`, `cover`, `url`, listed in `kept_as_extra`), then
/// every `extra` key in order, the cover last (a TOML table follows the plain keys). A draft
/// is marked by its key unless the engine keeps drafts in a folder of their own. Pure.
StyledFrontMatter front_matter_for_profile(const Meta& meta, const EngineProfile& profile,
                                           const FrontMatterExtras& extras = {});

/// Reports what `front_matter_for_style` had to say about `source`'s article: a note
/// (`front-matter.kept-as-extra`) listing typed fields written under another style's name, a
/// warning (`front-matter.clash`) per extra key left out because a field took its name.
void report_front_matter_changes(const StyledFrontMatter& styled, FrontMatterTarget target,
                                 const Source& source, Diagnostics& diagnostics);
/// The same for `front_matter_for_profile`, naming the engine (`front-matter.kept-as-extra`
/// says which fields kept folio's names).
void report_front_matter_changes(const StyledFrontMatter& styled, const EngineProfile& profile,
                                 const Source& source, Diagnostics& diagnostics);

/// `style A`, `style B`, `Hugo`: the target as messages name it.
std::string_view target_name(FrontMatterTarget target);

}  // namespace folio
