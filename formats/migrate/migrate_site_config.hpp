#pragma once

// `folio migrate --site`: the target's smallest configuration that builds the migrated site.

#include <set>
#include <span>
#include <string>
#include <vector>

#include "formats/migrate/source_site.hpp"
#include "src/diagnostics/diagnostic.hpp"
#include "src/meta/engine_profile.hpp"
#include "src/output/output_file.hpp"
#include "src/redirects/redirect_list.hpp"
#include "src/redirects/redirect_outputs.hpp"

namespace folio {

struct MigrateJob;

/// The name of the target's configuration file (`astro.config.mjs`, `config/`) that `output`
/// holds already, the user's: `--site` writes none of its own there. Empty: none.
std::string_view user_site_configuration(const EngineProfile& target, const std::string& output);

/// Whether the pages of this migration get the layout `--site` writes for them
/// (`EngineOutput::site_page_layout`): it is written now, or was by an earlier run.
bool site_page_layout_in_use(const EngineProfile& target, const MigrateJob& job);

/// The files of the target's smallest configuration that builds the result as migrated
/// (`engine_site_config`): the permalinks `new_url_rules` gives with `--site`, raw HTML
/// allowed, the redirect plugin (or the redirects of `urls` where the target has no
/// front-matter key for them), a collection schema accepting `custom_keys`, and the old
/// site's address, title and language. None at all where DEST has a configuration of the
/// user's (`engine_config_file_names`, a note): the site is theirs, and its layouts would be
/// overridden by ours. The caller writes each only where no file is.
std::vector<OutputFile> migrate_site_config(const EngineProfile& target, const MigrateJob& job,
                                            const SourceSite& source,
                                            const RedirectOutputs& redirects,
                                            std::span<const ArticleUrls> urls,
                                            const std::set<std::string>& custom_keys,
                                            Diagnostics& diagnostics);

}  // namespace folio
