#pragma once

// Where an image an article names is: one set of rules for every job that reads or copies
// images (check, the site, Hugo bundles, EPUB, feeds), so they agree on what is local.

#include <functional>
#include <string>
#include <string_view>

namespace folio {

/// True for references with a URL scheme or `//`: nothing on this disk to look at.
bool is_remote_reference(std::string_view reference);

/// Where a local image reference points on disk, or empty when it is remote (`https:`,
/// `data:`, `//host`), site-absolute without a static folder, or would leave its root
/// (`../../etc/passwd`). Percent-escapes are decoded and `?query`/`#fragment` dropped.
std::string resolve_local_image(std::string_view reference, std::string_view article_path,
                                std::string_view static_dir);

/// Where an image reference points, as a job that copies images needs to know it.
struct ImageLocation {
    enum class Kind {
        remote,        ///< a URL: nothing to copy
        needs_static,  ///< site-absolute (`/blog/x.png`) and no static folder was given
        outside,       ///< would leave its root (`../../etc/passwd`)
        local,         ///< `path` is where the file should be
    };
    Kind kind = Kind::remote;
    std::string path;
    /// The file name the copy takes, when `path`'s own is not it (a download's cache file is
    /// named after a hash of its URL); empty: `path`'s.
    std::string name;
    /// `path` is the original of a resized variant that is missing (`photo.jpg` for
    /// `photo-300x200.jpg`): it stands in for an `<img src>`, but an `srcset` candidate it
    /// would stand in for is left out, as it is not the width the candidate says.
    bool stand_in = false;
};

/// Locates `reference` as written in the article at `article_path`. A function, so writers
/// hold no path rules of their own and tests need no disk.
using ImageLocator =
    std::function<ImageLocation(std::string_view reference, std::string_view article_path)>;

/// The locator with `resolve_local_image`'s rules and `static_dir` for site-absolute paths
/// (empty: they are `needs_static`).
ImageLocator make_image_locator(std::string static_dir);

/// The media type of an image named `path` (`image/png` for `x.PNG?v=2`), or empty.
std::string image_media_type(std::string_view path);

}  // namespace folio
