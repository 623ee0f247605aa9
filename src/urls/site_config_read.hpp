#pragma once

// What a source site's own configuration says about its URLs: Hugo's `baseURL`, `permalinks`,
// `uglyURLs` and `contentDir` (hugo.toml, config.toml, their YAML and JSON forms, and
// config/_default/), Jekyll's `url`, `baseurl` and `permalink` (_config.yml). Read once per
// migration, by the URL rules of the source engine.

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "src/diagnostics/diagnostic.hpp"

namespace folio {

/// The URL settings of one site. Defaults are the engines' own defaults.
struct SiteConfig {
    std::string folder;       ///< the site's root folder (where its configuration is)
    std::string config_file;  ///< the main file read, for messages; empty when none was found
    std::string base_url;     ///< Hugo's `baseURL`; Jekyll's `url` followed by `baseurl`
    /// Hugo's `permalinks`, section → pattern (the 0.112+ `[permalinks.page]` table and the
    /// older flat table both land here; `[permalinks.page]` wins).
    std::map<std::string, std::string, std::less<>> permalinks;
    bool ugly_urls = false;               ///< Hugo's `uglyURLs`: `/posts/a.html`, not `/posts/a/`
    /// Where the articles' folders start, relative to `folder`: Hugo's `contentDir`
    /// (`content`), Eleventy's input folder (`dir: {input: "content"}`; else the site root).
    std::string content_dir = "content";
    /// Hugo's languages (`[languages.fa]`), its `defaultContentLanguage` and whether that one
    /// has its own folder too (`defaultContentLanguageInSubdir`): a page in another language
    /// is under `/<lang>/`.
    std::set<std::string, std::less<>> languages;
    std::string default_language = "en";
    bool default_language_in_subdir = false;
    /// Jekyll's `permalink`: a built-in style name (`date`, `pretty`, ...) or a pattern; empty
    /// when the configuration does not set it (Jekyll's default style is `date`).
    std::string permalink;
    /// Jekyll's `timezone` (`Europe/Amsterdam`): the zone whose wall clock dates its URLs;
    /// empty means the building machine's, taken to be UTC (GitHub Pages', CI's).
    std::string timezone;
    /// The site's title (`title`) and language (Jekyll's `lang`, Hugo's `languageCode`, else
    /// its `defaultContentLanguage` when set), empty when not written: what `--site` carries
    /// into the new site's configuration.
    std::string title;
    std::string language;
    /// Jekyll's collections other than `posts` (`collections: {tabs: {output: true}}`), by
    /// name: their documents are in `_<name>/`.
    std::vector<std::string> collections;
};

/// Reads the configuration of the `engine` site (`hugo`, `jekyll`, and Eleventy's input folder
/// from its JavaScript configuration, where it is written as a plain string; any other engine
/// has no URL settings folio reads, and gets the defaults) whose root is `site_folder`. A missing
/// file gives the defaults; a file that does not parse is the error, at its line and column.
Result<SiteConfig> read_site_config(const std::string& site_folder, std::string_view engine);

}  // namespace folio
