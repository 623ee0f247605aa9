#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "output/resource_reader.hpp"

namespace folio::epub {

/// One image embedded in the book.
struct EmbeddedImage {
    std::string href;        ///< path inside the package folder, `images/cover-2.png`
    std::string media_type;  ///< sniffed from the bytes
    std::string bytes;       ///< handed to the archive by `take_pending`, empty afterwards
};

/// Why an image could not be embedded.
enum class ImageProblem { none, unreadable, not_an_image };

/// The images of a book, each embedded once however many chapters use it, under a name that
/// is safe in a ZIP and a URL (ASCII letters, digits, `-`; epubcheck warns about spaces, PKG-010)
/// and unique in the book. Reads bytes through a ResourceReader, never from the disk itself.
class ImageCatalog {
public:
    explicit ImageCatalog(const ResourceReader& reader) : reader_(reader) {}

    /// The href of the image at `path` (as `resolve_local_image` gives it), reading and
    /// sniffing it the first time; empty with the reason in `problem` when it cannot be
    /// embedded. The same path always gives the same href.
    std::optional<std::string> embed(const std::string& path, ImageProblem& problem);

    /// Images embedded since the last call, bytes and all, in the order first used; the
    /// catalog keeps only their names so memory does not grow with the images' size.
    std::vector<EmbeddedImage> take_pending();

    /// Every image embedded so far (bytes already taken), in the order first used.
    const std::vector<EmbeddedImage>& images() const { return images_; }

private:
    std::string unique_name(const std::string& path, const std::string& extension);

    const ResourceReader& reader_;
    std::map<std::string, std::optional<std::string>> by_path_;  ///< path → href, empty: failed
    std::map<std::string, ImageProblem> problems_;
    std::map<std::string, int> names_taken_;
    std::vector<EmbeddedImage> images_;
    std::vector<EmbeddedImage> pending_;
};

/// A file name made safe for the archive: the stem's ASCII letters and digits kept (lower
/// case), accented Latin letters and everything else folded into single `-`; `image` when
/// nothing is left. `Why It's Late.png` → `why-it-s-late`.
std::string safe_resource_stem(const std::string& path);

}  // namespace folio::epub
