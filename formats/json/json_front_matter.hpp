#pragma once

#include "src/plugin/front_matter.hpp"

namespace folio {

/// JSON front matter (nlohmann/json), the object `{...}` that opens the file. JSON has no date
/// type: dates stay strings here and the field mapper parses the ones it knows.
Result<FrontMatter> decode_json_front_matter(const SourceText& source, std::size_t begin,
                                             std::size_t end);

}  // namespace folio
