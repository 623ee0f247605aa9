#include "src/output/download_cache_name.hpp"

#include <cstdint>
#include <cstdio>

namespace folio {

std::string download_cache_name(std::string_view url) {
    std::uint64_t hash = 0xcbf29ce484222325ULL;
    for (unsigned char c : url) hash = (hash ^ c) * 0x100000001b3ULL;
    char name[17];
    std::snprintf(name, sizeof name, "%016llx", static_cast<unsigned long long>(hash));
    return name;
}

}  // namespace folio
