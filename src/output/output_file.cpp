#include "src/output/output_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <atomic>
#include <cstring>

namespace folio {

namespace {

namespace fs = std::filesystem;

Diagnostic write_error(const fs::path& target, const std::string& what) {
    Diagnostic d;
    d.severity = Severity::error;
    d.code = "output.write";
    d.message = "cannot write: " + what;
    d.path = target == "-" ? "<standard output>" : target.generic_string();
    return d;
}

Diagnostic outside_root(const fs::path& root, const std::string& relative) {
    Diagnostic d;
    d.severity = Severity::error;
    d.code = "output.outside-root";
    d.message = "refusing to write '" + relative + "': a symbolic link below " +
                root.generic_string() + " leads outside it";
    d.path = root.generic_string();
    return d;
}

// Whether `path` is a regular file holding exactly `bytes`. Rebuilding a site rewrites
// thousands of files that have not changed: leaving those alone keeps their modification
// times (deploy tools that sync by time upload only what changed) and spares a new inode and a
// rename each.
bool holds_exactly(const fs::path& path, std::string_view bytes) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) return false;
    struct stat info {};
    bool same = ::fstat(fd, &info) == 0 && S_ISREG(info.st_mode) &&
                static_cast<std::uint64_t>(info.st_size) == bytes.size();
    std::string held;
    if (same) {
        held.resize(bytes.size());
        std::size_t got = 0;
        while (got < held.size()) {
            const ssize_t n = ::read(fd, held.data() + got, held.size() - got);
            if (n <= 0) {
                if (n < 0 && errno == EINTR) continue;
                break;
            }
            got += static_cast<std::size_t>(n);
        }
        same = got == bytes.size() && std::string_view(held) == bytes;
    }
    ::close(fd);
    return same;
}

}  // namespace

AtomicFile::AtomicFile(fs::path target) : target_(std::move(target)) {}

AtomicFile::~AtomicFile() {
    if (fd_ >= 0 && !standard_output_) ::close(fd_);
    if (!temp_.empty() && !committed_) {
        std::error_code ec;
        fs::remove(temp_, ec);
    }
}

std::optional<Diagnostic> AtomicFile::open() {
    if (target_ == "-") {
        standard_output_ = true;
        fd_ = STDOUT_FILENO;
        return std::nullopt;
    }
    const fs::path folder = target_.has_parent_path() ? target_.parent_path() : fs::path(".");
    // A name no other writer picks, in the target's own folder so the rename stays on one file
    // system (and so is atomic): the process id tells runs apart, a counter the files of one
    // run, O_EXCL anything else (a stale file of a dead process that had the same id).
    static std::atomic<unsigned long> counter{0};
    static const std::string pid = std::to_string(::getpid());
    const std::string prefix = "." + target_.filename().string() + ".folio-" + pid + "-";
    bool made_folder = false;
    for (int attempt = 0; attempt < 16 && fd_ < 0; ++attempt) {
        temp_ = folder / (prefix + std::to_string(counter.fetch_add(1)) + ".tmp");
        // Registered before it exists, so that no moment is left in which a signal would end
        // the process with the file made and not yet known (a name that turns out to be taken
        // is one of a dead process of the same id, and removing it is no loss).
        registration_ = TempFileRegistration(temp_.c_str());
        fd_ = ::open(temp_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
        registration_.created();
        if (fd_ >= 0) continue;
        const int error = errno;
        registration_.forget();
        if (error == EEXIST) continue;
        // The folder is usually there already: made only when missing, which saves a stat of
        // every folder on the way for each file.
        if (error == ENOENT && !made_folder) {
            made_folder = true;
            std::error_code ec;
            fs::create_directories(folder, ec);
            if (ec) {
                temp_.clear();
                return write_error(target_, ec.message());
            }
            continue;
        }
        temp_.clear();
        return write_error(target_, std::strerror(error));
    }
    if (fd_ < 0) {
        temp_.clear();
        return write_error(target_, "no free temporary name");
    }
    return std::nullopt;
}

std::optional<Diagnostic> AtomicFile::write(std::string_view bytes) {
    if (fd_ < 0) return write_error(target_, "the file is not open");
    const char* data = bytes.data();
    std::size_t left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(fd_, data, left);
        if (n < 0) {
            if (errno == EINTR) continue;
            return write_error(target_, std::strerror(errno));
        }
        data += n;
        left -= static_cast<std::size_t>(n);
    }
    return std::nullopt;
}

