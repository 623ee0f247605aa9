#pragma once

// Which files changed below the folders and files `folio serve` builds from, with Linux's
// inotify: files made, written, removed and renamed (editors that save by writing a new file
// and renaming it over the old one included), and folders made later watched too.

#include <chrono>
#include <map>
#include <string>
#include <vector>

#include "src/diagnostics/diagnostic.hpp"

namespace folio::serve {

/// Watches files and folders (folders with everything below them). Owns its inotify
/// descriptor. Paths it reports are joined as the folder walk of `collect_inputs` joins them
/// (`posts` + `a.md` → `posts/a.md`), so they compare equal to the inputs' paths. A folder
/// moved in is reported as the files it holds; a folder moved away or deleted by its own path
/// (`posts/2024`), which the caller takes for every input below it.
class FileWatcher {
public:
    /// Watches `paths`; one that cannot be watched (missing, unreadable, out of inotify
    /// watches) is a warning in `diagnostics` (`serve.watch`).
    FileWatcher(const std::vector<std::string>& paths, Diagnostics& diagnostics);
    ~FileWatcher();
    FileWatcher(const FileWatcher&) = delete;
    FileWatcher& operator=(const FileWatcher&) = delete;

    /// Watches `paths` too (a static folder the settings now name), as the constructor does.
    void watch(const std::vector<std::string>& paths, Diagnostics& diagnostics);

    /// Blocks until something changed or `stop_fd` (a signalfd, a pipe) is readable, then waits
    /// until no change has come for `settle` (an editor's save is several events), at most
    /// `settle` × 20. Returns the changed paths, sorted, each once; empty when `stop_fd` woke it.
    /// Editors' scratch files (`.name.swp`, `name~`, `.#name`, vim's `4913`) are left out.
    std::vector<std::string> wait(int stop_fd, std::chrono::milliseconds settle);

private:
    void watch_folder(const std::string& folder, Diagnostics& diagnostics,
                      std::vector<std::string>* found);
    /// Stops watching `folder` and every folder below it.
    void forget_folder(const std::string& folder);
    void read_events(std::vector<std::string>& changed);

    int fd_ = -1;
    std::map<int, std::string> folders_;  ///< watch descriptor → folder path
    /// Watched files named on their own: their folder is watched, only they are reported.
    std::map<std::string, std::vector<std::string>> lone_files_;  ///< folder → file names
};

}  // namespace folio::serve
