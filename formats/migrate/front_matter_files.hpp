#pragma once

// Files that front-matter keys other than the cover name by a site-absolute path (the Next.js
// blog-starter's `author.picture` and `ogImage.url`), copied along with the article.

#include <set>
#include <string>
#include <vector>

#include "src/ast/article.hpp"
#include "src/diagnostics/diagnostic.hpp"
#include "src/images/image_location.hpp"
#include "src/output/output_file.hpp"
#include "src/output/resource_reader.hpp"

namespace folio {

/// The files the `extra` keys of `page` name by a site-absolute path (`/assets/a/b.png`),
/// found through `locate` and read through `resources`, to be written at the same path under
/// `folder` (the target's folder of files served as they are), so that the keys, kept as
/// written, still name them. Each file once per run: `copied` holds the paths given already.
/// A file a key names in vain is a warning (`migrate.file.missing`).
std::vector<OutputFile> front_matter_files(const Article& page, const std::string& folder,
                                           const ImageLocator& locate,
                                           const ResourceReader& resources,
                                           std::set<std::string>& copied,
                                           Diagnostics& diagnostics);

}  // namespace folio
