#pragma once

// The site a migration's inputs come from: its engine (named with `--from` or detected from
// the folder of the first input) and what its configuration says.

#include <optional>
#include <string>
#include <vector>

#include "src/diagnostics/diagnostic.hpp"
#include "src/images/image_location.hpp"
#include "src/meta/engine_profile.hpp"
#include "src/pipeline/load_articles.hpp"
#include "src/urls/site_config_read.hpp"

namespace folio {

struct MigrateJob;

/// The source engine and its site's configuration (`config.folder` empty when no site folder
/// was found, only the engine named).
struct SourceSite {
    const EngineProfile* engine = nullptr;
    SiteConfig config;
};

/// The source engine, from `--from` (`load.read.engine`) or the site the first input is in,
/// with its configuration read when the site found is of that engine. None when no engine is
/// known, or when the configuration does not parse (an error in `diagnostics`: every old URL
/// would be a guess).
std::optional<SourceSite> source_site(const MigrateJob& job, const LoadOptions& load,
                                      Diagnostics& diagnostics);

/// Where site-absolute references (`/images/a.png`) resolve: `--static` when given, else the
/// folders the source engine serves them from (`site_content`), the first that holds the file.
ImageLocator static_locator(const MigrateJob& job, const SourceSite& source);

}  // namespace folio
