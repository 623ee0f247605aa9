#include "src/output/resource_reader.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "src/images/image_bytes.hpp"
#include "src/text/byte_size.hpp"

namespace folio {

namespace {

/// A file's bytes, or why there are none.
struct Read {
    std::optional<std::string> bytes;
    std::string refusal;
};

Read read_bounded(const std::string& path, std::uint64_t max_bytes) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return {std::nullopt, errno == ENOENT ? "does not exist" : std::strerror(errno)};
    struct Closer {
        int fd;
        ~Closer() { ::close(fd); }
    } closer{fd};
    struct stat info {};
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) return {std::nullopt, "is not a regular file"};
    const auto size = static_cast<std::uint64_t>(info.st_size);
    // By its size, before a byte is read: a 1 GB sparse "image" costs nothing.
    if (size > max_bytes)
        return {std::nullopt, "holds " + describe_size(size) + ", more than the largest image read (" +
                                  describe_size(max_bytes) + ", --max-image-size)"};
    // One byte more than the size, and never more than the bound plus one: a file that grew
    // since is still found too large.
    std::string bytes(static_cast<std::size_t>(std::min(size, max_bytes) + 1), '\0');
    std::size_t used = 0;
    while (used < bytes.size()) {
        const ssize_t n = ::read(fd, bytes.data() + used, bytes.size() - used);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return {std::nullopt, std::strerror(errno)};
        if (n == 0) break;
        used += static_cast<std::size_t>(n);
    }
    if (used > max_bytes)
        return {std::nullopt, "grew past the largest image read (" + describe_size(max_bytes) +
                                  ", --max-image-size)"};
    bytes.resize(used);
    if (has_image_extension(path) && image_format(bytes).empty())
        return {std::nullopt, "is named as an image but its bytes are none (not PNG, JPEG, GIF, "
                              "WebP, AVIF, BMP, ICO, TIFF, JPEG XL or SVG)"};
    return {std::move(bytes), {}};
}

}  // namespace

std::optional<std::string> DiskResourceReader::read(const std::string& path) const {
    return read_bounded(path, max_bytes_).bytes;
}

std::string DiskResourceReader::why_refused(const std::string& path) const {
    return read_bounded(path, max_bytes_).refusal;
}

}  // namespace folio
