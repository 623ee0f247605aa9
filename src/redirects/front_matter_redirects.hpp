#pragma once

// Redirects an engine writes itself from a page's front matter: Hugo's `aliases` and Jekyll's
// `redirect_from` (the jekyll-redirect-from plugin). Both take paths inside the site.

#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "src/diagnostics/diagnostic.hpp"
#include "src/redirects/redirect_list.hpp"

namespace folio {

/// For each article (by its file, `Redirect::source`), the values of its `aliases` or
/// `redirect_from` list: each old URL as a decoded path inside the new site (the new base path
/// taken off: both engines put it back), in order. Hugo writes an alias to the file the path
/// names, so a percent-encoded value would make a folder called `caf%C3%A9`. Old URLs outside
/// the new site get a warning (`redirects.outside-site`): only a server rule can reach them.
std::map<std::string, std::vector<std::string>, std::less<>> front_matter_redirects(
    std::span<const Redirect> redirects, std::string_view new_base_path, Diagnostics& diagnostics);

}  // namespace folio
