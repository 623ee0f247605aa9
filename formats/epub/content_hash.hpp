#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace folio::epub {

/// 128 bits of FNV-1a (two 64-bit lanes with different seeds): a fingerprint of content, for
/// the book identifier and image names, that changes when the content does and never
/// otherwise. Not cryptographic: nothing here defends against chosen collisions.
class ContentHash {
public:
    /// Adds `bytes`, then a separator, so `ab`+`c` and `a`+`bc` differ.
    void add(std::string_view bytes);
    /// Adds another digest (a chapter's, an image's) as 16 bytes.
    void add(const std::array<std::uint64_t, 2>& digest);

    std::array<std::uint64_t, 2> digest() const { return lanes_; }
    /// The first 32 bits as 8 lower-case hex digits, for short names.
    std::string short_hex() const;
    /// `urn:uuid:` with the digest shaped as a name-based (version 5 layout) UUID.
    std::string urn() const;

private:
    std::array<std::uint64_t, 2> lanes_ = {0xcbf29ce484222325ULL, 0x84222325cbf29ce4ULL};
};

}  // namespace folio::epub
