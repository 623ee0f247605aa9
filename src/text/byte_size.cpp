#include "src/text/byte_size.hpp"

#include <cerrno>
#include <cstdlib>

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

}  // namespace folio
