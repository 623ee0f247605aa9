#include "src/source/file_head.hpp"

#include <algorithm>
#include <fstream>

namespace folio {

std::string file_head(const std::filesystem::path& path, std::size_t size) {
    std::ifstream in(path, std::ios::binary);
    std::string head(size, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(std::max<std::streamsize>(in.gcount(), 0)));
    return head;
}

}  // namespace folio
