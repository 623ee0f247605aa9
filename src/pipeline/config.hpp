#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "src/ast/article.hpp"
#include "src/diagnostics/diagnostic.hpp"
#include "src/source/source_text.hpp"

namespace folio {

/// One key of a command's table in `folio.toml` (`[epub]` `title = "x"`): the value as the
/// command line would spell it (`true`, `20`, `x`) and where it was written.
struct ConfigSetting {
    std::string key;
    std::string value;
    SourcePos at;
};

/// A table of `folio.toml` (`[epub]`): settings for the command of that name, in file order.
struct ConfigTable {
    std::string name;
    std::vector<ConfigSetting> settings;
    SourcePos at;
};

/// Site-wide settings from `folio.toml`. Every field may be overridden on the command line.
struct Config {
    std::string title;      ///< site or book title
    std::string base_url;   ///< absolute site URL, `https://example.org/`
    std::string author;
    std::string description;  ///< what the site is about, one sentence: the feeds' description
    std::string websub_hub;   ///< WebSub hub the feeds name (`rel="hub"`); empty: none
    std::string language;   ///< BCP 47 tag used when an article has none
    std::string time_zone;  ///< `UTC`, `+01:00` or an IANA name such as `Europe/Amsterdam`
    std::optional<FrontMatterStyle> style;
    std::string static_dir;  ///< where site-absolute paths (`/blog/images/x.png`) resolve
    std::string path;        ///< the file this came from, empty when none was found
    /// `[epub]`, `[feed]`, ...: options of one command; which keys are valid only the command
    /// knows, so they are checked where it runs.
    std::vector<ConfigTable> tables;
    /// The file's text, for diagnostics about a table's settings; null when there was none.
    std::shared_ptr<const SourceText> source;
};

/// Reads `explicit_path` (an error if it is missing), else `folio.toml` in the current directory
/// if there is one, else returns defaults. Relative paths inside (`static`) are made relative
/// to the config file's folder. Unknown keys are warnings (`config.unknown-key`), so a typo is
/// noticed; a malformed file is an error with its position.
Result<Config> load_config(const std::string& explicit_path, Diagnostics& diagnostics);

/// `a`, `b` or an error message for anything else.
std::optional<FrontMatterStyle> parse_style(std::string_view name);

}  // namespace folio