std::optional<Diagnostic> AtomicFile::commit(Sync sync) {
    if (fd_ < 0) return write_error(target_, "the file is not open");
    if (standard_output_) {
        // A pipe or a terminal cannot be synced or renamed: the bytes are already out.
        fd_ = -1;
        committed_ = true;
        return std::nullopt;
    }
    // A file rebuilt keeps what its owner set: its permission bits, and its owner and group
    // where this process may give them (root, or a group it is in); a rename would otherwise
    // leave the temporary file's 0644 and the runner's ids.
    struct stat previous {};
    if (::lstat(target_.c_str(), &previous) == 0 && S_ISREG(previous.st_mode)) {
        if (::fchmod(fd_, previous.st_mode & 07777) != 0) {
            // Not ours to change: the new file keeps the usual mode.
        }
        if ((previous.st_uid != ::geteuid() || previous.st_gid != ::getegid()) &&
            ::fchown(fd_, previous.st_uid, previous.st_gid) != 0) {
            // Only root may give a file away: the runner's ids, as any new file.
        }
    }
    if (sync == Sync::each_file && ::fsync(fd_) != 0)
        return write_error(target_, std::strerror(errno));
    const int fd = fd_;
    fd_ = -1;
    if (::close(fd) != 0) return write_error(target_, std::strerror(errno));
    std::error_code ec;
    fs::rename(temp_, target_, ec);
    if (ec) return write_error(target_, ec.message());
    committed_ = true;
    registration_.forget();
    return std::nullopt;
}

std::optional<Diagnostic> write_file_atomically(const fs::path& target, std::string_view bytes,
                                                Sync sync) {
    AtomicFile file(target);
    if (auto failed = file.open()) return failed;
    if (auto failed = file.write(bytes)) return failed;
    return file.commit(sync);
}

