#pragma once

// The options of the HTML site, defined once for `folio html` and `folio serve`, which builds
// the same site: the same names, help, folio.toml keys, manual page and completions.

#include <cstddef>
#include <string>
#include <vector>

#include "cli/commands.hpp"
#include "formats/html/build_site.hpp"

namespace CLI {
class App;
}

namespace folio::cli {

/// What the site's options hold after parsing.
struct SiteCommandOptions {
    CommonOptions common;
    std::vector<std::string> inputs;
    std::string output;
    std::string base_url;
    std::string title;
    PublicationRules publication;
    bool sanitize = false;
    bool highlight_code = true;
    std::string permalink{kDefaultPermalink};
    std::string old_permalink;
    std::string static_dir;
    std::string media_dir;
    std::size_t page_size = html::kDefaultPageSize;
    bool toc = false;
    std::size_t related = html::kDefaultRelatedCount;
    std::string favicon;
    bool search = true;
};

/// Adds the inputs, `-o`, every option of the site and the common options to `command`;
/// `drafts` says whether it shows drafts unless told otherwise.
void add_site_options(CLI::App& command, SiteCommandOptions& options,
                      DraftsByDefault drafts = DraftsByDefault::left_out);

/// The site job the options and folio.toml's `config` describe (the command line wins), with
/// the feeds written by formats/feed.
html::SiteJob site_job(const SiteCommandOptions& options, const Config& config);

}  // namespace folio::cli
