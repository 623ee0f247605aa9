#include "src/images/image_location.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>

#include "src/web/url.hpp"

namespace folio {

namespace {

namespace fs = std::filesystem;

// Joins `relative` below `root` and refuses any result outside it, after `..` is resolved
// lexically: a reference in an article must not make folio look elsewhere on the disk.
std::string join_inside(const fs::path& root, std::string_view relative) {
    // A NUL would end the name early when the file is opened: not a path anyone meant.
    if (relative.find('\0') != std::string_view::npos) return {};
    const fs::path base = root.empty() ? fs::path(".") : root;
    const fs::path joined = (base / fs::path(relative).relative_path()).lexically_normal();
    const fs::path back = joined.lexically_relative(base.lexically_normal());
    if (back.empty() || *back.begin() == "..") return {};
    // Lexically inside is not enough: a symlinked folder or file below the root can point
    // anywhere. Where the path exists, its real location must be inside the root's.
    std::error_code ec;
    if (fs::exists(fs::symlink_status(joined, ec)) || fs::exists(joined, ec)) {
        const fs::path real = fs::weakly_canonical(joined, ec);
        if (ec) return {};
        const fs::path real_base = fs::weakly_canonical(base, ec);
        if (ec) return {};
        const fs::path real_back = real.lexically_relative(real_base);
        if (real_back.empty() || *real_back.begin() == "..") return {};
    }
    return joined.generic_string();
}

}  // namespace

bool is_remote_reference(std::string_view reference) {
    if (reference.substr(0, 2) == "//") return true;
    std::size_t i = 0;
    if (reference.empty() || !std::isalpha(static_cast<unsigned char>(reference[0]))) return false;
    while (i < reference.size() && (std::isalnum(static_cast<unsigned char>(reference[i])) ||
                                    reference[i] == '+' || reference[i] == '-' || reference[i] == '.')) {
        ++i;
    }
    return i < reference.size() && reference[i] == ':';
}

std::string resolve_local_image(std::string_view reference, std::string_view article_path,
                                std::string_view static_dir) {
    if (is_remote_reference(reference)) return {};
    const std::size_t cut = reference.find_first_of("?#");
    const std::string decoded = percent_decode(reference.substr(0, cut));
    if (decoded.empty()) return {};
    if (decoded.front() == '/') {
        if (static_dir.empty()) return {};
        return join_inside(fs::path(static_dir), decoded);
    }
    if (article_path == "-") return join_inside(fs::path("."), decoded);
    return join_inside(fs::path(article_path).parent_path(), decoded);
}

ImageLocator make_image_locator(std::string static_dir) {
    return [static_dir = std::move(static_dir)](std::string_view reference,
                                                std::string_view article_path) {
        if (is_remote_reference(reference)) return ImageLocation{ImageLocation::Kind::remote, {}, {}, false};
        if (reference.starts_with('/') && static_dir.empty())
            return ImageLocation{ImageLocation::Kind::needs_static, {}, {}, false};
        std::string path = resolve_local_image(reference, article_path, static_dir);
        if (path.empty()) return ImageLocation{ImageLocation::Kind::outside, {}, {}, false};
        return ImageLocation{ImageLocation::Kind::local, std::move(path), {}, false};
    };
}

std::string image_media_type(std::string_view path) {
    path = path.substr(0, std::min(path.find_first_of("?#"), path.size()));
    const std::size_t dot = path.rfind('.');
    if (dot == std::string_view::npos || path.find('/', dot) != std::string_view::npos) return {};
    std::string extension(path.substr(dot + 1));
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (extension == "png") return "image/png";
    if (extension == "jpg" || extension == "jpeg" || extension == "jpe") return "image/jpeg";
    if (extension == "gif") return "image/gif";
    if (extension == "webp") return "image/webp";
    if (extension == "avif") return "image/avif";
    if (extension == "svg") return "image/svg+xml";
    return {};
}

}  // namespace folio
