#include "formats/epub/image_catalog.hpp"

#include <cctype>

#include "formats/epub/media_type.hpp"

namespace folio::epub {

std::string safe_resource_stem(const std::string& path) {
    std::string_view name = path;
    if (const std::size_t slash = name.find_last_of('/'); slash != std::string_view::npos) {
        name.remove_prefix(slash + 1);
    }
    if (const std::size_t dot = name.find_last_of('.'); dot != std::string_view::npos && dot > 0) {
        name = name.substr(0, dot);
    }
    std::string stem;
    for (char c : name) {
        const auto byte = static_cast<unsigned char>(c);
        if (std::isalnum(byte) && byte < 0x80) {
            stem += static_cast<char>(std::tolower(byte));
        } else if (!stem.empty() && stem.back() != '-') {
            stem += '-';
        }
        // Long names are cut: readers show none of it and some ZIP tools choke on long paths.
        if (stem.size() >= 60) break;
    }
    while (!stem.empty() && stem.back() == '-') stem.pop_back();
    return stem.empty() ? "image" : stem;
}

std::string ImageCatalog::unique_name(const std::string& path, const std::string& extension) {
    const std::string stem = safe_resource_stem(path);
    std::string candidate = stem + "." + extension;
    // Two different files may fold to the same name (`a b.png`, `a-b.png`): number the later.
    int& used = names_taken_[candidate];
    ++used;
    if (used == 1) return "images/" + candidate;
    while (true) {
        std::string numbered = stem + "-" + std::to_string(used) + "." + extension;
        if (names_taken_.emplace(numbered, 1).second) return "images/" + numbered;
        ++used;
    }
}

std::optional<std::string> ImageCatalog::embed(const std::string& path, ImageProblem& problem) {
    if (const auto found = by_path_.find(path); found != by_path_.end()) {
        problem = found->second ? ImageProblem::none : problems_[path];
        return found->second;
    }
    std::optional<std::string> bytes = reader_.read(path);
    ImageType type;
    if (bytes) type = sniff_image_type(*bytes);
    if (!bytes || type.media_type.empty()) {
        problem = bytes ? ImageProblem::not_an_image : ImageProblem::unreadable;
        problems_[path] = problem;
        by_path_.emplace(path, std::nullopt);
        return std::nullopt;
    }
    problem = ImageProblem::none;
    std::string href = unique_name(path, type.extension);
    images_.push_back({href, type.media_type, {}});
    pending_.push_back({href, type.media_type, std::move(*bytes)});
    by_path_.emplace(path, href);
    return href;
}

std::vector<EmbeddedImage> ImageCatalog::take_pending() {
    std::vector<EmbeddedImage> out;
    out.swap(pending_);
    return out;
}

}  // namespace folio::epub
