#include "src/text/byte_size.hpp"

#include <cerrno>
#include <cstdlib>

namespace folio {

std::optional<std::uint64_t> parse_byte_size(const std::string& text) {
    if (text.empty()) return std::nullopt;
    char* end = nullptr;
    errno = 0;
    const unsigned long long number = std::strtoull(text.c_str(), &end, 10);
    if (errno != 0 || end == text.c_str()) return std::nullopt;
    const std::string unit(end);
    if (unit.empty() || unit == "B") return number;
    if (unit == "K" || unit == "KB") return number * 1024;
    if (unit == "M" || unit == "MB") return number * 1024 * 1024;
    return std::nullopt;
}

}  // namespace folio
