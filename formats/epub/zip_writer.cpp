#include "formats/epub/zip_writer.hpp"

#include <zip.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <stdexcept>
#include <vector>

namespace folio::epub {

namespace {

/// zip_discard closes without writing: what a writer that never finished must do.
struct ArchiveDeleter {
    void operator()(zip_t* archive) const { zip_discard(archive); }
};
using ArchivePtr = std::unique_ptr<zip_t, ArchiveDeleter>;

/// Entries are compressed in chunks of about this many bytes, so the uncompressed content of
/// the whole book is never held at once (libzip compresses only when an archive is closed).
constexpr std::size_t kChunkBytes = 4 * 1024 * 1024;

/// zlib level 1: deflate runs on the one thread that writes the book, and level 6 spent a
/// quarter of all CPU time there for a book only about 10% smaller.
constexpr zip_uint32_t kDeflateLevel = 1;

[[noreturn]] void fail(const char* what, const char* detail) {
    throw std::runtime_error(std::string("zip: ") + what + ": " +
                             (detail ? detail : "unknown error"));
}

/// libzip stores MS-DOS times converted with localtime(): a moment built from local fields
/// converts back to exactly those fields, so every entry reads 1980-01-01 12:00 whatever the
/// machine's time zone. (DOS times cannot go earlier; reproducible-build tools use it too.)
std::time_t fixed_entry_time() {
    std::tm fields{};
    fields.tm_year = 80;
    fields.tm_mday = 1;
    fields.tm_hour = 12;  // noon: no daylight-saving switch can move it to another day
    fields.tm_isdst = -1;
    return std::mktime(&fields);
}

/// Fixed time, `-rw-r--r--` and the compression method on entry `index` of `archive`.
void set_entry(zip_t* archive, zip_uint64_t index, zip_int32_t method) {
    if (zip_set_file_compression(archive, index, method,
                                 method == ZIP_CM_STORE ? 0 : kDeflateLevel) != 0 ||
        zip_file_set_mtime(archive, index, fixed_entry_time(), 0) != 0 ||
        zip_file_set_external_attributes(archive, index, 0, ZIP_OPSYS_UNIX, 0100644U << 16) != 0) {
        fail("entry", zip_strerror(archive));
    }
}

/// Where libzip writes an archive: straight into a std::string (one growing allocation that
/// is returned to the system when freed, unlike libzip's own buffer source, whose many small
/// fragments leave the heap fragmented). A libzip source callback: it must not throw, so an
/// allocation failure becomes ZIP_ER_MEMORY.
struct StringTarget {
    std::string bytes;
    std::uint64_t position = 0;
    zip_error_t error{};

    static zip_int64_t callback(void* user, void* data, zip_uint64_t length,
                                zip_source_cmd_t command) {
        auto& self = *static_cast<StringTarget*>(user);
        try {
            return self.handle(data, length, command);
        } catch (...) {
            zip_error_set(&self.error, ZIP_ER_MEMORY, 0);
            return -1;
        }
    }

