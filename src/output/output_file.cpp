#include "output/output_file.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <atomic>

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

// Closes the descriptor and removes the temporary file unless the rename succeeded.
class TempFile {
public:
    TempFile(fs::path path, int fd) : path_(std::move(path)), fd_(fd) {}
    ~TempFile() {
        if (fd_ >= 0) ::close(fd_);
        if (!committed_) {
            std::error_code ec;
            fs::remove(path_, ec);
        }
    }
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;

    int fd() const { return fd_; }
    const fs::path& path() const { return path_; }
    bool close() {
        const int fd = fd_;
        fd_ = -1;
        return ::close(fd) == 0;
    }
    void commit() { committed_ = true; }

private:
    fs::path path_;
    int fd_;
    bool committed_ = false;
};

}  // namespace

std::optional<Diagnostic> write_file_atomically(const fs::path& target, std::string_view bytes,
                                                Sync sync) {
    std::error_code ec;
    const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
    fs::create_directories(folder, ec);
    if (ec) return write_error(target, ec.message());

    // A name no other writer picks, in the target's own folder so the rename stays on one file
    // system (and so is atomic): the process id tells runs apart, a counter the files of one
    // run, O_EXCL anything else (a stale file of a dead process that had the same id).
    static std::atomic<unsigned long> counter{0};
    const std::string prefix = "." + target.filename().string() + ".folio-" +
                               std::to_string(::getpid()) + "-";
    int fd = -1;
    fs::path temp;
    for (int attempt = 0; attempt < 16 && fd < 0; ++attempt) {
        temp = folder / (prefix + std::to_string(counter.fetch_add(1)) + ".tmp");
        fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
        if (fd < 0 && errno != EEXIST) return write_error(target, std::strerror(errno));
    }
    if (fd < 0) return write_error(target, "no free temporary name");
    TempFile file(temp, fd);

    const char* data = bytes.data();
    std::size_t left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(file.fd(), data, left);
        if (n < 0) {
            if (errno == EINTR) continue;
            return write_error(target, std::strerror(errno));
        }
        data += n;
        left -= static_cast<std::size_t>(n);
    }
    if (sync == Sync::each_file && ::fsync(file.fd()) != 0) {
        return write_error(target, std::strerror(errno));
    }
    if (!file.close()) return write_error(target, std::strerror(errno));
    fs::rename(file.path(), target, ec);
    if (ec) return write_error(target, ec.message());
    file.commit();
    return std::nullopt;
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
        if (auto error = write_file_atomically(*target, file.bytes, sync)) {
            diagnostics.report(std::move(*error));
            continue;
        }
        written.push_back(*target);
    }
    return written;
}

}  // namespace folio
