#pragma once

// A built site as a static host serves it: a folder of files, looked up by URL path.

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "src/diagnostics/diagnostic.hpp"

namespace folio::verify {

/// The files of a built site (any engine's output), by their path relative to its folder.
class BuiltSite {
public:
    /// Every regular file under `folder` (a symbolic link to a file counts; a linked folder is
    /// not entered), or an error naming the folder when it cannot be read.
    static Result<BuiltSite> read(const std::string& folder);
    /// A site of the given relative paths (`posts/a/index.html`), for tests.
    BuiltSite(std::string folder, std::vector<std::string> files);

    const std::string& folder() const { return folder_; }
    /// Relative paths, sorted.
    const std::vector<std::string>& files() const { return files_; }
    bool has_file(std::string_view relative) const { return lookup_.count(std::string(relative)) > 0; }

    /// The file a static host serves for the decoded site path `path` (`/a/b/` is
    /// `a/b/index.html`; `/a/b` is the file `a/b`, else `a/b.html`, else `a/b/index.html`),
    /// case-sensitively; empty when none.
    std::string file_for(std::string_view path) const;

private:
    std::string folder_;
    std::vector<std::string> files_;
    std::unordered_set<std::string> lookup_;
};

/// The site path a page file is served at: `a/b/index.html` is `/a/b/`, `a/b.html` `/a/b.html`.
std::string page_path_of(std::string_view relative_file);

/// True for the files verify parses as pages (`.html`, `.htm`).
bool is_html_file(std::string_view relative_file);

}  // namespace folio::verify
