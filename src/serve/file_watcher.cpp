#include "src/serve/file_watcher.hpp"

#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <set>

namespace folio::serve {

namespace {

namespace fs = std::filesystem;

constexpr std::uint32_t kFolderEvents = IN_CLOSE_WRITE | IN_MODIFY | IN_CREATE | IN_DELETE |
                                        IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB |
                                        IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR;

Diagnostic watch_warning(std::string message, std::string path) {
    return {Severity::warning, "serve.watch", std::move(message), std::move(path), 0, 0, {}};
}

// Files editors write beside the one being edited, which never are articles.
bool is_scratch_file(std::string_view name) {
    return name.starts_with('.') || name.ends_with('~') || name == "4913" ||
           name.ends_with(".swp") || name.ends_with(".swx") || name.ends_with(".tmp");
}

// Whether `fd` is readable now or within `timeout` (-1: wait for ever).
bool readable(int fd, int timeout) {
    pollfd one{fd, POLLIN, 0};
    int ready = 0;
    do {
        ready = ::poll(&one, 1, timeout);
    } while (ready < 0 && errno == EINTR);
    return ready > 0;
}

}  // namespace

FileWatcher::FileWatcher(const std::vector<std::string>& paths, Diagnostics& diagnostics)
    : fd_(::inotify_init1(IN_NONBLOCK | IN_CLOEXEC)) {
    if (fd_ < 0) {
        diagnostics.report(watch_warning(
            std::string("inotify is not available (") + std::strerror(errno) +
                "): changes are not seen; start folio serve again after an edit",
            ""));
        return;
    }
    watch(paths, diagnostics);
}

void FileWatcher::watch(const std::vector<std::string>& paths, Diagnostics& diagnostics) {
    if (fd_ < 0) return;
    // Folders first: a file named on its own inside one is seen through the folder's watch.
    std::vector<std::string> files;
    for (const std::string& path : paths) {
        std::error_code ec;
        if (fs::is_directory(path, ec)) {
            watch_folder(path, diagnostics, nullptr);
        } else {
            files.push_back(path);
        }
    }
    for (const std::string& path : files) {
        const fs::path file(path);
        // Empty for a file in the working folder: reported by its name alone, as it was given.
        const std::string folder = file.parent_path().generic_string();
        const bool watched = std::any_of(folders_.begin(), folders_.end(),
                                         [&folder](const auto& f) { return f.second == folder; });
        if (watched && lone_files_.count(folder) == 0) continue;
        const int wd = ::inotify_add_watch(fd_, folder.empty() ? "." : folder.c_str(),
                                           kFolderEvents & ~(IN_DELETE_SELF | IN_MOVE_SELF));
        if (wd < 0) {
            diagnostics.report(watch_warning(std::string("cannot watch: ") + std::strerror(errno),
                                             path));
            continue;
        }
        lone_files_[folder].push_back(file.filename().string());
        folders_.try_emplace(wd, folder);
    }
}

FileWatcher::~FileWatcher() {
    if (fd_ >= 0) ::close(fd_);
}

void FileWatcher::watch_folder(const std::string& folder, Diagnostics& diagnostics,
                               std::vector<std::string>* found) {
    // Depth first without recursion: a deep tree cannot overflow the stack.
    std::vector<std::string> pending{folder};
    while (!pending.empty()) {
        const std::string current = std::move(pending.back());
        pending.pop_back();
        const int wd = ::inotify_add_watch(fd_, current.c_str(), kFolderEvents);
        if (wd < 0) {
            diagnostics.report(watch_warning(
                std::string("cannot watch this folder (") + std::strerror(errno) +
                    "): changes in it are not seen",
                current));
            continue;
        }
        folders_[wd] = current;
        std::error_code ec;
        for (fs::directory_iterator it(current, ec), end; !ec && it != end; it.increment(ec)) {
            std::error_code type_ec;
            if (it->symlink_status(type_ec).type() == fs::file_type::directory) {
                pending.push_back(it->path().generic_string());
            } else if (found != nullptr) {
                found->push_back(it->path().generic_string());
            }
        }
    }
}

void FileWatcher::forget_folder(const std::string& folder) {
    const std::string below = folder + '/';
    for (auto watched = folders_.begin(); watched != folders_.end();) {
        if (watched->second == folder || watched->second.starts_with(below)) {
            ::inotify_rm_watch(fd_, watched->first);
            watched = folders_.erase(watched);
        } else {
            ++watched;
        }
    }
}

void FileWatcher::read_events(std::vector<std::string>& changed) {
    alignas(inotify_event) std::array<char, 64 * 1024> buffer{};
    for (;;) {
        const ssize_t length = ::read(fd_, buffer.data(), buffer.size());
        if (length <= 0) return;  // EAGAIN: drained
        for (ssize_t at = 0; at < length;) {
            inotify_event event{};
            std::memcpy(&event, buffer.data() + at, sizeof event);
            const std::string_view name =
                event.len > 0 ? std::string_view(buffer.data() + at + sizeof event) : "";
            at += static_cast<ssize_t>(sizeof event + event.len);
            const auto folder = folders_.find(event.wd);
            if (folder == folders_.end()) continue;
            if ((event.mask & IN_IGNORED) != 0) {
                folders_.erase(folder);
                continue;
            }
            if ((event.mask & (IN_DELETE_SELF | IN_MOVE_SELF)) != 0) {
                // A watched folder deleted or moved away: for an input folder itself, no
                // watched parent tells it (a folder below one is told by both).
                const std::string gone = folder->second;
                forget_folder(gone);
                changed.push_back(gone);
                continue;
            }
            if (name.empty() || is_scratch_file(name)) continue;
            const auto lone = lone_files_.find(folder->second);
            if (lone != lone_files_.end() &&
                std::find(lone->second.begin(), lone->second.end(), name) == lone->second.end())
                continue;
            const std::string path =
                folder->second.empty() ? std::string(name)
                                       : (fs::path(folder->second) / fs::path(name)).generic_string();
            if ((event.mask & IN_ISDIR) != 0) {
                if ((event.mask & (IN_CREATE | IN_MOVED_TO)) != 0) {
                    // A folder made (or moved in) later: watched, and what it already holds
                    // counts.
                    Diagnostics ignored;
                    watch_folder(path, ignored, &changed);
                } else if ((event.mask & (IN_MOVED_FROM | IN_DELETE)) != 0) {
                    // Moved away or deleted: its files are no inputs any more, which only its
                    // own path says (a move tells nothing of the files in it). Its watches go,
                    // or edits in its new place would be told as edits here.
                    forget_folder(path);
                    changed.push_back(path);
                }
                continue;
            }
            changed.push_back(path);
        }
    }
}

std::vector<std::string> FileWatcher::wait(int stop_fd, std::chrono::milliseconds settle) {
    std::vector<std::string> changed;
    if (fd_ < 0) {
        readable(stop_fd, -1);
        return changed;
    }
    std::array<pollfd, 2> both{pollfd{fd_, POLLIN, 0}, pollfd{stop_fd, POLLIN, 0}};
    for (;;) {
        int ready = ::poll(both.data(), both.size(), -1);
        if (ready < 0 && errno == EINTR) continue;
        if ((both[1].revents & POLLIN) != 0) return {};
        if ((both[0].revents & POLLIN) != 0) {
            read_events(changed);
            if (!changed.empty()) break;
        }
    }
    const int quiet = static_cast<int>(settle.count());
    for (int round = 0; round < 20 && readable(fd_, quiet); ++round) read_events(changed);
    std::sort(changed.begin(), changed.end());
    changed.erase(std::unique(changed.begin(), changed.end()), changed.end());
    return changed;
}

}  // namespace folio::serve
