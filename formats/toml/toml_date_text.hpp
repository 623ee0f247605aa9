#pragma once

#include <cstddef>
#include <string_view>

namespace folio {

/// The TOML date, time or date-time literal that starts at `offset` in `text`, as written
/// (`1979-05-27T07:32:00.999Z`, `1979-05-27 07:32:00`, `07:32:00.5`). toml++ keeps the value
/// but not how many fraction digits or which offset spelling (`Z` or `+00:00`) were used, so
/// the decoder reads them back from here. Empty when no such literal starts there.
std::string_view toml_date_text_at(std::string_view text, std::size_t offset);

}  // namespace folio
