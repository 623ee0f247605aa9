#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace folio {

/// One run of characters that looks like UTF-8 decoded with the wrong single-byte code page.
struct Mojibake {
    std::size_t offset = 0;   ///< byte offset of the run in the text searched
    std::size_t length = 0;   ///< bytes of the run
    std::string found;        ///< the run as written, `ge√Øntegreerde`'s `√Ø`
    std::string repaired;     ///< what it was meant to be, `ï`
    std::string_view codec;   ///< `Mac Roman` or `Windows-1252`
};

/// Every suspected run, in order. A run counts only when every character maps back to a byte
/// of the code page and those bytes form valid multi-byte UTF-8, which ordinary text in any
/// language almost never does.
std::vector<Mojibake> find_mojibake(std::string_view text);

/// `text` with every run `find_mojibake` reports replaced by its repair.
std::string repair_mojibake(std::string_view text);

}  // namespace folio