    zip_int64_t handle(void* data, zip_uint64_t length, zip_source_cmd_t command) {
        switch (command) {
            case ZIP_SOURCE_SUPPORTS:
                return zip_source_make_command_bitmap(
                    ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT,
                    ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE, ZIP_SOURCE_SEEK, ZIP_SOURCE_TELL,
                    ZIP_SOURCE_BEGIN_WRITE, ZIP_SOURCE_COMMIT_WRITE, ZIP_SOURCE_ROLLBACK_WRITE,
                    ZIP_SOURCE_WRITE, ZIP_SOURCE_SEEK_WRITE, ZIP_SOURCE_TELL_WRITE,
                    ZIP_SOURCE_REMOVE, -1);
            case ZIP_SOURCE_STAT: {
                auto* stat = ZIP_SOURCE_GET_ARGS(zip_stat_t, data, length, &error);
                if (stat == nullptr) return -1;
                zip_stat_init(stat);
                stat->size = bytes.size();
                stat->comp_size = bytes.size();
                stat->comp_method = ZIP_CM_STORE;
                stat->encryption_method = ZIP_EM_NONE;
                stat->valid = ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE | ZIP_STAT_COMP_METHOD |
                              ZIP_STAT_ENCRYPTION_METHOD;
                return sizeof(zip_stat_t);
            }
            case ZIP_SOURCE_ERROR:
                return zip_error_to_data(&error, data, length);
            case ZIP_SOURCE_OPEN:
            case ZIP_SOURCE_BEGIN_WRITE:
                if (command == ZIP_SOURCE_BEGIN_WRITE) bytes.clear();
                position = 0;
                return 0;
            case ZIP_SOURCE_READ: {
                const std::uint64_t available =
                    position < bytes.size() ? bytes.size() - position : 0;
                const std::uint64_t count = length < available ? length : available;
                std::memcpy(data, bytes.data() + position, count);
                position += count;
                return static_cast<zip_int64_t>(count);
            }
            case ZIP_SOURCE_WRITE: {
                const std::size_t end = position + length;
                if (end > bytes.size()) {
                    // Doubling, not growing by exactly what is needed: one copy per doubling.
                    if (end > bytes.capacity())
                        bytes.reserve(std::max<std::size_t>(end, 2 * bytes.capacity()));
                    bytes.resize(end);
                }
                std::memcpy(bytes.data() + position, data, length);
                position = end;
                return static_cast<zip_int64_t>(length);
            }
            case ZIP_SOURCE_SEEK:
            case ZIP_SOURCE_SEEK_WRITE: {
                const zip_int64_t offset =
                    zip_source_seek_compute_offset(position, bytes.size(), data, length, &error);
                if (offset < 0) return -1;
                position = static_cast<std::uint64_t>(offset);
                return 0;
            }
            case ZIP_SOURCE_TELL:
            case ZIP_SOURCE_TELL_WRITE:
                return static_cast<zip_int64_t>(position);
            case ZIP_SOURCE_REMOVE:
                bytes.clear();
                return 0;
            case ZIP_SOURCE_CLOSE:
            case ZIP_SOURCE_COMMIT_WRITE:
            case ZIP_SOURCE_ROLLBACK_WRITE:
            case ZIP_SOURCE_FREE:
                return 0;
            case ZIP_SOURCE_BEGIN_WRITE_CLONING:
            case ZIP_SOURCE_ACCEPT_EMPTY:
            case ZIP_SOURCE_GET_FILE_ATTRIBUTES:
            case ZIP_SOURCE_RESERVED_1:
                break;
        }
        zip_error_set(&error, ZIP_ER_OPNOTSUPP, 0);
        return -1;
    }
};

/// An archive written into memory: the string it is written to, and the archive itself.
struct MemoryArchive {
    std::unique_ptr<StringTarget> target = std::make_unique<StringTarget>();
    ArchivePtr archive;

    MemoryArchive() {
        zip_error_t error;
        zip_error_init(&error);
        zip_error_init(&target->error);
        zip_source_t* source =
            zip_source_function_create(&StringTarget::callback, target.get(), &error);
        if (source == nullptr) fail("target", zip_error_strerror(&error));
        archive.reset(zip_open_from_source(source, ZIP_TRUNCATE, &error));
        if (!archive) {
            zip_source_free(source);
            fail("open", zip_error_strerror(&error));
        }
        zip_error_fini(&error);
    }

    /// Writes the archive (compressing every entry now) and returns its bytes.
    std::string close() {
        zip_t* raw = archive.release();
        if (zip_close(raw) != 0) {
            std::string message = zip_strerror(raw);
            zip_discard(raw);
            fail("close", message.c_str());
        }
        zip_error_fini(&target->error);
        return std::move(target->bytes);
    }
};

}  // namespace

struct ZipWriter::Handles {
    /// Closed chunks: compressed entries waiting to be copied, as they are, into the book.
    std::vector<std::string> chunks;
    std::unique_ptr<MemoryArchive> current;
    std::size_t current_bytes = 0;
    bool finished = false;

