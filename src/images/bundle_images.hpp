#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "src/ast/article.hpp"
#include "src/diagnostics/diagnostic.hpp"
#include "src/images/image_location.hpp"
#include "src/output/copied_body.hpp"
#include "src/output/output_file.hpp"
#include "src/output/resource_reader.hpp"

namespace folio {

/// Copies the local images `article` uses (cover, every `Image` in body and footnotes, and
/// every image raw HTML shows: `<img src>`, `srcset`, `<picture><source>`) into its page bundle: each readable one becomes an `OutputFile` at `bundle_dir/<safe
/// name>` and its references in `article` are rewritten to `<safe name>`. Remote references
/// are left alone; missing or unreadable ones are warned about (`hugo.image.missing`, once per
/// file) and left as written; site-absolute ones without a static folder get one note. Each
/// reference rewritten in the body or footnotes is added to `moved`, when given, with where it
/// is written, so a writer that copies the body as written can edit it there.
std::vector<OutputFile> bundle_images(Article& article, const std::string& bundle_dir,
                                      const ImageLocator& locate, const ResourceReader& resources,
                                      Diagnostics& diagnostics,
                                      std::vector<MovedDestination>* moved = nullptr);

/// A file name that is safe in a URL and on every file system: the stem made URL-safe by
/// `slugify` (`image` when nothing is left) and the extension in lower case.
std::string safe_image_name(std::string_view path);

}  // namespace folio
