#include "src/output/output_lock.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

namespace folio {

namespace {

namespace fs = std::filesystem;

Diagnostic lock_error(std::string code, std::string message, const std::string& output) {
    return Diagnostic{Severity::error, std::move(code), std::move(message), output, 0, 0, {}};
}

// The process id the holder wrote into the file, or empty.
std::string holder_of(int fd) {
    char text[32] = {};
    const ssize_t n = ::pread(fd, text, sizeof text - 1, 0);
    std::string pid(text, n > 0 ? static_cast<std::size_t>(n) : 0);
    while (!pid.empty() && (pid.back() == '\n' || pid.back() == ' ')) pid.pop_back();
    return pid;
}

// The registration of a lock file this run holds: the one made with the file, else a new one.
TempFileRegistration registration_held(TempFileRegistration made, const std::string& path) {
    if (made.registered()) return made;
    TempFileRegistration found(path.c_str());
    found.created();  // it is there already
    return found;
}

}  // namespace

std::string OutputLock::lock_path(const std::string& output, OutputShape shape) {
    if (shape == OutputShape::folder) return (fs::path(output) / ".folio.lock").string();
    const fs::path file(output);
    return (file.parent_path() / ("." + file.filename().string() + ".folio.lock")).string();
}

Result<OutputLock> OutputLock::take(const std::string& output, OutputShape shape) {
    OutputLock lock;
    // Standard output needs none; no output at all (a library caller's mistake) has none.
    if (output.empty() || output == "-") return lock;
    const std::string path = lock_path(output, shape);
    std::error_code ec;
    if (const fs::path folder = fs::path(path).parent_path(); !folder.empty())
        fs::create_directories(folder, ec);
    // A lock file removed by the run that held it, between this run's open and its flock,
    // would leave this run holding a lock nobody else can see: taken again on the new file.
    for (int attempt = 0; attempt < 8; ++attempt) {
        // Made here: known before it exists, so a signal at any moment removes it. Found
        // there (left by a killed run, or another run's): known only once this run holds it.
        TempFileRegistration registration(path.c_str());
        int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0644);
        registration.created();
        if (fd < 0 && errno == EEXIST) {
            registration.forget();
            fd = ::open(path.c_str(), O_RDWR | O_CLOEXEC | O_NOFOLLOW);
        }
        if (fd < 0) {
            return lock_error("output.write",
                              "cannot make the lock file " + path + ": " + std::strerror(errno),
                              output);
        }
        if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
            const int error = errno;
            const std::string pid = holder_of(fd);
            ::close(fd);
            if (error != EWOULDBLOCK) {
                return lock_error("output.write",
                                  "cannot lock " + path + ": " + std::strerror(error), output);
            }
            return lock_error("output.locked",
                              "another folio run" + (pid.empty() ? "" : " (process " + pid + ")") +
                                  " is writing " + output +
                                  "; one run at a time per output: wait for it to end (its "
                                  "lock is " + path + ")",
                              output);
        }
        struct stat held {};
        struct stat named {};
        if (::fstat(fd, &held) == 0 && ::stat(path.c_str(), &named) == 0 &&
            held.st_dev == named.st_dev && held.st_ino == named.st_ino) {
            const std::string pid = std::to_string(::getpid()) + "\n";
            if (::ftruncate(fd, 0) != 0 ||
                ::pwrite(fd, pid.data(), pid.size(), 0) != static_cast<ssize_t>(pid.size())) {
                // Only the message of a second run suffers: the lock itself holds.
            }
            lock.fd_ = fd;
            lock.path_ = path;
            lock.registration_ =
                registration_held(std::move(registration), path);
            return lock;
        }
        ::close(fd);
    }
    return lock_error("output.write", "cannot lock " + path + ": it keeps being replaced",
                      output);
}

OutputLock::OutputLock(OutputLock&& other) noexcept
    : fd_(other.fd_), path_(std::move(other.path_)), registration_(std::move(other.registration_)) {
    other.fd_ = -1;
}

OutputLock& OutputLock::operator=(OutputLock&& other) noexcept {
    if (this != &other) {
        release();
        fd_ = other.fd_;
        path_ = std::move(other.path_);
        registration_ = std::move(other.registration_);
        other.fd_ = -1;
    }
    return *this;
}

OutputLock::~OutputLock() { release(); }

void OutputLock::release() {
    if (fd_ < 0) return;
    // Removed while still held, so no other run can take the lock on a file about to vanish
    // (one that opened it before stops at the check of the name in `take`).
    ::unlink(path_.c_str());
    registration_.forget();
    ::close(fd_);
    fd_ = -1;
}

}  // namespace folio
