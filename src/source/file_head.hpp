#pragma once

// The first bytes of a file, for the readers that tell what a file is before reading it all
// (an export's namespace, an image's signature, a site's configuration, front matter's `---`).

#include <cstddef>
#include <filesystem>
#include <string>

namespace folio {

/// Up to `size` bytes from the start of the file at `path`: fewer when the file is shorter,
/// none when it cannot be opened. Never throws for a missing or unreadable file.
std::string file_head(const std::filesystem::path& path, std::size_t size);

}  // namespace folio
