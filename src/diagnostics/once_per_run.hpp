#pragma once

#include <string_view>

#include "src/diagnostics/diagnostic.hpp"

namespace folio {

/// `diagnostics` without the ones with `code` once one has been kept this run (`noted`): notes
/// that say the same for every article, such as "site-absolute images need --static".
Diagnostics once_per_run(Diagnostics diagnostics, std::string_view code, bool& noted);

}  // namespace folio