    void close_current() {
        if (!current) return;
        chunks.push_back(current->close());
        // The string grew by doubling; the chunk waits until the end, so give back the slack.
        chunks.back().shrink_to_fit();
        current.reset();
        current_bytes = 0;
    }
};

ZipWriter::ZipWriter() : handles_(std::make_unique<Handles>()) {}

ZipWriter::~ZipWriter() = default;

void ZipWriter::add_stored(const std::string& name, std::string bytes) {
    add(name, std::move(bytes), false);
}

void ZipWriter::add_deflated(const std::string& name, std::string bytes) {
    add(name, std::move(bytes), true);
}

void ZipWriter::add(const std::string& name, std::string bytes, bool compress) {
    if (handles_->finished) throw std::logic_error("zip: entry added after finish()");
    if (!handles_->current) handles_->current = std::make_unique<MemoryArchive>();
    zip_t* archive = handles_->current->archive.get();
    // libzip frees the buffer itself (freep = 1) once written, so it needs a malloc'd copy;
    // the std::string is released right away so only one copy stays alive.
    void* data = std::malloc(bytes.empty() ? 1 : bytes.size());
    if (data == nullptr) throw std::bad_alloc();
    std::memcpy(data, bytes.data(), bytes.size());
    const std::size_t size = bytes.size();
    std::string().swap(bytes);
    zip_source_t* source = zip_source_buffer(archive, data, size, 1);
    if (source == nullptr) {
        std::free(data);
        fail("source", zip_strerror(archive));
    }
    const zip_int64_t index = zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
        zip_source_free(source);
        fail("add", zip_strerror(archive));
    }
    set_entry(archive, static_cast<zip_uint64_t>(index), compress ? ZIP_CM_DEFLATE : ZIP_CM_STORE);
    handles_->current_bytes += size;
    if (handles_->current_bytes >= kChunkBytes) handles_->close_current();
}

std::string ZipWriter::finish() {
    if (handles_->finished) throw std::logic_error("zip: finish() called twice");
    handles_->finished = true;
    handles_->close_current();

    MemoryArchive book;
    std::size_t total = 0;
    for (const std::string& chunk : handles_->chunks) total += chunk.size();
    // The book is the chunks' entries plus headers: one allocation, no doubling copies.
    book.target->bytes.reserve(total + total / 8 + 4096);
    // Each chunk is opened for reading and its entries copied compressed (ZIP_FL_COMPRESSED):
    // nothing is inflated or deflated twice. The readers must stay open until the book closes.
    std::vector<ArchivePtr> readers;
    for (const std::string& chunk : handles_->chunks) {
        zip_error_t error;
        zip_error_init(&error);
        zip_source_t* source = zip_source_buffer_create(chunk.data(), chunk.size(), 0, &error);
        if (source == nullptr) fail("reopen", zip_error_strerror(&error));
        ArchivePtr reader(zip_open_from_source(source, ZIP_RDONLY, &error));
        if (!reader) {
            zip_source_free(source);
            fail("reopen", zip_error_strerror(&error));
        }
        zip_error_fini(&error);
        const zip_int64_t count = zip_get_num_entries(reader.get(), 0);
        for (zip_int64_t i = 0; i < count; ++i) {
            const auto entry = static_cast<zip_uint64_t>(i);
            zip_stat_t stat;
            if (zip_stat_index(reader.get(), entry, 0, &stat) != 0)
                fail("stat", zip_strerror(reader.get()));
            zip_source_t* copy =
                zip_source_zip(book.archive.get(), reader.get(), entry, ZIP_FL_COMPRESSED, 0, -1);
            if (copy == nullptr) fail("copy", zip_strerror(book.archive.get()));
            const zip_int64_t index =
                zip_file_add(book.archive.get(), stat.name, copy, ZIP_FL_ENC_UTF_8);
            if (index < 0) {
                zip_source_free(copy);
                fail("add", zip_strerror(book.archive.get()));
            }
            set_entry(book.archive.get(), static_cast<zip_uint64_t>(index),
                      static_cast<zip_int32_t>(stat.comp_method));
        }
        readers.push_back(std::move(reader));
    }
    std::string bytes = book.close();
    readers.clear();
    handles_->chunks.clear();
    return bytes;
}

}  // namespace folio::epub
