#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "src/ast/article.hpp"
#include "src/diagnostics/diagnostic.hpp"
#include "src/output/output_file.hpp"
#include "src/output/resource_reader.hpp"

namespace folio {

/// Where an image reference points. The command decides (with `resolve_local_image`), so the
/// writer holds no path rules of its own and tests need no disk.
struct ImageLocation {
    enum class Kind {
        remote,        ///< a URL: nothing to copy
        needs_static,  ///< site-absolute (`/blog/x.png`) and no static folder was given
        outside,       ///< would leave its root (`../../etc/passwd`)
        local,         ///< `path` is where the file should be
    };
    Kind kind = Kind::remote;
    std::string path;
};

/// Locates `reference` as written in the article at `article_path`.
using ImageLocator =
    std::function<ImageLocation(std::string_view reference, std::string_view article_path)>;

/// Copies the local images `article` uses (cover and every `Image` in body and footnotes)
/// into its page bundle: each readable one becomes an `OutputFile` at `bundle_dir/<safe
/// name>` and its references in `article` are rewritten to `<safe name>`. Remote references
/// are left alone; missing or unreadable ones are warned about (`hugo.image.missing`) and
/// left as written; site-absolute ones without a static folder get one note.
std::vector<OutputFile> bundle_images(Article& article, const std::string& bundle_dir,
                                      const ImageLocator& locate, const ResourceReader& resources,
                                      Diagnostics& diagnostics);

/// A file name that is safe in a URL and on every file system: the stem made URL-safe by
/// `slugify` (`image` when nothing is left) and the extension in lower case.
std::string safe_image_name(std::string_view path);

}  // namespace folio
