#include "formats/epub/content_hash.hpp"

#include <cstdio>

namespace folio::epub {

namespace {
constexpr std::uint64_t kPrime = 0x100000001b3ULL;
}

void ContentHash::add(std::string_view bytes) {
    std::uint64_t a = lanes_[0];
    std::uint64_t b = lanes_[1];
    for (unsigned char c : bytes) {
        a = (a ^ c) * kPrime;
        b = (b ^ c) * kPrime;
    }
    lanes_[0] = (a ^ 0xFFU) * kPrime;
    lanes_[1] = (b ^ 0xFEU) * kPrime;
}

void ContentHash::add(const std::array<std::uint64_t, 2>& digest) {
    std::string bytes;
    for (std::uint64_t lane : digest) {
        for (int shift = 0; shift < 64; shift += 8) bytes += static_cast<char>(lane >> shift);
    }
    add(bytes);
}

std::string ContentHash::short_hex() const {
    std::array<char, 9> hex{};
    std::snprintf(hex.data(), hex.size(), "%08llx",
                  static_cast<unsigned long long>(lanes_[0] >> 32));
    return std::string(hex.data(), 8);
}

std::string ContentHash::urn() const {
    std::array<char, 33> hex{};
    std::snprintf(hex.data(), hex.size(), "%016llx%016llx",
                  static_cast<unsigned long long>(lanes_[0]),
                  static_cast<unsigned long long>(lanes_[1]));
    std::string digits(hex.data(), 32);
    digits[12] = '5';
    digits[16] = "89ab"[(digits[16] - '0') & 3];
    return "urn:uuid:" + digits.substr(0, 8) + "-" + digits.substr(8, 4) + "-" +
           digits.substr(12, 4) + "-" + digits.substr(16, 4) + "-" + digits.substr(20, 12);
}

}  // namespace folio::epub
