#pragma once

#include <string>

#include "src/ast/value.hpp"
#include "src/plugin/front_matter_writer.hpp"

namespace folio {

/// How strings are written.
struct YamlWriteOptions {
    /// Quote every string, as the JavaScript engine's files do (style A). Otherwise only strings
    /// that would re-read as another type (`true`, `12`, `2025-12-21`, `~`) or that YAML cannot
    /// hold plain are quoted.
    bool quote_all_strings = false;
};

/// The YAML text of a front-matter map (yaml-cpp emitter), without the `---` fences, ending
/// with a newline; empty for an empty map. Dates are written unquoted in RFC 3339 so they stay
/// dates; floats always carry a `.` or exponent so they stay floats. Keys keep their order.
std::string write_yaml_front_matter(const Map& entries, const YamlWriteOptions& options = {});

/// The registry's YAML writer (`FrontMatterWriter`): `write_yaml_front_matter`'s text between
/// `---` lines. YAML holds every value, so nothing is reported.
std::string write_yaml_front_matter_block(const Map& entries,
                                          const FrontMatterWriteOptions& options,
                                          const Source& source, Diagnostics& diagnostics);

}  // namespace folio
