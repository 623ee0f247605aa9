#pragma once

#include "src/plugin/front_matter.hpp"

namespace folio {

/// YAML front matter (yaml-cpp). Quoted scalars stay strings; plain scalars are typed by their
/// text (bool, integer, float, YAML timestamp → date, `~`/empty → null). Anchors and aliases
/// are expanded with a size cap, so an alias bomb is an error, not an out-of-memory.
Result<FrontMatter> decode_yaml_front_matter(const SourceText& source, std::size_t begin,
                                             std::size_t end);

}  // namespace folio
