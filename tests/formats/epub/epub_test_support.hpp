#pragma once

// Shared by the EPUB writer tests: images from memory, and reading a finished book back.

#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "src/output/resource_reader.hpp"

namespace folio::test {

/// Files from a map instead of the disk; every read is counted. Thread-safe, as the writer
/// reads images from several threads.
class MemoryResources final : public ResourceReader {
public:
    MemoryResources() = default;
    MemoryResources(const MemoryResources& other) : files(other.files), reads(other.reads) {}
    std::map<std::string, std::string> files;
    mutable std::map<std::string, int> reads;
    std::optional<std::string> read(const std::string& path) const override {
        const std::lock_guard lock(mutex_);
        ++reads[path];
        const auto found = files.find(path);
        if (found == files.end()) return std::nullopt;
        return found->second;
    }

private:
    mutable std::mutex mutex_;
};

/// The smallest valid PNG signature plus a header chunk: enough for sniffing.
inline std::string png_bytes() {
    return std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16);
}
inline std::string jpeg_bytes() {
    return std::string("\xFF\xD8\xFF\xE0\0\x10JFIF", 10);
}

/// One entry of a ZIP archive as stored.
struct ZipEntry {
    std::string name;
    bool stored = false;  ///< compression method 0
    std::string bytes;    ///< uncompressed content
};

/// Every entry of an in-memory ZIP, in archive order (read with libzip).
std::vector<ZipEntry> read_zip(const std::string& archive);

}  // namespace folio::test
