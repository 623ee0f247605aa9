#pragma once

#include <string>
#include <string_view>

namespace folio {

/// The name a download of `url` has in UrlFetcher's cache folder: 64 bits of FNV-1a of the
/// URL, in hex, so that one URL is downloaded once across runs.
std::string download_cache_name(std::string_view url);

}  // namespace folio
