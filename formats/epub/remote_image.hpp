#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace folio::epub {

/// What became of downloading a remote image (`--fetch-images`): where its bytes are on disk
/// (read through the ResourceReader like any local image), or why there are none.
struct FetchedImage {
    std::string path;     ///< empty when it could not be fetched
    std::string problem;  ///< `HTTP 404`, `larger than 10 MB`, `timed out after 10 s`, ...
};

/// Downloads a remote image. Called from several threads at once; must not throw.
using FetchImage = std::function<FetchedImage(std::string_view url)>;

}  // namespace folio::epub
