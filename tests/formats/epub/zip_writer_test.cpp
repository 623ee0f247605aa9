#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <stdexcept>

#include "tests/formats/epub/epub_test_support.hpp"
#include "formats/epub/zip_writer.hpp"

namespace folio::epub {
namespace {

std::string archive_of(std::vector<ZipEntryData> entries) {
    std::string bytes;
    ZipWriter zip([&bytes](std::string_view more) { bytes += more; });
    for (ZipEntryData& entry : entries) zip.add(std::move(entry));
    zip.finish();
    return bytes;
}

std::string long_text() {
    std::string text;
    for (int i = 0; i < 20000; ++i) text += "<p>Paragraph " + std::to_string(i) + "</p>\n";
    return text;
}

TEST(ZipWriter, WritesEntriesThatAnotherReaderReadsBackInOrder) {
    const std::string text = long_text();
    const std::string archive = archive_of({stored_entry("mimetype", "application/epub+zip"),
                                            deflate_entry("OEBPS/a.xhtml", text),
                                            stored_entry("OEBPS/images/x.png", test::png_bytes()),
                                            deflate_entry("empty.txt", "")});
    // libzip checks the CRC-32 of every entry it reads, and the archive's consistency.
    const std::vector<test::ZipEntry> entries = test::read_zip(archive);
    ASSERT_EQ(entries.size(), 4U);
    EXPECT_EQ(entries[0].name, "mimetype");
    EXPECT_TRUE(entries[0].stored);
    EXPECT_EQ(archive.substr(30, 28), "mimetypeapplication/epub+zip");
    EXPECT_EQ(entries[1].name, "OEBPS/a.xhtml");
    EXPECT_FALSE(entries[1].stored);
    EXPECT_EQ(entries[1].bytes, text);
    EXPECT_LT(archive.size(), text.size() / 2);
    EXPECT_TRUE(entries[2].stored);
    EXPECT_EQ(entries[2].bytes, test::png_bytes());
    EXPECT_EQ(entries[3].bytes, "");
}

TEST(ZipWriter, GivesTheSameBytesForTheSameEntries) {
    EXPECT_EQ(archive_of({deflate_entry("a", long_text())}),
              archive_of({deflate_entry("a", long_text())}));
}

TEST(EntryDeflater, CompressesAnEntryGivenInPieces) {
    const std::string text = long_text();
    EntryDeflater deflater("toc.ncx");
    for (std::size_t at = 0; at < text.size(); at += 1000) deflater.write(text.substr(at, 1000));
    ZipEntryData entry = deflater.finish();
    EXPECT_EQ(entry.size, text.size());
    EXPECT_EQ(entry.crc32, deflate_entry("x", text).crc32);
    const std::vector<test::ZipEntry> entries = test::read_zip(archive_of({std::move(entry)}));
    ASSERT_EQ(entries.size(), 1U);
    EXPECT_EQ(entries[0].bytes, text);
}

// Pieces are gathered up to 256 KiB before they are compressed: pieces of every size around
// that (empty, one byte, one short of it, exactly it, one over, more than twice it) in every
// order still give the whole entry back.
TEST(EntryDeflater, GivesTheEntryBackWhateverThePiecesAroundTheGatheringSize) {
    std::string text;
    while (text.size() < 3'000'000) text += long_text();
    const std::vector<std::size_t> sizes{1, 0, 37, 262143, 262144, 262145, 600000, 5, 262140};
    for (std::size_t start = 0; start < sizes.size(); ++start) {
        EntryDeflater deflater("toc.ncx");
        std::size_t at = 0;
        for (std::size_t k = start; at < text.size(); ++k) {
            const std::size_t size = std::min(sizes[k % sizes.size()], text.size() - at);
            deflater.write(std::string_view(text).substr(at, size));
            at += size;
        }
        ZipEntryData entry = deflater.finish();
        EXPECT_EQ(entry.size, text.size());
        EXPECT_EQ(entry.crc32, deflate_entry("x", text).crc32);
        const std::vector<test::ZipEntry> entries = test::read_zip(archive_of({std::move(entry)}));
        ASSERT_EQ(entries.size(), 1U);
        EXPECT_TRUE(entries[0].bytes == text) << "starting with pieces of " << sizes[start];
    }
}

TEST(ZipWriter, KeepsBytesThatDoNotCompress) {
    // Random bytes (a cover image deflated by mistake, say) come out larger than they went in:
    // whole (in the room deflate_entry sets aside for the worst case) or in pieces, the entry
    // must still hold them all, from one byte to several stored blocks of 64 KiB.
    std::uint32_t state = 12345;
    for (const std::size_t size : {std::size_t{1}, std::size_t{100}, std::size_t{5000},
                                   std::size_t{70000}, std::size_t{300000}}) {
        std::string noise(size, '\0');
        for (char& c : noise) {
            state = state * 1664525U + 1013904223U;
            c = static_cast<char>(state >> 24);
        }
        EntryDeflater deflater("noise.bin");
        for (std::size_t at = 0; at < noise.size(); at += 7000) deflater.write(noise.substr(at, 7000));
        const std::vector<test::ZipEntry> entries =
            test::read_zip(archive_of({deflate_entry("whole.bin", noise), deflater.finish()}));
        ASSERT_EQ(entries.size(), 2U);
        EXPECT_EQ(entries[0].bytes, noise) << size;
        EXPECT_EQ(entries[1].bytes, noise) << size;
    }
}

TEST(ZipWriter, StopsWhenTheSinkFails) {
    ZipWriter zip([](std::string_view) { throw std::runtime_error("disk full"); });
    zip.add(deflate_entry("a", long_text()));  // small enough to wait in the buffer
    EXPECT_THROW(zip.finish(), std::runtime_error);
}

}  // namespace
}  // namespace folio::epub

