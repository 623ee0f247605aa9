#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "src/output/resource_reader.hpp"

namespace folio::epub {

/// One image embedded in the book.
struct EmbeddedImage {
    std::string href;        ///< path inside the package folder, `images/cover-1a2b3c4d.png`
    std::string media_type;  ///< sniffed from the bytes
    std::string bytes;
    std::array<std::uint64_t, 2> digest{};  ///< of the bytes, for the book identifier
};

/// Why an image could not be embedded.
enum class ImageProblem { none, unreadable, not_an_image, broken_svg };

/// The images of a book, each embedded once however many chapters use it, under a name that
/// is safe in a ZIP and a URL (ASCII letters, digits, `-`; epubcheck warns about spaces,
/// PKG-010) and the same whatever order chapters are rendered in: the file's stem plus a hash
/// of its bytes (`photo-1a2b3c4d.jpg`), so chapters can be rendered on several threads and the
/// book stays byte-identical. Files with the same bytes are one image. Reads bytes through a
/// ResourceReader, never from the disk itself. Thread-safe.
class ImageCatalog {
public:
    explicit ImageCatalog(const ResourceReader& reader) : reader_(reader) {}

    /// The href of the image at `path` (as `resolve_local_image` gives it), reading and
    /// sniffing it the first time; empty with the reason in `problem` when it cannot be
    /// embedded. The same path always gives the same href. Named after `path`, or after
    /// `name` when given (a downloaded image after its URL, not its cache file).
    /// An SVG is cleaned (`clean_svg`) before it is stored, and refused (`broken_svg`) when it
    /// cannot be; `cleaned`, when given, is set to what was removed the first time the file is
    /// embedded (empty otherwise), for one warning per file.
    std::optional<std::string> embed(const std::string& path, ImageProblem& problem,
                                     std::string_view name = {}, std::string* cleaned = nullptr);

    /// The image named `href`, bytes and all, the first time it is asked for; the catalog then
    /// lets go of the bytes, so memory does not grow with the images' size. Empty afterwards
    /// and for names it does not know.
    std::optional<EmbeddedImage> take(const std::string& href);

private:
    struct Known {
        std::optional<std::string> href;  ///< empty: failed, see problem
        ImageProblem problem = ImageProblem::none;
    };

    const ResourceReader& reader_;
    std::mutex mutex_;
    std::map<std::string, Known> by_path_;
    struct Stored {
        EmbeddedImage image;  ///< bytes emptied once taken
        bool taken = false;
    };
    std::map<std::string, Stored> by_href_;
};

/// A file name made safe for the archive: the stem's ASCII letters and digits kept (lower
/// case), accented Latin letters and everything else folded into single `-`; `image` when
/// nothing is left. `Why It's Late.png` → `why-it-s-late`.
std::string safe_resource_stem(const std::string& path);

}  // namespace folio::epub
