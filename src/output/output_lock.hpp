#pragma once

// One run at a time per output. Two runs into one site interleaved their pages, and the
// sitemap of the one that finished last listed pages the other had removed; two books into one
// file raced their renames. A run holds an advisory lock (flock) on a small file while it
// writes; a second run finds it held and stops, naming the first run's process.

#include <optional>
#include <string>

#include "src/diagnostics/diagnostic.hpp"
#include "src/output/output_place.hpp"
#include "src/output/temp_files.hpp"

namespace folio {

/// The lock on one output, held from `take` until destroyed (then its file is removed). A run
/// killed while holding it releases it with its process (the kernel drops the flock); the file
/// it leaves is harmless: the next run takes the lock on it.
class OutputLock {
public:
    /// The lock file of `output`: `.folio.lock` inside a folder output (made when missing),
    /// `.NAME.folio.lock` beside a file output.
    static std::string lock_path(const std::string& output, OutputShape shape);

    /// Takes the lock of `output`, without waiting. Another run holding it is an error
    /// (`output.locked`) naming that run's process id; a lock file that cannot be made is an
    /// error (`output.write`). `-` (standard output) needs no lock: an empty lock is returned.
    static Result<OutputLock> take(const std::string& output, OutputShape shape);

    OutputLock() = default;
    OutputLock(OutputLock&& other) noexcept;
    OutputLock& operator=(OutputLock&& other) noexcept;
    OutputLock(const OutputLock&) = delete;
    OutputLock& operator=(const OutputLock&) = delete;
    ~OutputLock();

private:
    void release();

    int fd_ = -1;
    std::string path_;
    TempFileRegistration registration_;  ///< removes the lock file if a signal ends the run
};

}  // namespace folio