namespace folio::epub {
namespace {

// Issue 23: a book of more than 65,535 entries failed after all the work was done.
TEST(ZipWriter, WritesZip64RecordsPastSixtyFiveThousandEntries) {
    constexpr std::size_t kEntries = 70'000;
    std::string archive;
    ZipWriter zip([&archive](std::string_view more) { archive += more; });
    zip.add(stored_entry("mimetype", "application/epub+zip"));
    for (std::size_t i = 1; i < kEntries; ++i)
        zip.add(stored_entry("OEBPS/" + std::to_string(i) + ".txt", std::to_string(i)));
    zip.finish();
    const std::vector<test::ZipEntry> entries = test::read_zip(archive);
    ASSERT_EQ(entries.size(), kEntries);
    EXPECT_EQ(entries[0].name, "mimetype");
    EXPECT_EQ(entries[kEntries - 1].name, "OEBPS/69999.txt");
    EXPECT_EQ(entries[kEntries - 1].bytes, "69999");
    // The ZIP64 end record and its locator sit before the classic end record, which says
    // 0xFFFF entries.
    ASSERT_GT(archive.size(), 22U + 20U + 56U);
    EXPECT_EQ(archive.substr(archive.size() - 22 - 20 - 56, 4), std::string("PK\x06\x06"));
    EXPECT_EQ(archive.substr(archive.size() - 22 - 20, 4), std::string("PK\x06\x07"));
    EXPECT_EQ(archive.substr(archive.size() - 22 + 8, 2), std::string("\xFF\xFF"));
}

TEST(ZipWriter, WritesNoZip64RecordsBelowTheLimits) {
    std::string archive;
    ZipWriter zip([&archive](std::string_view more) { archive += more; });
    for (int i = 0; i < 65'534; ++i) zip.add(stored_entry(std::to_string(i), ""));
    zip.finish();
    EXPECT_EQ(archive.find(std::string("PK\x06\x06")), std::string::npos);
    EXPECT_EQ(test::read_zip(archive).size(), 65'534U);
}

}  // namespace
}  // namespace folio::epub
