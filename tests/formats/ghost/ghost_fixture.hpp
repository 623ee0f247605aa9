#pragma once

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "formats/ghost/ghost_export.hpp"

namespace folio::test {

/// The text of `tests/formats/ghost/data/<name>`.
inline std::string ghost_fixture(const std::string& name) {
    std::ifstream in(std::string(FOLIO_TEST_DATA_DIR) + "/formats/ghost/data/" + name,
                     std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

/// Every post a Ghost export gives, and the diagnostics.
struct GhostRead {
    std::vector<ExportedPost> posts;
    Diagnostics diagnostics;
};

inline GhostRead read_ghost(const std::string& path, const std::string& text) {
    GhostRead result;
    const SourceText source(path, text);
    read_ghost_export(source, result.diagnostics,
                      [&](ExportedPost&& post) { result.posts.push_back(std::move(post)); });
    return result;
}

}  // namespace folio::test
