#include "tests/formats/epub/epub_test_support.hpp"

#include <zip.h>

#include <memory>
#include <stdexcept>

namespace folio::test {

std::vector<ZipEntry> read_zip(const std::string& archive) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(archive.data(), archive.size(), 0, &error);
    if (source == nullptr) throw std::runtime_error("zip source");
    zip_t* zip = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (zip == nullptr) {
        zip_source_free(source);
        throw std::runtime_error(std::string("zip open: ") + zip_error_strerror(&error));
    }
    const std::unique_ptr<zip_t, decltype(&zip_discard)> owner(zip, &zip_discard);
    std::vector<ZipEntry> entries;
    const zip_int64_t count = zip_get_num_entries(zip, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        zip_stat_index(zip, static_cast<zip_uint64_t>(i), 0, &stat);
        ZipEntry entry;
        entry.name = stat.name;
        entry.stored = stat.comp_method == ZIP_CM_STORE;
        // One byte more than the entry holds, so libzip reaches its end and checks the CRC-32.
        entry.bytes.resize(stat.size + 1);
        zip_file_t* file = zip_fopen_index(zip, static_cast<zip_uint64_t>(i), 0);
        if (file == nullptr) throw std::runtime_error("zip entry");
        const zip_int64_t read = zip_fread(file, entry.bytes.data(), stat.size + 1);
        zip_fclose(file);
        if (read != static_cast<zip_int64_t>(stat.size))
            throw std::runtime_error("zip entry " + entry.name + ": bad data or CRC-32");
        entry.bytes.resize(stat.size);
        entries.push_back(std::move(entry));
    }
    return entries;
}

}  // namespace folio::test
