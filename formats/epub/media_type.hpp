#pragma once

#include <string>
#include <string_view>

namespace folio::epub {

/// An image format EPUB 3 readers must support, recognised from the file's bytes.
struct ImageType {
    std::string
        media_type;  ///< `image/png`, `image/jpeg`, `image/gif`, `image/webp`, `image/svg+xml`
    std::string extension;  ///< `png`, `jpg`, `gif`, `webp`, `svg`
};

/// The image type of `bytes` from their signature, whatever the file is called (a PNG named
/// `.jpg` is a PNG). Empty media type when the bytes are none of the supported formats.
ImageType sniff_image_type(std::string_view bytes);

}  // namespace folio::epub
