#include "formats/epub/image_catalog.hpp"

#include <cctype>

#include <cstdio>

#include "formats/epub/content_hash.hpp"
#include "formats/epub/media_type.hpp"
#include "formats/epub/svg_cleaning.hpp"

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

std::optional<std::string> ImageCatalog::embed(const std::string& path, ImageProblem& problem,
                                               std::string_view name, std::string* cleaned) {
    if (cleaned != nullptr) cleaned->clear();
    {
        const std::lock_guard lock(mutex_);
        if (const auto found = by_path_.find(path); found != by_path_.end()) {
            problem = found->second.problem;
            return found->second.href;
        }
    }
    // Read and sniff outside the lock, so other chapters' images are not held up; two threads
    // meeting the same new file both read it and agree on its name.
    std::optional<std::string> bytes = reader_.read(path);
    ImageType type;
    if (bytes) type = sniff_image_type(*bytes);
    Known known;
    EmbeddedImage image;
    std::vector<std::string> removed;
    if (bytes && type.media_type == "image/svg+xml") {
        if (std::optional<std::string> clean = clean_svg(*bytes, removed)) {
            bytes = std::move(clean);
        } else {
            known.problem = ImageProblem::broken_svg;
        }
    }
    if (known.problem != ImageProblem::none) {
        // refused above
    } else if (!bytes || type.media_type.empty()) {
        known.problem = bytes ? ImageProblem::not_an_image : ImageProblem::unreadable;
    } else {
        ContentHash hash;
        hash.add(*bytes);
        image.digest = hash.digest();
        image.media_type = type.media_type;
        image.href = "images/" + safe_resource_stem(name.empty() ? path : std::string(name)) +
                     "-" + hash.short_hex() + "." +
                     type.extension;
        image.bytes = std::move(*bytes);
        known.href = image.href;
    }
    const std::lock_guard lock(mutex_);
    if (known.href) {
        const auto same_name = by_href_.find(*known.href);
        if (same_name != by_href_.end() && same_name->second.image.digest != image.digest) {
            // Same stem and the same 32 bits of hash, other bytes: the whole digest tells
            // them apart.
            char hex[40];
            std::snprintf(hex, sizeof hex, "-%016llx%016llx",
                          static_cast<unsigned long long>(image.digest[0]),
                          static_cast<unsigned long long>(image.digest[1]));
            image.href.insert(image.href.find_last_of('.'), hex);
            known.href = image.href;
        }
        // Another path with the same bytes may have stored this image already: keep that one.
        const std::string href = image.href;  // the key must not be the member moved from
        by_href_.try_emplace(href, Stored{std::move(image), false});
    }
    const auto [entry, first] = by_path_.try_emplace(path, std::move(known));
    problem = entry->second.problem;
    if (first && cleaned != nullptr) {
        for (const std::string& one : removed) *cleaned += (cleaned->empty() ? "" : ", ") + one;
    }
    return entry->second.href;
}

std::optional<EmbeddedImage> ImageCatalog::take(const std::string& href) {
    const std::lock_guard lock(mutex_);
    const auto found = by_href_.find(href);
    if (found == by_href_.end() || found->second.taken) return std::nullopt;
    found->second.taken = true;
    EmbeddedImage out;
    out.href = found->second.image.href;
    out.media_type = found->second.image.media_type;
    out.digest = found->second.image.digest;
    out.bytes = std::move(found->second.image.bytes);
    found->second.image.bytes = std::string();
    return out;
}

}  // namespace folio::epub
