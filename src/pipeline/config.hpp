#pragma once

#include <optional>
#include <string>

#include "src/ast/article.hpp"
#include "src/diagnostics/diagnostic.hpp"

namespace folio {

/// Site-wide settings from `folio.toml`. Every field may be overridden on the command line.
struct Config {
    std::string title;      ///< site or book title
    std::string base_url;   ///< absolute site URL, `https://example.org/`
    std::string author;
    std::string language;   ///< BCP 47 tag used when an article has none
    std::string time_zone;  ///< `UTC`, `+01:00` or an IANA name such as `Europe/Amsterdam`
    std::optional<FrontMatterStyle> style;
    std::string static_dir;  ///< where site-absolute paths (`/blog/images/x.png`) resolve
    std::string path;        ///< the file this came from, empty when none was found
};

/// Reads `explicit_path` (an error if it is missing), else `folio.toml` in the current directory
/// if there is one, else returns defaults. Relative paths inside (`static`) are made relative
/// to the config file's folder. Unknown keys are warnings (`config.unknown-key`), so a typo is
/// noticed; a malformed file is an error with its position.
Result<Config> load_config(const std::string& explicit_path, Diagnostics& diagnostics);

/// `a`, `b` or an error message for anything else.
std::optional<FrontMatterStyle> parse_style(std::string_view name);

}  // namespace folio
