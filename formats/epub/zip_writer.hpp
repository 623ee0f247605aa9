#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace folio::epub {

/// Where an archive's bytes go, in order, as they are produced (a file, a string in tests).
/// It may throw to abort the archive (a write error): the writer keeps no state that matters.
using ByteSink = std::function<void(std::string_view bytes)>;

/// One archive entry whose data is ready to be written: deflated or stored, with the CRC-32
/// and size of the original bytes. Made by `deflate_entry` or `stored_entry`, on any thread.
struct ZipEntryData {
    std::string name;
    bool deflated = false;
    std::uint32_t crc32 = 0;
    std::uint64_t size = 0;  ///< of the original bytes
    std::string data;        ///< what goes into the archive (raw deflate stream or the bytes)
};

/// `bytes` deflated (ISA-L's level 1: text for a book compresses about 10% worse than at zlib's
/// default level, in a small part of the time). Thread-safe: workers compress chapters in
/// parallel, each with a work buffer of its own. Throws std::bad_alloc / std::runtime_error only when the
/// compressor cannot work at all.
ZipEntryData deflate_entry(std::string name, std::string_view bytes);

/// Deflates an entry that arrives in pieces (a large XML document as it is serialised), so
/// only its compressed form is ever held.
/// Not thread-safe; one per entry.
class EntryDeflater {
public:
    explicit EntryDeflater(std::string name);
    ~EntryDeflater();
    EntryDeflater(const EntryDeflater&) = delete;
    EntryDeflater& operator=(const EntryDeflater&) = delete;

    /// Compresses the next piece of the entry.
    void write(std::string_view bytes);
    /// The finished entry; the deflater is spent afterwards.
    ZipEntryData finish();

private:
    struct Stream;
    void compress(std::string_view bytes, bool last);
    void run(bool last);
    std::unique_ptr<Stream> stream_;
    ZipEntryData entry_;
};

/// `bytes` stored as they are (EPUB's `mimetype` must be; images do not shrink).
ZipEntryData stored_entry(std::string name, std::string bytes);

/// Writes a ZIP archive to a sink entry by entry, in the order added, so neither the book
/// nor its entries are ever held whole: each entry's bytes go out as soon as it is added and
/// only the central directory (a few dozen bytes per entry) waits for `finish`. Fixed
/// timestamps (1980-01-01 12:00) and attributes (`-rw-r--r--`, Unix), no extra fields: the
/// same entries always give the same bytes. Past 65,534 entries or 4 GiB the archive gets
/// ZIP64 records (and an entry that starts past 4 GiB a ZIP64 offset in the directory); an
/// archive within both limits has none. One entry of more than 4 GiB is a clear
/// std::runtime_error.
class ZipWriter {
public:
    explicit ZipWriter(ByteSink sink);

    /// Writes the entry's local header and data.
    void add(ZipEntryData entry);
    /// Writes the central directory and flushes; the writer is spent afterwards.
    void finish();

    /// Bytes handed to the sink so far plus those still buffered.
    std::uint64_t offset() const { return offset_; }

private:
    struct DirectoryEntry {
        std::string name;
        bool deflated;
        std::uint32_t crc32;
        std::uint32_t compressed_size;
        std::uint32_t size;
        std::uint64_t local_header_offset;
    };

    void put(std::string_view bytes);
    void flush();

    ByteSink sink_;
    std::string buffer_;  ///< headers and small entries, flushed in large writes
    std::uint64_t offset_ = 0;
    std::vector<DirectoryEntry> directory_;
    bool finished_ = false;
};

}  // namespace folio::epub
