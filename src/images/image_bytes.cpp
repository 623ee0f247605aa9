#include "src/images/image_bytes.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace folio {

namespace {

bool starts_with_bytes(std::string_view bytes, std::string_view magic) {
    return bytes.substr(0, magic.size()) == magic;
}

// ISO base media files (AVIF, HEIF) say their brand after `ftyp` at offset 4.
bool is_heif_family(std::string_view bytes) {
    if (bytes.size() < 12 || bytes.substr(4, 4) != "ftyp") return false;
    const std::string_view brand = bytes.substr(8, 4);
    for (const std::string_view known : {"avif", "avis", "heic", "heix", "mif1", "msf1"})
        if (brand == known) return true;
    return false;
}

// An SVG is text whose first element is `<svg`, after an optional BOM, XML declaration,
// comments and doctype. Looked for in the first 64 KiB: a licence comment can be long.
bool is_svg(std::string_view bytes) {
    std::string_view head = bytes.substr(0, 65536);
    if (head.starts_with("\xEF\xBB\xBF")) head.remove_prefix(3);
    const std::size_t first = head.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos || head[first] != '<') return false;
    if (head.find('\0') != std::string_view::npos) return false;
    return head.find("<svg") != std::string_view::npos;
}

}  // namespace

std::string_view image_format(std::string_view bytes) {
    if (starts_with_bytes(bytes, "\x89PNG\r\n\x1A\n")) return "PNG";
    if (starts_with_bytes(bytes, "\xFF\xD8\xFF")) return "JPEG";
    if (starts_with_bytes(bytes, "GIF87a") || starts_with_bytes(bytes, "GIF89a")) return "GIF";
    if (bytes.size() >= 12 && bytes.substr(0, 4) == "RIFF" && bytes.substr(8, 4) == "WEBP")
        return "WebP";
    if (is_heif_family(bytes)) return "AVIF";
    if (starts_with_bytes(bytes, "BM") && bytes.size() >= 26) return "BMP";
    if (starts_with_bytes(bytes, std::string_view("\0\0\1\0", 4))) return "ICO";
    if (starts_with_bytes(bytes, std::string_view("II*\0", 4)) ||
        starts_with_bytes(bytes, std::string_view("MM\0*", 4)))
        return "TIFF";
    if (starts_with_bytes(bytes, "\xFF\x0A") ||
        starts_with_bytes(bytes, std::string_view("\0\0\0\x0CJXL \r\n\x87\n", 12)))
        return "JPEG XL";
    if (is_svg(bytes)) return "SVG";
    return {};
}

bool has_image_extension(std::string_view path) {
    const std::size_t dot = path.find_last_of("./");
    if (dot == std::string_view::npos || path[dot] != '.') return false;
    std::string extension(path.substr(dot + 1));
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    static constexpr std::array<std::string_view, 15> kExtensions{
        "png", "jpg", "jpeg", "jpe", "gif", "webp", "avif", "heic", "heif",
        "bmp", "ico", "tif", "tiff", "jxl", "svg"};
    return std::find(kExtensions.begin(), kExtensions.end(), extension) != kExtensions.end();
}

}  // namespace folio
