#pragma once

#include <string_view>

namespace folio {

/// The image format `bytes` hold, told by their first bytes (PNG, JPEG, GIF, WebP, AVIF/HEIF,
/// BMP, ICO, TIFF, JPEG XL) or, for SVG, by an `<svg` element near the start of a text; empty
/// when they hold none of these. A file's name proves nothing: a text file named `.png` or a
/// sparse file of zeros is no image.
std::string_view image_format(std::string_view bytes);

/// Whether `path` ends with the extension of an image format (`.png`, `.JPG`, `.svg`, ...):
/// such a file must hold an image before it is copied or embedded.
bool has_image_extension(std::string_view path);

}  // namespace folio
