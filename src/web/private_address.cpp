#include "src/web/private_address.hpp"

#include <arpa/inet.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

namespace folio {
namespace {

std::string ipv4_kind(const std::uint8_t* a) {
    const auto in = [a](std::uint8_t first, std::uint8_t mask_second, std::uint8_t second) {
        return a[0] == first && (a[1] & mask_second) == second;
    };
    if (a[0] == 0) return "unspecified";
    if (a[0] == 127) return "loopback";
    if (a[0] == 10 || in(172, 0xF0, 16) || in(192, 0xFF, 168)) return "private";
    if (in(169, 0xFF, 254)) return "link-local";
    if (in(100, 0xC0, 64)) return "carrier-grade NAT";
    if (a[0] >= 224 && a[0] < 240) return "multicast";
    if (a[0] >= 240) return "reserved";
    // 192.0.0.0/24 (protocol assignments) and 198.18.0.0/15 (benchmarking) reach no public host.
    if ((a[0] == 192 && a[1] == 0 && a[2] == 0) || in(198, 0xFE, 18)) return "reserved";
    return {};
}

}  // namespace

std::string private_address_kind(std::string_view address) {
    const std::string text(address);
    std::array<std::uint8_t, 16> bytes{};
    if (inet_pton(AF_INET, text.c_str(), bytes.data()) == 1) return ipv4_kind(bytes.data());
    if (inet_pton(AF_INET6, text.c_str(), bytes.data()) != 1) return "reserved";
    const std::uint8_t* b = bytes.data();
    const bool zero_prefix = std::all_of(b, b + 10, [](std::uint8_t x) { return x == 0; });
    if (zero_prefix && b[10] == 0xFF && b[11] == 0xFF) return ipv4_kind(b + 12);  // ::ffff:a.b.c.d
    static constexpr std::uint8_t kNat64[12] = {0, 0x64, 0xFF, 0x9B, 0, 0, 0, 0, 0, 0, 0, 0};
    if (std::memcmp(b, kNat64, 12) == 0) return ipv4_kind(b + 12);
    if (zero_prefix && b[10] == 0 && b[11] == 0 && b[12] == 0 && b[13] == 0 && b[14] == 0) {
        if (b[15] == 0) return "unspecified";
        if (b[15] == 1) return "loopback";
        return "reserved";  // IPv4-compatible addresses, deprecated
    }
    if ((b[0] & 0xFE) == 0xFC) return "unique-local";
    if (b[0] == 0xFE && (b[1] & 0xC0) == 0x80) return "link-local";
    if (b[0] == 0xFE && (b[1] & 0xC0) == 0xC0) return "private";  // site-local, deprecated
    if (b[0] == 0xFF) return "multicast";
    return {};
}

}  // namespace folio
