#pragma once

// Raw HTML as an output that does not trust it writes it: the feeds always, the site with
// `--sanitize`. Works on one fragment of raw HTML at a time (an HTML block, or one inline tag),
// as the renderer hands them over, so unbalanced fragments are fine.

#include <string>
#include <string_view>
#include <vector>

namespace folio {

/// `html` with only what html_allow_list.hpp allows: elements off the list lose their tags
/// (their text stays), active ones (`script`, `style`, `iframe`, SVG's `foreignObject`...) go
/// with everything up to their end tag in this fragment, attributes off the list, dangerous
/// URLs, `srcset` candidates and styles go, and comments go. A tag nothing was removed from is
/// kept byte for byte. Each kind of thing removed is added once to `removed`, when given
/// (`<script> element`, `onclick attribute`, `javascript: URL`). Never fails.
std::string sanitize_raw_html(std::string_view html, std::vector<std::string>* removed = nullptr);

}  // namespace folio
