#pragma once

#include <map>
#include <string>
#include <string_view>

#include "src/meta/engine_profile.hpp"

namespace folio {

/// How many folders above an input's own folder are searched for an engine's configuration
/// (`site/src/content/blog/x.md` finds `site/astro.config.mjs`).
inline constexpr int kEngineSearchDepth = 4;

/// The engine whose site holds `folder`: the nearest folder, from `folder` up to
/// `kEngineSearchDepth` parents, with `hugo.toml` (or `config.toml|yaml|json` naming
/// `baseURL`/`theme`, or `config/_default/`), `_config.yml` (Jekyll), `astro.config.*`,
/// `.eleventy.js`/`eleventy.config.*`, or a `package.json` depending on `next`, `gatsby`,
/// `astro` or `@11ty/eleventy`. Null when none is found; never fails.
const EngineProfile* detect_engine(const std::string& folder);

/// The engine `detect_engine` finds and the folder whose configuration named it (the site's
/// root, where its `hugo.toml` or `_config.yml` is); a null engine and an empty folder when
/// none is found.
struct DetectedSite {
    const EngineProfile* engine = nullptr;
    std::string folder;
};
DetectedSite detect_site(const std::string& folder);

/// `detect_engine` once per folder, for a run over many files.
class EngineDetector {
public:
    /// The engine of the site that holds the file at `path` (`-` has none).
    const EngineProfile* engine_for(std::string_view path);

private:
    std::map<std::string, const EngineProfile*, std::less<>> by_folder_;
    // The same answers keyed by the path up to its last `/` as written: found without building
    // a filesystem path, whose parent_path cost about 4,000 instructions a file.
    std::map<std::string, const EngineProfile*, std::less<>> by_prefix_;
};

}  // namespace folio
