#pragma once

// kramdown's `![alt](src){: width="50%" }`: an image with a size, which Jekyll posts use and
// other engines' Markdown has no syntax for, written as what it means there.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace folio {

/// How the target writes an image with a size.
enum class SizedImageForm {
    hugo_figure,  ///< `{{< figure src="..." alt="..." width="..." >}}`: needs no raw HTML
    html,         ///< `<img src="..." alt="..." width="...">`: Eleventy, ...
    /// None: Astro finds an image next to the post through Markdown only, not in raw HTML.
    none,
};

/// The replacement of an image and its attribute list, and where the image starts.
struct SizedImage {
    std::size_t begin = 0;  ///< of the image's `![`, in `text`'s offsets
    std::string replacement;
};

/// The image that ends right at `list_begin` on its line (`![alt](src "title")`, from
/// `line_begin`) when `list` (the attribute list's inside, `width="50%" height=200`) sets
/// only `width` and `height`: the same image with its size in `form`, covering the image
/// and the list. Nullopt when there is no such image or the list sets anything else.
std::optional<SizedImage> sized_image(std::string_view text, std::size_t line_begin,
                                      std::size_t list_begin, std::string_view list,
                                      SizedImageForm form);

}  // namespace folio
