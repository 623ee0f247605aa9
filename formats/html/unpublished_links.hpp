#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "src/ast/article.hpp"

namespace folio::html {

/// Replaces every link in `article` (body and footnotes) whose URL `unpublished` accepts by its
/// text, so a page never links to an article the site leaves out (a draft). Returns the links
/// removed (URL and place), in order, for the warning.
std::vector<std::pair<std::string, SourcePos>> unlink_unpublished(
    Article& article, const std::function<bool(std::string_view)>& unpublished);

}  // namespace folio::html
