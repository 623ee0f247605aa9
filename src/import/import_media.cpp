#include "src/import/import_media.hpp"

#include <array>
#include <cctype>
#include <filesystem>
#include <optional>

#include "src/images/image_bytes.hpp"
#include "src/source/file_head.hpp"
#include "src/text/ascii_digits.hpp"
#include "src/web/url.hpp"

namespace folio {

namespace {

// The media folders of the two engines, as they appear in an image's URL. A blog on
// WordPress.com keeps its uploads at the root of a host of its own
// (`https://name.files.wordpress.com/2020/05/x.jpg`), also behind its image proxy
// (`https://i0.wp.com/name.files.wordpress.com/2020/05/x.jpg`).
constexpr std::array<std::string_view, 3> kMediaFolders = {
    "/wp-content/uploads/", "/content/images/", ".files.wordpress.com/"};

// The part of `url` below its media folder as written (escapes kept), or npos.
std::size_t media_tail(std::string_view url) {
    const std::string_view path = url.substr(0, std::min(url.find_first_of("?#"), url.size()));
    for (std::string_view folder : kMediaFolders) {
        const std::size_t at = path.find(folder);
        if (at != std::string_view::npos) return at + folder.size();
    }
    return std::string_view::npos;
}

// `photo` of WordPress's `photo-300x200`, `photo-scaled`, `photo-rotated`; empty otherwise.
std::string wordpress_original_stem(std::string_view stem) {
    for (std::string_view suffix : {std::string_view("-scaled"), std::string_view("-rotated")}) {
        if (stem.size() > suffix.size() && stem.ends_with(suffix))
            return std::string(stem.substr(0, stem.size() - suffix.size()));
    }
    const std::size_t dash = stem.rfind('-');
    if (dash == std::string_view::npos || dash == 0) return {};
    const std::string_view size = stem.substr(dash + 1);
    const std::size_t x = size.find('x');
    if (x == std::string_view::npos || !all_ascii_digits(size.substr(0, x)) ||
        !all_ascii_digits(size.substr(x + 1)))
        return {};
    return std::string(stem.substr(0, dash));
}

// Whether the first bytes of the file at `path` are an image's.
bool holds_image(const std::string& path) {
    return !image_format(file_head(path, 4096)).empty();
}

std::string file_name(std::string_view path) {
    const std::size_t slash = path.rfind('/');
    return std::string(slash == std::string_view::npos ? path : path.substr(slash + 1));
}

class MediaLookup {
public:
    MediaLookup(ImageLocator locate, ImportMedia media)
        : locate_(std::move(locate)), media_(std::move(media)) {
        if (!media_.dir.empty()) in_dir_ = make_image_locator(media_.dir);
    }

    ImageLocation operator()(std::string_view reference, std::string_view article) const {
        const std::size_t tail = media_tail(reference);
        if (tail == std::string_view::npos || uploaded_media_path(reference).empty())
            return locate_(reference, article);
        const std::string_view written =
            reference.substr(tail, std::min(reference.find_first_of("?#"), reference.size()) - tail);
        if (std::optional<ImageLocation> found = find(reference.substr(0, tail), written))
            return *found;
        const std::string original = original_of_resized(written);
        if (!original.empty()) {
            if (std::optional<ImageLocation> found = find(reference.substr(0, tail), original)) {
                found->stand_in = true;
                return *found;
            }
        }
        // Found nowhere: where it was looked for, so that the copying job says it is missing.
        const std::string decoded = percent_decode(written);
        if (!media_.dir.empty())
            return {ImageLocation::Kind::local, media_.dir + '/' + decoded, {}, false};
        // Not downloaded either. A URL stands as the file that was not found, so the copying job
        // warns; a site-relative reference (`/content/images/x.jpg`, no old address to download
        // it from) is no path on this machine: taken as one it read a file outside every root.
        const std::string url = download_url(reference);
        if (url.find("://") == std::string::npos) return locate_(reference, article);
        return {ImageLocation::Kind::local, url, {}, false};
    }

private:
    // The image below the media folder at `written` (escapes as written), in the local copy or
    // downloaded from `folder_url` (the URL up to the media folder's end).
    std::optional<ImageLocation> find(std::string_view folder_url, std::string_view written) const {
        if (in_dir_) {
            for (std::string_view below : {"/", "/wp-content/uploads/", "/content/images/"}) {
                ImageLocation at = in_dir_(std::string(below) + std::string(written), {});
                std::error_code ignored;
                if (at.kind == ImageLocation::Kind::local &&
                    std::filesystem::is_regular_file(at.path, ignored))
                    return at;
            }
        }
        if (!media_.fetcher) return std::nullopt;
        const std::string url = download_url(std::string(folder_url) + std::string(written));
        if (!is_remote_reference(url)) return std::nullopt;
        FetchedFile got = media_.fetcher->fetch(url);
        if (got.path.empty() || !holds_image(got.path)) return std::nullopt;
        return ImageLocation{ImageLocation::Kind::local, got.path,
                             percent_decode(file_name(written)), false};
    }

