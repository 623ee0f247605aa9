#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace folio {

/// A size in bytes as written on a command line: `2000`, `2000B`, `512K` or `512KB` (times
/// 1024), `10M` or `10MB` (times 1024²). Empty when `text` is not one (no number, another unit).
std::optional<std::uint64_t> parse_byte_size(const std::string& text);

/// `bytes` as a size for people, in binary units with one decimal when it is not zero:
/// `12 bytes`, `1.5 KiB`, `16 MiB`.
std::string describe_size(std::uint64_t bytes);

}  // namespace folio