std::optional<Diagnostic> sync_file_system(const fs::path& inside) {
    const int fd = ::open(inside.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return write_error(inside, std::strerror(errno));
    const bool synced = ::syncfs(fd) == 0;
    const int error = errno;
    ::close(fd);
    if (!synced) return write_error(inside, std::strerror(error));
    return std::nullopt;
}

std::optional<fs::path> path_inside(const fs::path& root, std::string_view relative) {
    if (relative.empty() || relative.front() == '/') return std::nullopt;
    fs::path out = root;
    std::size_t start = 0;
    while (start <= relative.size()) {
        std::size_t end = relative.find('/', start);
        if (end == std::string_view::npos) end = relative.size();
        const std::string_view segment = relative.substr(start, end - start);
        if (segment.empty() || segment == "." || segment == ".." ||
            segment.find('\\') != std::string_view::npos ||
            segment.find('\0') != std::string_view::npos) {
            return std::nullopt;
        }
        out /= std::string(segment);
        start = end + 1;
    }
    return out;
}

OutputRoot::OutputRoot(fs::path root)
    : root_(root.empty() ? fs::path(".") : root.has_filename() ? std::move(root) : root.parent_path()) {}

bool OutputRoot::known(const fs::path& folder) {
    std::lock_guard lock(mutex_);
    return ready_.count(folder.native()) != 0;
}

std::optional<Diagnostic> OutputRoot::prepare_folder(const fs::path& folder) {
    if (known(folder)) return std::nullopt;
    // The folders between the nearest one already known and `folder`, deepest first.
    std::vector<fs::path> below;
    fs::path at = folder;
    while (at != root_ && !known(at)) {
        below.push_back(at);
        fs::path up = at.parent_path();
        if (up == at || up.empty()) {
            return outside_root(root_, folder.lexically_relative(root_).generic_string());
        }
        at = std::move(up);
    }
    if (at == root_ && !known(root_)) {
        // The root may itself be a link, to anywhere: the user chose it.
        std::error_code ec;
        fs::create_directories(root_, ec);
        if (ec && !fs::is_directory(root_)) return write_error(root_, ec.message());
        fs::path real = fs::weakly_canonical(root_, ec);
        if (ec) return write_error(root_, ec.message());
        std::lock_guard lock(mutex_);
        real_root_ = std::move(real);
        ready_.emplace(root_.native(), false);
    }
    for (auto it = below.rbegin(); it != below.rend(); ++it) {
        if (auto problem = check_component(*it)) return problem;
    }
    return std::nullopt;
}

// One folder whose parent is known: made when missing (then it is a real folder, ours), taken
// when it is a folder, followed when it is a link, which must resolve inside the root.
std::optional<Diagnostic> OutputRoot::check_component(const fs::path& folder) {
    // Made first and looked at only when something is there already: on a new site nearly
    // every folder is new (one per page), and each look took the parent folder's lock once
    // more, which the workers making pages side by side in `posts/` wait for.
    if (::mkdir(folder.c_str(), 0777) == 0) {
        std::lock_guard lock(mutex_);
        ready_.emplace(folder.native(), true);
        return std::nullopt;
    }
    // Something is in the way (a folder, a link or a file, perhaps made by another thread at
    // this moment): it is looked at like any other.
    struct stat info {};
    if (errno != EEXIST || ::lstat(folder.c_str(), &info) != 0)
        return write_error(folder, std::strerror(errno));
    if (S_ISLNK(info.st_mode)) {
        std::error_code ec;
        const fs::path real = fs::weakly_canonical(folder, ec);
        if (ec) return write_error(folder, ec.message());
        fs::path real_root;
        {
            std::lock_guard lock(mutex_);
            real_root = *real_root_;
        }
        const fs::path back = real.lexically_relative(real_root);
        if (back.empty() || *back.begin() == "..")
            return outside_root(root_, folder.lexically_relative(root_).generic_string());
        if (!fs::is_directory(real, ec)) return write_error(folder, "not a folder");
    } else if (!S_ISDIR(info.st_mode)) {
        return write_error(folder, "a file of that name is in the way of a folder");
    }
    std::lock_guard lock(mutex_);
    ready_.emplace(folder.native(), false);
    return std::nullopt;
}

bool OutputRoot::made_by_this_run(const fs::path& folder) {
    std::lock_guard lock(mutex_);
    const auto found = ready_.find(folder.native());
    return found != ready_.end() && found->second;
}

std::vector<fs::path> write_files(OutputRoot& root, const std::vector<OutputFile>& files,
                                  Diagnostics& diagnostics, Sync sync) {
    std::vector<fs::path> written;
    for (const OutputFile& file : files) {
        const std::optional<fs::path> target = path_inside(root.path(), file.path);
        if (!target) {
            Diagnostic d;
            d.severity = Severity::error;
            d.code = "output.outside-root";
            d.message = "refusing to write '" + file.path + "': it is not a plain path inside " +
                        root.path().generic_string();
            d.path = root.path().generic_string();
            diagnostics.report(std::move(d));
            continue;
        }
        if (auto problem = root.prepare_folder(target->parent_path())) {
            if (problem->code == "output.outside-root") {
                problem->message = "refusing to write '" + file.path + "': a symbolic link below " +
                                   root.path().generic_string() + " leads outside it";
            }
            diagnostics.report(std::move(*problem));
            continue;
        }
        // In a folder this run made, only this run's files can be there: nothing to compare
        // (a new site spares a failed open per page).
        if (!root.made_by_this_run(target->parent_path()) && holds_exactly(*target, file.bytes)) {
            written.push_back(*target);
            continue;
        }
        if (auto error = write_file_atomically(*target, file.bytes, sync)) {
            diagnostics.report(std::move(*error));
            continue;
        }
        written.push_back(*target);
    }
    return written;
}

}  // namespace folio
