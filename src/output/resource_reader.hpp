#pragma once

#include <optional>
#include <string>

namespace folio {

/// Reads local files (images to embed or copy) for writers, so that writers never touch the
/// disk themselves and tests can hand them bytes from memory.
class ResourceReader {
public:
    virtual ~ResourceReader() = default;
    /// The bytes of `path` (as `resolve_local_image` gives it), or empty when unreadable.
    virtual std::optional<std::string> read(const std::string& path) const = 0;
};

/// Reads from the real file system; refuses anything but regular files.
class DiskResourceReader final : public ResourceReader {
public:
    std::optional<std::string> read(const std::string& path) const override;
};

}  // namespace folio
