#pragma once

// Internal to src/text: reverse tables of the two code pages that UTF-8 is most often misread
// as. Generated into code_page_tables.cpp by gen_tables.py from Python's codecs.

#include <cstdint>
#include <span>

namespace folio {

/// One character of a code page's upper half and the byte (0x80..0xFF) it is stored as.
struct CodePageByte {
    char32_t code_point;
    std::uint8_t byte;
};

/// Mac Roman 0x80..0xFF, sorted by code point for binary search.
extern const std::span<const CodePageByte> mac_roman_reverse;
/// Windows-1252 0x80..0xFF, sorted by code point, plus U+0080..U+009F mapped to their own byte
/// because lenient decoders (ISO 8859-1, browsers) turn the undefined bytes into C1 controls.
extern const std::span<const CodePageByte> windows_1252_reverse;

}  // namespace folio
