#include <algorithm>

#include "formats/html/html_site.hpp"

namespace folio::html {

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

std::string write_manifest(std::vector<std::string> paths) {
    std::sort(paths.begin(), paths.end());
    paths.erase(std::unique(paths.begin(), paths.end()), paths.end());
    std::string out =
        "# folio html: the files the last run wrote, one per line. The next run removes those it\n"
        "# no longer writes, and nothing else.\n";
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

}  // namespace folio::html
