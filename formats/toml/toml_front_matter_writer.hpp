#pragma once

#include <string>
#include <vector>

#include "src/ast/value.hpp"
#include "src/plugin/front_matter_writer.hpp"

namespace folio {

/// The TOML text of a front-matter map and the keys it could not hold.
struct TomlFrontMatter {
    std::string text;  ///< without the `+++` fences; ends with a newline unless empty
    /// Dotted paths (`params.note`, `tags[2]`) of null values: TOML has no null, so they are
    /// left out and the caller warns, naming each.
    std::vector<std::string> dropped_nulls;
    /// Paths of impossible dates (`2024-01-00`, kept as dates by the readers so `check` can
    /// report them): TOML refuses them as dates, so they are written as strings and the caller
    /// warns.
    std::vector<std::string> quoted_dates;
};

/// Writes `entries` as TOML front matter in their order: dates as TOML dates, local
/// date-times or offset date-times (never strings), with fraction digits and `Z`/`+00:00`
/// as the value has them; floats always with `.` or exponent; maps at the end of the map as
/// `[tables]`, earlier ones inline so key order survives. Pure; never fails.
TomlFrontMatter write_toml_front_matter(const Map& entries);

/// The registry's TOML writer (`FrontMatterWriter`): `write_toml_front_matter`'s text between
/// `+++` lines, warning about every null left out (`hugo.toml.null`) and every impossible date
/// written as a string (`hugo.toml.impossible-date`). Strings are always quoted in TOML, so
/// `options` changes nothing.
std::string write_toml_front_matter_block(const Map& entries,
                                          const FrontMatterWriteOptions& options,
                                          const Source& source, Diagnostics& diagnostics);

}  // namespace folio
