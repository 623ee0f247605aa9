#include "output/output_file.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
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
    d.path = target.generic_string();
    return d;
}

// Whether the folder `target` goes into is really outside `root` once symbolic links are
// followed: a link inside the output folder (`posts -> /etc`) must not carry files out of it.
// The root itself may be a link. Folders that do not exist yet are created inside.
bool leaves_root(const fs::path& root, const fs::path& target) {
    std::error_code ec;
    const fs::path real_root = fs::weakly_canonical(root.empty() ? fs::path(".") : root, ec);
    if (ec) return false;  // the write reports why the root is unusable
    const fs::path real_folder = fs::weakly_canonical(target.parent_path(), ec);
    if (ec) return false;
    const fs::path back = real_folder.lexically_relative(real_root);
    return back.empty() || *back.begin() == "..";
}

}  // namespace

AtomicFile::AtomicFile(fs::path target) : target_(std::move(target)) {}

AtomicFile::~AtomicFile() {
    if (fd_ >= 0) ::close(fd_);
    if (!temp_.empty() && !committed_) {
        std::error_code ec;
        fs::remove(temp_, ec);
    }
}

std::optional<Diagnostic> AtomicFile::open() {
    std::error_code ec;
    const fs::path folder = target_.has_parent_path() ? target_.parent_path() : fs::path(".");
    fs::create_directories(folder, ec);
    if (ec) return write_error(target_, ec.message());
    // A name no other writer picks, in the target's own folder so the rename stays on one file
    // system (and so is atomic): the process id tells runs apart, a counter the files of one
    // run, O_EXCL anything else (a stale file of a dead process that had the same id).
    static std::atomic<unsigned long> counter{0};
    const std::string prefix =
        "." + target_.filename().string() + ".folio-" + std::to_string(::getpid()) + "-";
    for (int attempt = 0; attempt < 16 && fd_ < 0; ++attempt) {
        temp_ = folder / (prefix + std::to_string(counter.fetch_add(1)) + ".tmp");
        fd_ = ::open(temp_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
        if (fd_ < 0 && errno != EEXIST) {
            const int error = errno;
            temp_.clear();
            return write_error(target_, std::strerror(error));
        }
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
    if (sync == Sync::each_file && ::fsync(fd_) != 0)
        return write_error(target_, std::strerror(errno));
    const int fd = fd_;
    fd_ = -1;
    if (::close(fd) != 0) return write_error(target_, std::strerror(errno));
    std::error_code ec;
    fs::rename(temp_, target_, ec);
    if (ec) return write_error(target_, ec.message());
    committed_ = true;
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

std::vector<fs::path> write_files(const fs::path& root, const std::vector<OutputFile>& files,
                                  Diagnostics& diagnostics, Sync sync) {
    std::vector<fs::path> written;
    for (const OutputFile& file : files) {
        const std::optional<fs::path> target = path_inside(root, file.path);
        if (!target) {
            Diagnostic d;
            d.severity = Severity::error;
            d.code = "output.outside-root";
            d.message = "refusing to write '" + file.path + "': it is not a plain path inside " +
                        root.generic_string();
            d.path = root.generic_string();
            diagnostics.report(std::move(d));
            continue;
        }
        if (leaves_root(root, *target)) {
            Diagnostic d;
            d.severity = Severity::error;
            d.code = "output.outside-root";
            d.message = "refusing to write '" + file.path + "': a symbolic link below " +
                        root.generic_string() + " leads outside it";
            d.path = root.generic_string();
            diagnostics.report(std::move(d));
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
