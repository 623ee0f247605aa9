#include "src/output/output_manifest.hpp"

#include <algorithm>
#include <iterator>
#include <optional>

#include "src/output/remove_inside.hpp"
#include "src/output/resource_reader.hpp"

namespace folio {

namespace {

Diagnostic cleanup_warning(const CleanupOwner& owner, std::string_view code, std::string message,
                           const std::filesystem::path& manifest) {
    return {Severity::warning,
            std::string(owner.code_prefix) + std::string(code),
            std::move(message),
            manifest.string(),
            0,
            0,
            {}};
}

}  // namespace

std::vector<std::string> read_manifest(std::string_view text) {
    std::vector<std::string> paths;
    while (!text.empty()) {
        const std::size_t end = text.find('\n');
        std::string_view line = text.substr(0, end);
        text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
        if (line.ends_with('\r')) line.remove_suffix(1);
        if (line.empty() || line.front() == '#') continue;
        paths.emplace_back(line);
    }
    return paths;
}

std::string write_manifest(std::vector<std::string> paths, std::string_view heading) {
    std::sort(paths.begin(), paths.end());
    paths.erase(std::unique(paths.begin(), paths.end()), paths.end());
    std::string out(heading);
    for (const std::string& path : paths) {
        // A name with a line break cannot be listed without breaking the list: it is left out
        // (and so never removed by a later run, which is the safe side).
        if (path.find_first_of("\r\n") != std::string::npos) continue;
        out += path;
        out += '\n';
    }
    return out;
}

std::vector<std::string> stale_files(const std::vector<std::string>& previous,
                                     const std::vector<std::string>& current) {
    std::vector<std::string> now = current;
    std::sort(now.begin(), now.end());
    std::vector<std::string> before = previous;
    std::sort(before.begin(), before.end());
    before.erase(std::unique(before.begin(), before.end()), before.end());
    std::vector<std::string> stale;
    std::set_difference(before.begin(), before.end(), now.begin(), now.end(),
                        std::back_inserter(stale));
    return stale;
}

std::vector<std::string> previous_manifest(const std::filesystem::path& file) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(std::filesystem::symlink_status(file, ec))) return {};
    const DiskResourceReader reader;
    const std::optional<std::string> text = reader.read(file.string());
    return text ? read_manifest(*text) : std::vector<std::string>{};
}

void remove_stale_files(const std::filesystem::path& root, const std::filesystem::path& manifest,
                        const std::vector<std::string>& stale, const CleanupOwner& owner,
                        Diagnostics& diagnostics) {
    for (const std::string& relative : stale) {
        std::string error;
        switch (remove_file_inside(root, relative, error)) {
            case Removal::removed:
            case Removal::absent:
            case Removal::not_regular:
                break;
            case Removal::outside:
                diagnostics.report(cleanup_warning(
                    owner, ".manifest.outside",
                    "the manifest names '" + relative + "', which is not inside " +
                        std::string(owner.place) + ": it is left alone",
                    manifest));
                break;
            case Removal::through_link:
                diagnostics.report(cleanup_warning(
                    owner, ".manifest.link",
                    "the manifest names '" + relative +
                        "', below a symbolic link: it is left alone (clean-up never follows "
                        "links)",
                    manifest));
                break;
            case Removal::failed:
                diagnostics.report(cleanup_warning(
                    owner, ".stale", "could not remove the stale file " + relative + ": " + error,
                    manifest));
                break;
        }
    }
}

}  // namespace folio
