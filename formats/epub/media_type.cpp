#include "formats/epub/media_type.hpp"

#include <algorithm>
#include <cctype>

namespace folio::epub {

namespace {

bool starts_with(std::string_view bytes, std::string_view prefix) {
    return bytes.substr(0, prefix.size()) == prefix;
}

/// SVG is text: skip a BOM, white space, an XML declaration, comments and a doctype, then
/// expect an `<svg` element. Only the first few kilobytes are looked at.
bool looks_like_svg(std::string_view bytes) {
    std::string_view text = bytes.substr(0, 4096);
    if (starts_with(text, "\xEF\xBB\xBF")) text.remove_prefix(3);
    while (true) {
        while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())))
            text.remove_prefix(1);
        if (starts_with(text, "<svg")) return true;
        std::string_view close;
        if (starts_with(text, "<?"))
            close = "?>";
        else if (starts_with(text, "<!--"))
            close = "-->";
        else if (starts_with(text, "<!"))
            close = ">";
        else
            return false;
        const std::size_t end = text.find(close);
        if (end == std::string_view::npos) return false;
        text.remove_prefix(end + close.size());
    }
}

}  // namespace

ImageType sniff_image_type(std::string_view bytes) {
    if (starts_with(bytes, "\x89PNG\r\n\x1A\n")) return {"image/png", "png"};
    if (starts_with(bytes, "\xFF\xD8\xFF")) return {"image/jpeg", "jpg"};
    if (starts_with(bytes, "GIF87a") || starts_with(bytes, "GIF89a")) return {"image/gif", "gif"};
    if (bytes.size() >= 12 && starts_with(bytes, "RIFF") && bytes.substr(8, 4) == "WEBP") {
        return {"image/webp", "webp"};
    }
    if (looks_like_svg(bytes)) return {"image/svg+xml", "svg"};
    return {};
}

}  // namespace folio::epub
