#pragma once

// Temporary files removed when the process is ended by a signal. An interrupted `folio epub`
// left a hidden 5-16 MB `.tmp` beside the book on every Ctrl-C: destructors do not run when a
// signal ends a process. The files are registered in a fixed table a signal handler can read
// without locks or allocation (only async-signal-safe calls: unlink, signal, raise).

namespace folio {

/// Registers `path` (a temporary file or a lock file this process made) for removal if a
/// signal ends the process. Returns its place in the table, or -1 when the table is full or the
/// path too long (then the file is only removed by the normal paths). Thread-safe.
int register_temp_file(const char* path);

/// Says that the file of `place` was made (or could not be): until then a signal's handler
/// waits for it, a second at most, so that a file made while the handler runs is removed too.
/// Call it right after the open() that follows `register_temp_file`. Thread-safe.
void temp_file_created(int place);

/// Forgets the file of `place` (a value from `register_temp_file`; -1 is ignored): it was
/// renamed into place or removed. Thread-safe.
void forget_temp_file(int place);

/// Installs handlers for SIGINT, SIGTERM and SIGHUP that remove every registered file and then
/// end the process by the same signal, as if unhandled (the exit status still says which).
/// Process-wide: the program calls it once at start, the library never does.
void remove_temp_files_on_signals();

/// RAII form: registers on construction, forgets on destruction (or `forget`).
class TempFileRegistration {
public:
    TempFileRegistration() = default;
    explicit TempFileRegistration(const char* path) : place_(register_temp_file(path)) {}
    ~TempFileRegistration() { forget(); }
    TempFileRegistration(TempFileRegistration&& other) noexcept : place_(other.place_) {
        other.place_ = -1;
    }
    TempFileRegistration& operator=(TempFileRegistration&& other) noexcept {
        if (this != &other) {
            forget();
            place_ = other.place_;
            other.place_ = -1;
        }
        return *this;
    }
    TempFileRegistration(const TempFileRegistration&) = delete;
    TempFileRegistration& operator=(const TempFileRegistration&) = delete;

    bool registered() const { return place_ >= 0; }

    /// The file was made, or its making failed (`temp_file_created`).
    void created() const { temp_file_created(place_); }

    void forget() {
        forget_temp_file(place_);
        place_ = -1;
    }

private:
    int place_ = -1;
};

}  // namespace folio
