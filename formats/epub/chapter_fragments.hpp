#pragma once

#include <string>
#include <vector>

namespace folio::epub {

/// A chapter page whose `#fragment` links all point at an id of the page: a link written for
/// the site (`#heading` in raw HTML, where the book's ids carry the chapter's `id_prefix`) is
/// pointed at the prefixed id when the page has it; a link to no id at all loses its `href`
/// (its text stays), and its fragment is added to `missing`, once each, for a warning:
/// epubcheck rejects such links. Returns the page unchanged when it has no `href="#`.
std::string settle_fragment_links(std::string page, const std::string& id_prefix,
                                  std::vector<std::string>& missing);

}  // namespace folio::epub
