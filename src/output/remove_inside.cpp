#include "src/output/remove_inside.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

#include "src/output/output_file.hpp"

namespace folio {

namespace {

// An open folder, closed when it goes.
class FolderHandle {
public:
    explicit FolderHandle(int fd) : fd_(fd) {}
    ~FolderHandle() {
        if (fd_ >= 0) ::close(fd_);
    }
    FolderHandle(FolderHandle&& other) noexcept : fd_(other.fd_) { other.fd_ = -1; }
    FolderHandle(const FolderHandle&) = delete;
    FolderHandle& operator=(const FolderHandle&) = delete;
    FolderHandle& operator=(FolderHandle&&) = delete;
    int fd() const { return fd_; }

private:
    int fd_;
};

std::vector<std::string> segments_of(std::string_view relative) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= relative.size()) {
        std::size_t end = relative.find('/', start);
        if (end == std::string_view::npos) end = relative.size();
        out.emplace_back(relative.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

}  // namespace

Removal remove_file_inside(const std::filesystem::path& root, std::string_view relative,
                           std::string& error) {
    // The same test every writer's path passes: no absolute path, no `..`, no empty segment.
    if (!path_inside(root, relative)) return Removal::outside;
    const std::vector<std::string> segments = segments_of(relative);
    std::vector<FolderHandle> folders;
    folders.emplace_back(::open(root.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (folders.back().fd() < 0) {
        if (errno == ENOENT) return Removal::absent;
        error = std::strerror(errno);
        return Removal::failed;
    }
    for (std::size_t i = 0; i + 1 < segments.size(); ++i) {
        // O_NOFOLLOW: a link in the last place of the name fails (ELOOP) instead of being
        // followed; O_DIRECTORY: a file where a folder was fails too.
        const int fd = ::openat(folders.back().fd(), segments[i].c_str(),
                                O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (fd < 0) {
            if (errno == ENOENT) return Removal::absent;
            if (errno == ELOOP || errno == ENOTDIR) {
                // Which of the two (kernels differ in the error they give for a link).
                struct stat info {};
                const bool link = ::fstatat(folders.back().fd(), segments[i].c_str(), &info,
                                            AT_SYMLINK_NOFOLLOW) == 0 &&
                                  S_ISLNK(info.st_mode);
                return link ? Removal::through_link : Removal::not_regular;
            }
            error = std::strerror(errno);
            return Removal::failed;
        }
        folders.emplace_back(fd);
    }
    const std::string& name = segments.back();
    struct stat info {};
    if (::fstatat(folders.back().fd(), name.c_str(), &info, AT_SYMLINK_NOFOLLOW) != 0) {
        if (errno == ENOENT) return Removal::absent;
        error = std::strerror(errno);
        return Removal::failed;
    }
    if (!S_ISREG(info.st_mode)) return Removal::not_regular;
    if (::unlinkat(folders.back().fd(), name.c_str(), 0) != 0) {
        if (errno == ENOENT) return Removal::absent;
        error = std::strerror(errno);
        return Removal::failed;
    }
    // The folders it leaves empty, deepest first, each removed through its parent's handle
    // (AT_REMOVEDIR refuses a link and a folder that is not empty, which ends the walk).
    for (std::size_t i = segments.size() - 1; i-- > 0;) {
        if (::unlinkat(folders[i].fd(), segments[i].c_str(), AT_REMOVEDIR) != 0) break;
    }
    return Removal::removed;
}

}  // namespace folio
