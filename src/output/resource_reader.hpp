#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace folio {

/// The largest image copied or embedded by default (`--max-image-size`): above any photo a
/// blog shows, far below a sparse "image" that would fill the output's disk.
inline constexpr std::uint64_t kDefaultMaxImageSize = std::uint64_t{50} << 20;

/// Reads local files (images to embed or copy) for writers, so that writers never touch the
/// disk themselves and tests can hand them bytes from memory.
class ResourceReader {
public:
    virtual ~ResourceReader() = default;
    /// The bytes of `path` (as `resolve_local_image` gives it), or empty when unreadable.
    virtual std::optional<std::string> read(const std::string& path) const = 0;
    /// Why `read(path)` gave nothing, for a warning at the reference: "does not exist", or
    /// another reason (too large, not an image).
    virtual std::string why_refused(const std::string&) const { return "does not exist"; }
};

/// Reads from the real file system; refuses anything but regular files, files larger than
/// `max_bytes` (by their size, before reading; at most `max_bytes + 1` bytes are ever read),
/// and a file named as an image (`.png`, `.svg`, ...) whose bytes are no image.
/// `why_refused` says which.
class DiskResourceReader final : public ResourceReader {
public:
    explicit DiskResourceReader(std::uint64_t max_bytes = kDefaultMaxImageSize)
        : max_bytes_(max_bytes) {}
    std::optional<std::string> read(const std::string& path) const override;
    /// "does not exist", "holds 1 GiB, more than ...", ...; empty when it reads now.
    std::string why_refused(const std::string& path) const override;

private:
    std::uint64_t max_bytes_;
};

}  // namespace folio
