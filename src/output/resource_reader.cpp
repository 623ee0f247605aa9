#include "src/output/resource_reader.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace folio {

std::optional<std::string> DiskResourceReader::read(const std::string& path) const {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) return std::nullopt;
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (in.bad()) return std::nullopt;
    return bytes.str();
}

}  // namespace folio
