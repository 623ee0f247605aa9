#include <array>

#include "formats/html/html_site.hpp"
#include "src/syndication/feed_stylesheet.hpp"

namespace folio::html {

namespace {

// Names at the site root that the site's own pages use.
constexpr std::array<std::string_view, 13> kReservedFiles = {
    "index.html",   kNotFoundFile,  kStylesheetFile,     kSitemapFile, kRssFile,
    kAtomFile,      kManifestFile,  kFeedsPageFile,      kFeedStylesheetFile, kRobotsFile,
    "favicon.png",  "favicon.svg",  "favicon.ico"};
constexpr std::array<std::string_view, 5> kReservedFolders = {"page", "tags", "categories",
                                                              "archive", "search"};

bool safe_segment(std::string_view segment) {
    if (segment.empty() || segment == "." || segment == "..") return false;
    for (const char c : segment) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 || byte == 0x7f || c == '\\' || c == ':') return false;
    }
    return true;
}

}  // namespace

std::optional<std::string> page_file_for_permalink(std::string_view permalink) {
    std::string_view path = permalink;
    while (path.starts_with('/')) path.remove_prefix(1);
    // A query or fragment names no file.
    if (path.find_first_of("?#") != std::string_view::npos) return std::nullopt;
    std::string file(path);
    if (file.empty()) return std::nullopt;  // the home page is the index
    const bool folder = file.ends_with('/');
    if (folder) file.pop_back();
    std::size_t start = 0;
    while (true) {
        const std::size_t slash = file.find('/', start);
        const std::string_view segment = std::string_view(file).substr(
            start, slash == std::string::npos ? slash : slash - start);
        if (!safe_segment(segment)) return std::nullopt;
        if (slash == std::string::npos) break;
        start = slash + 1;
    }
    if (folder || !file.ends_with(".html")) file += "/index.html";
    const std::string_view first = std::string_view(file).substr(0, file.find('/'));
    for (const std::string_view name : kReservedFiles) {
        if (file == name) return std::nullopt;
    }
    if (file.find('/') != std::string::npos) {
        // Below a folder the site uses, or a folder named like one of its files.
        for (const std::string_view name : kReservedFolders) {
            if (first == name) return std::nullopt;
        }
        for (const std::string_view name : kReservedFiles) {
            if (first == name) return std::nullopt;
        }
    }
    return file;
}

}  // namespace folio::html
