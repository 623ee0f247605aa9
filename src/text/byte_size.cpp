#include "src/text/byte_size.hpp"

#include <array>
#include <cerrno>
#include <cstdlib>
#include <string_view>

namespace folio {

std::optional<std::uint64_t> parse_byte_size(const std::string& text) {
    // strtoull skips blanks and takes a sign: `-1` would be 2^64 - 1 bytes.
    if (text.empty() || text[0] < '0' || text[0] > '9') return std::nullopt;
    char* end = nullptr;
    errno = 0;
    const unsigned long long number = std::strtoull(text.c_str(), &end, 10);
    if (errno != 0 || end == text.c_str()) return std::nullopt;
    const std::string unit(end);
    if (unit.empty() || unit == "B") return number;
    constexpr std::uint64_t kMax = ~std::uint64_t{0};
    if (unit == "K" || unit == "KB") {
        if (number > kMax / 1024) return std::nullopt;
        return number * 1024;
    }
    if (unit == "M" || unit == "MB") {
        if (number > kMax / (1024 * 1024)) return std::nullopt;
        return number * 1024 * 1024;
    }
    return std::nullopt;
}

std::string describe_size(std::uint64_t bytes) {
    constexpr std::array<std::string_view, 4> units{"KiB", "MiB", "GiB", "TiB"};
    if (bytes < 1024) return std::to_string(bytes) + (bytes == 1 ? " byte" : " bytes");
    std::size_t unit = 0;
    std::uint64_t whole = bytes / 1024;
    std::uint64_t rest = bytes % 1024;
    while (whole >= 1024 && unit + 1 < units.size()) {
        rest = whole % 1024;
        whole /= 1024;
        ++unit;
    }
    // One decimal, truncated, and only when it is not zero: `16 MiB`, `1.5 GiB`.
    const std::uint64_t tenth = rest * 10 / 1024;
    return std::to_string(whole) + (tenth != 0 ? "." + std::to_string(tenth) : std::string()) +
           " " + std::string(units[unit]);
}

}  // namespace folio
