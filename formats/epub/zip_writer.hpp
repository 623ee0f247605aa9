#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace folio::epub {

/// Builds a ZIP archive in memory with libzip, entry by entry in the order added, with fixed
/// timestamps and attributes so the same entries always give the same bytes. Owns its libzip
/// handles; failures (out of memory, a libzip error) throw std::runtime_error, as bugs do.
class ZipWriter {
public:
    ZipWriter();
    ~ZipWriter();
    ZipWriter(const ZipWriter&) = delete;
    ZipWriter& operator=(const ZipWriter&) = delete;

    /// Adds an entry stored without compression (EPUB's `mimetype` must be).
    void add_stored(const std::string& name, std::string bytes);
    /// Adds a deflated entry.
    void add_deflated(const std::string& name, std::string bytes);
    /// Writes the central directory and returns the archive; the writer is spent afterwards.
    std::string finish();

private:
    struct Handles;
    void add(const std::string& name, std::string bytes, bool compress);
    std::unique_ptr<Handles> handles_;
};

}  // namespace folio::epub
