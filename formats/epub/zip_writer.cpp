#include "formats/epub/zip_writer.hpp"

#include <isa-l/crc.h>
#include <isa-l/igzip_lib.h>

#include <algorithm>
#include <cstddef>
#include <limits>
#include <memory>
#include <new>
#include <cstring>
#include <stdexcept>

namespace folio::epub {

namespace {

// The ZIP format as PKWARE's APPNOTE.TXT describes it (sections 4.3.7, 4.3.12, 4.3.16):
// little-endian fields, a local header before each entry's data, a central directory at the
// end listing every entry with the offset of its local header.
constexpr std::uint32_t kLocalHeaderSignature = 0x04034b50;
constexpr std::uint32_t kCentralHeaderSignature = 0x02014b50;
constexpr std::uint32_t kEndOfDirectorySignature = 0x06054b50;
// ZIP64 (APPNOTE 4.3.14, 4.3.15, 4.5.3): written only when an archive needs it, so a book of
// fewer than 65,535 entries and 4 GiB has the same bytes as before.
constexpr std::uint32_t kZip64EndOfDirectorySignature = 0x06064b50;
constexpr std::uint32_t kZip64LocatorSignature = 0x07064b50;
constexpr std::uint16_t kZip64ExtraId = 0x0001;
constexpr std::uint16_t kVersionZip64 = 45;  // 4.5: ZIP64 format extensions
constexpr std::uint16_t kMadeByUnixZip64 = (3U << 8) | kVersionZip64;
constexpr std::uint16_t kVersionStored = 10;    // 1.0: stored entries
constexpr std::uint16_t kVersionDeflated = 20;  // 2.0: deflate
constexpr std::uint16_t kMadeByUnix = (3U << 8) | kVersionDeflated;
constexpr std::uint16_t kMethodStored = 0;
constexpr std::uint16_t kMethodDeflated = 8;
// MS-DOS time and date: 1980-01-01 (the earliest a ZIP can say) at noon, what reproducible
// build tools write; the time fields are local time, which a fixed value sidesteps.
constexpr std::uint16_t kDosTime = 12U << 11;
constexpr std::uint16_t kDosDate = (0U << 9) | (1U << 5) | 1U;
constexpr std::uint32_t kUnixFileAttributes = 0100644U << 16;
constexpr std::uint16_t kFlagUtf8Name = 1U << 11;
constexpr std::size_t kFlushBytes = 1U << 20;

void put16(std::string& out, std::uint16_t value) {
    out += static_cast<char>(value & 0xFF);
    out += static_cast<char>(value >> 8);
}

void put32(std::string& out, std::uint32_t value) {
    for (int shift = 0; shift < 32; shift += 8) out += static_cast<char>((value >> shift) & 0xFF);
}

void put64(std::string& out, std::uint64_t value) {
    for (int shift = 0; shift < 64; shift += 8) out += static_cast<char>((value >> shift) & 0xFF);
}

constexpr std::uint64_t kMax32 = std::numeric_limits<std::uint32_t>::max();
constexpr std::uint64_t kMax16 = std::numeric_limits<std::uint16_t>::max();

std::uint16_t name_flags(std::string_view name) {
    for (char c : name) {
        if (static_cast<unsigned char>(c) >= 0x80) return kFlagUtf8Name;
    }
    return 0;
}

std::uint32_t crc_of(std::string_view bytes) {
    return crc32_gzip_refl(0, reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
}

std::uint32_t checked32(std::uint64_t value, const char* what) {
    if (value > std::numeric_limits<std::uint32_t>::max()) {
        throw std::runtime_error(std::string("zip: ") + what +
                                 " exceeds 4 GiB, which needs ZIP64 (not supported)");
    }
    return static_cast<std::uint32_t>(value);
}

// ISA-L's deflate at level 1 (its SIMD match finder and Huffman coder) runs about 1.6 times as
// fast as libdeflate's fastest level on a book's chapters, for 3% more bytes; deflate had been
// a fifth of a book's CPU time. Each level-1 compression needs a work buffer of its own.
constexpr std::uint32_t kLevelBufferBytes = ISAL_DEF_LVL1_DEFAULT;

// What EntryDeflater gathers before it compresses (see EntryDeflater::write).
constexpr std::size_t kPieceBytes = 256 * 1024;

std::vector<std::uint8_t>& thread_level_buffer() {
    // Chapters are compressed on every worker: a buffer per thread, made once and kept.
    thread_local std::vector<std::uint8_t> buffer(kLevelBufferBytes);
    return buffer;
}

// Level 1 with `level_buffer` as its work space, writing a raw deflate stream (what ZIP entries
// hold); after isal_deflate_init or isal_deflate_stateless_init.
void use_level_1(isal_zstream& stream, std::vector<std::uint8_t>& level_buffer) {
    stream.level = 1;
    stream.level_buf = level_buffer.data();
    stream.level_buf_size = kLevelBufferBytes;
    stream.gzip_flag = IGZIP_DEFLATE;
    stream.flush = NO_FLUSH;
}

const std::uint8_t* as_bytes(std::string_view text) {
    return reinterpret_cast<const std::uint8_t*>(text.data());
}

}  // namespace

ZipEntryData deflate_entry(std::string name, std::string_view bytes) {
    ZipEntryData entry;
    entry.name = std::move(name);
    entry.deflated = true;
    entry.size = bytes.size();
    entry.crc32 = crc_of(bytes);
    // Zeroed first: isal_deflate_stateless_init leaves some fields as they were (the history
    // size among them), and what an earlier call left on the stack changed the matches found,
    // so the same chapter could compress to other bytes (same CRC, another size). Everything
    // but the state's two work buffers, which the stateless level-1 deflate does not read
    // before it writes them (it hashes into `level_buf`): zeroing all 82 KB of the struct for
    // every chapter was 8% of a 10,000-article book's instructions.
    isal_zstream stream;
    std::memset(&stream, 0, offsetof(isal_zstream, internal_state) + offsetof(isal_zstate, buffer));
    isal_deflate_stateless_init(&stream);
    use_level_1(stream, thread_level_buffer());
    stream.end_of_stream = 1;
    stream.next_in = const_cast<std::uint8_t*>(as_bytes(bytes));
    stream.avail_in = checked32(bytes.size(), "an entry");
    // Room for the worst case: ISA-L falls back to stored blocks (5 bytes of header per 64 KiB)
    // when the data does not compress, so an eighth more than the input always does.
    const std::size_t room = bytes.size() + bytes.size() / 8 + 1024;
    entry.data.resize(room);
    stream.next_out = reinterpret_cast<std::uint8_t*>(entry.data.data());
    stream.avail_out = checked32(room, "a compressed entry");
    if (isal_deflate_stateless(&stream) != COMP_OK) throw std::runtime_error("zip: deflate failed");
    entry.data.resize(stream.total_out);
    return entry;
}

struct EntryDeflater::Stream {
    isal_zstream stream{};
    std::string pending;  ///< written, not yet compressed: less than kPieceBytes
    std::vector<std::uint8_t> level_buffer = std::vector<std::uint8_t>(kLevelBufferBytes);
    std::uint32_t crc = 0;
};

EntryDeflater::EntryDeflater(std::string name) : stream_(std::make_unique<Stream>()) {
    entry_.name = std::move(name);
    entry_.deflated = true;
    isal_zstream& z = stream_->stream;
    isal_deflate_init(&z);
    use_level_1(z, stream_->level_buffer);
    stream_->pending.reserve(kPieceBytes);
}

EntryDeflater::~EntryDeflater() = default;

void EntryDeflater::run(bool last) {
    isal_zstream& z = stream_->stream;
    z.end_of_stream = last ? 1 : 0;
    for (;;) {
        if (entry_.data.size() - z.total_out < 64 * 1024)
            entry_.data.resize(std::max<std::size_t>(entry_.data.size() * 2, 256 * 1024));
        z.next_out = reinterpret_cast<std::uint8_t*>(entry_.data.data() + z.total_out);
        z.avail_out = checked32(entry_.data.size() - z.total_out, "a compressed entry");
        if (isal_deflate(&z) != COMP_OK) throw std::runtime_error("zip: deflate failed");
        // A piece is done once all of it is taken in (ISA-L keeps the history it needs); the
        // entry once the stream has ended.
        if (last ? z.internal_state.state == ZSTATE_END : z.avail_in == 0) return;
    }
}

void EntryDeflater::write(std::string_view bytes) {
    if (!stream_) throw std::logic_error("zip: write after finish()");
    // ISA-L's stateful deflate copies what it is given behind the last 32 KiB of history and
    // then moves that history down: per call, not per byte. The tables of contents arrive a
    // few dozen bytes at a time, so each piece cost a 32 KiB move (a twentieth of a book's
    // instructions); gathered into large pieces, the moves are a few per megabyte.
    std::string& pending = stream_->pending;
    if (pending.size() + bytes.size() < kPieceBytes) {
        pending += bytes;
        return;
    }
    if (!pending.empty()) {
        const std::size_t fill = kPieceBytes - pending.size();
        pending.append(bytes.substr(0, fill));
        bytes.remove_prefix(fill);
        compress(pending, false);
        pending.clear();
    }
    if (bytes.size() >= kPieceBytes) {
        compress(bytes, false);
    } else {
        pending.assign(bytes);
    }
}

void EntryDeflater::compress(std::string_view bytes, bool last) {
    isal_zstream& z = stream_->stream;
    if (bytes.empty() && last) {
        z.next_in = nullptr;
        z.avail_in = 0;
        run(true);
        return;
    }
    while (!bytes.empty()) {
        const std::size_t piece = std::min<std::size_t>(bytes.size(), 1U << 30);
        stream_->crc = crc32_gzip_refl(stream_->crc, as_bytes(bytes), piece);
        z.next_in = const_cast<std::uint8_t*>(as_bytes(bytes));
        z.avail_in = static_cast<std::uint32_t>(piece);
        entry_.size += piece;
        bytes.remove_prefix(piece);
        run(last && bytes.empty());
    }
}

ZipEntryData EntryDeflater::finish() {
    if (!stream_) throw std::logic_error("zip: finish() called twice");
    compress(stream_->pending, true);
    isal_zstream& z = stream_->stream;
    entry_.data.resize(z.total_out);
    entry_.data.shrink_to_fit();
    entry_.crc32 = stream_->crc;
    stream_.reset();
    return std::move(entry_);
}

ZipEntryData stored_entry(std::string name, std::string bytes) {
    ZipEntryData entry;
    entry.name = std::move(name);
    entry.size = bytes.size();
    entry.crc32 = crc_of(bytes);
    entry.data = std::move(bytes);
    return entry;
}

ZipWriter::ZipWriter(ByteSink sink) : sink_(std::move(sink)) { buffer_.reserve(kFlushBytes); }

void ZipWriter::put(std::string_view bytes) {
    offset_ += bytes.size();
    if (buffer_.size() + bytes.size() <= kFlushBytes) {
        buffer_ += bytes;
        return;
    }
    // Large data goes straight to the sink, without a copy into the buffer.
    flush();
    sink_(bytes);
}

void ZipWriter::flush() {
    if (buffer_.empty()) return;
    sink_(buffer_);
    buffer_.clear();
}

void ZipWriter::add(ZipEntryData entry) {
    if (finished_) throw std::logic_error("zip: entry added after finish()");
    // An entry's own sizes stay within 4 GiB (its local header has no ZIP64 field: epubcheck
    // wants no extra field on `mimetype`, and no book holds a 4 GiB file); where it starts
    // may be past 4 GiB, which the central directory says in a ZIP64 field.
    DirectoryEntry record{entry.name,
                          entry.deflated,
                          entry.crc32,
                          checked32(entry.data.size(), "an entry"),
                          checked32(entry.size, "an entry"),
                          offset_};
    std::string header;
    header.reserve(30 + entry.name.size());
    put32(header, kLocalHeaderSignature);
    put16(header, entry.deflated ? kVersionDeflated : kVersionStored);
    put16(header, name_flags(entry.name));
    put16(header, entry.deflated ? kMethodDeflated : kMethodStored);
    put16(header, kDosTime);
    put16(header, kDosDate);
    put32(header, record.crc32);
    put32(header, record.compressed_size);
    put32(header, record.size);
    put16(header, static_cast<std::uint16_t>(entry.name.size()));
    put16(header, 0);  // no extra field: epubcheck wants none on `mimetype`
    header += entry.name;
    put(header);
    put(entry.data);
    directory_.push_back(std::move(record));
}

void ZipWriter::finish() {
    if (finished_) throw std::logic_error("zip: finish() called twice");
    finished_ = true;
    const std::uint64_t directory_offset = offset_;
    std::string directory;
    for (const DirectoryEntry& entry : directory_) {
        directory.clear();
        const bool far = entry.local_header_offset >= kMax32;
        put32(directory, kCentralHeaderSignature);
        put16(directory, far ? kMadeByUnixZip64 : kMadeByUnix);
        put16(directory, far ? kVersionZip64 : entry.deflated ? kVersionDeflated : kVersionStored);
        put16(directory, name_flags(entry.name));
        put16(directory, entry.deflated ? kMethodDeflated : kMethodStored);
        put16(directory, kDosTime);
        put16(directory, kDosDate);
        put32(directory, entry.crc32);
        put32(directory, entry.compressed_size);
        put32(directory, entry.size);
        put16(directory, static_cast<std::uint16_t>(entry.name.size()));
        put16(directory, far ? 12 : 0);  // extra field: the ZIP64 offset
        put16(directory, 0);  // comment
        put16(directory, 0);  // disk number
        put16(directory, 0);  // internal attributes
        put32(directory, kUnixFileAttributes);
        put32(directory, far ? static_cast<std::uint32_t>(kMax32)
                             : static_cast<std::uint32_t>(entry.local_header_offset));
        directory += entry.name;
        if (far) {
            put16(directory, kZip64ExtraId);
            put16(directory, 8);
            put64(directory, entry.local_header_offset);
        }
        put(directory);
    }
    const std::uint64_t directory_size = offset_ - directory_offset;
    const std::uint64_t count = directory_.size();
    // 0xFFFF entries and 0xFFFFFFFF bytes are the values that say "see the ZIP64 record".
    const bool zip64 = count >= kMax16 || directory_size >= kMax32 || directory_offset >= kMax32;
    std::string end;
    if (zip64) {
        const std::uint64_t record_offset = offset_;
        put32(end, kZip64EndOfDirectorySignature);
        put64(end, 44);  // the size of the rest of this record
        put16(end, kMadeByUnixZip64);
        put16(end, kVersionZip64);
        put32(end, 0);  // this disk
        put32(end, 0);  // disk where the directory starts
        put64(end, count);
        put64(end, count);
        put64(end, directory_size);
        put64(end, directory_offset);
        put32(end, kZip64LocatorSignature);
        put32(end, 0);  // disk of the ZIP64 record
        put64(end, record_offset);
        put32(end, 1);  // disks in all
    }
    put32(end, kEndOfDirectorySignature);
    put16(end, 0);  // this disk
    put16(end, 0);  // disk where the directory starts
    put16(end, static_cast<std::uint16_t>(std::min(count, kMax16)));
    put16(end, static_cast<std::uint16_t>(std::min(count, kMax16)));
    put32(end, static_cast<std::uint32_t>(std::min(directory_size, kMax32)));
    put32(end, static_cast<std::uint32_t>(std::min(directory_offset, kMax32)));
    put16(end, 0);  // comment
    put(end);
    flush();
    directory_.clear();
    directory_.shrink_to_fit();
}

}  // namespace folio::epub