    // `url` as a download's address: `//host/...` with https, `/content/...` on the old site.
    std::string download_url(std::string_view url) const {
        if (url.starts_with("//")) return "https:" + std::string(url);
        if (is_remote_reference(url) || !url.starts_with('/') || media_.old_base_url.empty())
            return std::string(url);
        // The site's own path is in the reference already (`/blog/content/images/...`): it
        // goes after the origin, not after the base URL's path.
        return absolute_url(url, media_.old_base_url, origin_of(media_.old_base_url));
    }

    ImageLocator locate_;
    ImportMedia media_;
    ImageLocator in_dir_;
};

}  // namespace

std::string uploaded_media_path(std::string_view url) {
    const std::size_t tail = media_tail(url);
    if (tail == std::string_view::npos) return {};
    const std::size_t end = std::min(url.find_first_of("?#"), url.size());
    const std::string path = percent_decode(url.substr(tail, end - tail));
    if (path.empty() || path.back() == '/' || path.find('\0') != std::string::npos ||
        path.find('\\') != std::string::npos)
        return {};
    for (std::size_t start = 0; start <= path.size();) {
        const std::size_t slash = std::min(path.find('/', start), path.size());
        const std::string_view segment = std::string_view(path).substr(start, slash - start);
        if (segment.empty() || segment == "." || segment == "..") return {};
        start = slash + 1;
    }
    return path;
}

std::string original_of_resized(std::string_view media_path) {
    // Ghost: `size/w600/2020/05/x.jpg`, also `size/w600h400/format/webp/2020/05/x.jpg`.
    if (media_path.starts_with("size/")) {
        std::string_view rest = media_path.substr(5);
        const std::size_t slash = rest.find('/');
        if (slash == std::string_view::npos) return {};
        rest = rest.substr(slash + 1);
        if (rest.starts_with("format/")) {
            const std::size_t next = rest.find('/', 7);
            if (next == std::string_view::npos) return {};
            rest = rest.substr(next + 1);
        }
        return rest.empty() ? std::string() : std::string(rest);
    }
    const std::size_t slash = media_path.rfind('/');
    const std::size_t name_at = slash == std::string_view::npos ? 0 : slash + 1;
    const std::string_view name = media_path.substr(name_at);
    const std::size_t dot = name.rfind('.');
    if (dot == std::string_view::npos || dot == 0) return {};
    const std::string stem = wordpress_original_stem(name.substr(0, dot));
    if (stem.empty()) return {};
    return std::string(media_path.substr(0, name_at)) + stem + std::string(name.substr(dot));
}

ImageLocator locate_imported_media(ImageLocator locate, ImportMedia media) {
    if (media.empty()) return locate;
    auto lookup = std::make_shared<const MediaLookup>(std::move(locate), std::move(media));
    return [lookup](std::string_view reference, std::string_view article) {
        return (*lookup)(reference, article);
    };
}

}  // namespace folio
