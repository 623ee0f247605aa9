#include "src/verify/built_site.hpp"

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace folio::verify {

namespace fs = std::filesystem;

Result<BuiltSite> BuiltSite::read(const std::string& folder) {
    std::error_code error;
    if (!fs::is_directory(folder, error)) {
        return Diagnostic{Severity::error, "verify.site", "no such folder (the built new site)",
                          folder, 0, 0, {}};
    }
    std::vector<std::string> files;
    const fs::path root(folder);
    fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, error);
    for (; !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
        std::error_code type_error;
        if (!it->is_regular_file(type_error)) continue;
        files.push_back(it->path().lexically_relative(root).generic_string());
    }
    if (error) {
        return Diagnostic{Severity::error, "verify.site", "cannot read the folder: " + error.message(),
                          folder, 0, 0, {}};
    }
    return BuiltSite(folder, std::move(files));
}

BuiltSite::BuiltSite(std::string folder, std::vector<std::string> files)
    : folder_(std::move(folder)), files_(std::move(files)) {
    std::sort(files_.begin(), files_.end());
    lookup_.reserve(files_.size());
    lookup_.insert(files_.begin(), files_.end());
}

std::string BuiltSite::file_for(std::string_view path) const {
    if (path.empty() || path.front() != '/') return {};
    std::string relative(path.substr(1));
    if (relative.empty() || relative.back() == '/') {
        relative += "index.html";
        return has_file(relative) ? relative : std::string();
    }
    if (has_file(relative)) return relative;
    if (has_file(relative + ".html")) return relative + ".html";
    if (has_file(relative + "/index.html")) return relative + "/index.html";
    return {};
}

std::string page_path_of(std::string_view relative_file) {
    constexpr std::string_view index = "index.html";
    if (relative_file == index) return "/";
    if (relative_file.size() > index.size() &&
        relative_file.substr(relative_file.size() - index.size() - 1) == "/index.html") {
        return "/" + std::string(relative_file.substr(0, relative_file.size() - index.size()));
    }
    return "/" + std::string(relative_file);
}

bool is_html_file(std::string_view relative_file) {
    const std::size_t dot = relative_file.rfind('.');
    if (dot == std::string_view::npos) return false;
    std::string extension(relative_file.substr(dot + 1));
    for (char& c : extension) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    return extension == "html" || extension == "htm";
}

}  // namespace folio::verify
