#pragma once

#include <optional>
#include <string_view>

#include "src/ast/date.hpp"

namespace folio {

/// A WordPress date pair as an exact instant: `local` (`post_date`, the site's clock) with the
/// offset its difference to `gmt` (`post_date_gmt`) gives. `0000-00-00 00:00:00` in `gmt` (a
/// draft never published) or an unreadable `local`: empty. Without a usable `gmt` the local time
/// is kept without an offset.
std::optional<Date> wordpress_date(std::string_view local, std::string_view gmt);

}  // namespace folio
