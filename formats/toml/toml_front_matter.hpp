#pragma once

#include "src/plugin/front_matter.hpp"

namespace folio {

/// TOML front matter (toml++): native dates, date-times and offsets become `Date` values.
Result<FrontMatter> decode_toml_front_matter(const SourceText& source, std::size_t begin,
                                             std::size_t end);

}  // namespace folio
