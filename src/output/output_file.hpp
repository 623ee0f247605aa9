#pragma once

#include <filesystem>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "src/diagnostics/diagnostic.hpp"
#include "src/output/temp_files.hpp"

namespace folio {

/// One file a writer produces: a `/`-separated path relative to the output root, and its
/// bytes. Writers return these and never touch the disk themselves.
struct OutputFile {
    std::string path;
    std::string bytes;
};

/// When written bytes are forced to the disk.
enum class Sync {
    each_file,  ///< fsync before every rename: one output file (a book, a feed)
    /// No fsync per file; the caller may call `sync_file_system` once when the run is done. For
    /// writers of thousands of small files, where an fsync each cost more than the conversion.
    /// A killed process still leaves old or new files whole (the rename is atomic either way);
    /// a power cut can lose the newest files until the kernel has written them out.
    at_end,
};

/// Writes `bytes` to `target` so that no reader ever sees half a file: into a temporary file in
/// the same folder, then renamed over the target (the previous content stays intact until the
/// rename). A target that existed keeps its permission bits (and its owner, where allowed). Creates missing parent folders. Returns the error, if any, as a diagnostic
/// (`output.write`) naming the target. The target `-` is standard output.
std::optional<Diagnostic> write_file_atomically(const std::filesystem::path& target,
                                                std::string_view bytes,
                                                Sync sync = Sync::each_file);

/// Forces everything written to the file system that holds `inside` to the disk (`syncfs`):
/// the end of a run that wrote with `Sync::at_end`.
std::optional<Diagnostic> sync_file_system(const std::filesystem::path& inside);

/// A file written in pieces that appears under its name only once complete: the streaming form
/// of `write_file_atomically`, for output too large to build in memory first (an EPUB book).
/// Bytes go to a temporary file in the target's folder; `commit` flushes it to disk and renames
/// it over the target. Destroyed without a commit, it removes the temporary file and the target
/// stays as it was. Every failure is a diagnostic (`output.write`) naming the target.
/// The target `-` is standard output (`-o -`): bytes go there as they come, unbuffered and
/// binary-safe, and nothing is renamed; a failure half-way leaves what was written.
class AtomicFile {
public:
    explicit AtomicFile(std::filesystem::path target);
    ~AtomicFile();
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    /// Creates the temporary file (and missing parent folders).
    std::optional<Diagnostic> open();
    /// Appends `bytes`.
    std::optional<Diagnostic> write(std::string_view bytes);
    /// Flushes (with `Sync::each_file`), closes and renames over the target.
    std::optional<Diagnostic> commit(Sync sync = Sync::each_file);

private:
    std::filesystem::path target_;
    std::filesystem::path temp_;
    int fd_ = -1;
    bool committed_ = false;
    bool standard_output_ = false;  ///< the target is `-`: fd_ is 1 and is never closed
    TempFileRegistration registration_;  ///< removes temp_ if a signal ends the process
};

/// `relative` joined below `root`, or empty when it would leave the root: absolute paths,
/// `..` segments, empty segments, backslashes and NUL bytes are all refused, so no slug or image
/// name can make a writer write elsewhere.
std::optional<std::filesystem::path> path_inside(const std::filesystem::path& root,
                                                 std::string_view relative);

/// The folder a run writes many files into. It remembers the folders below it that this run
/// made or found to be real folders inside it, so each folder is checked (and made) once per
/// run rather than every path being resolved again for every file: on a site of 10,000 pages
/// that resolving was most of the system calls. Safe to share between threads.
class OutputRoot {
public:
    explicit OutputRoot(std::filesystem::path root);
    const std::filesystem::path& path() const { return root_; }

    /// Makes `folder` (a path below the root, as `path_inside` builds it) exist as a folder
    /// inside the root. Returns an `output.outside-root` diagnostic when a symbolic link on the
    /// way leads outside the root, and `output.write` when a folder cannot be made.
    std::optional<Diagnostic> prepare_folder(const std::filesystem::path& folder);

    /// Whether `folder`, prepared before, was made by this OutputRoot (it did not exist).
    bool made_by_this_run(const std::filesystem::path& folder);

private:
    bool known(const std::filesystem::path& folder);
    std::optional<Diagnostic> check_component(const std::filesystem::path& folder);

    std::filesystem::path root_;
    std::mutex mutex_;
    std::optional<std::filesystem::path> real_root_;         // resolved on first use
    // Folders known to be real folders inside the root, each with whether it was made here.
    std::unordered_map<std::string, bool> ready_;
};

/// Writes every file below the root with `write_file_atomically`; a path that would leave the
/// root, by its text or through a symbolic link, is an error (`output.outside-root`) and is not
/// written. A file that already holds exactly the new bytes is left as it is (same inode, same
/// modification time). Returns the paths written or found up to date.
std::vector<std::filesystem::path> write_files(OutputRoot& root,
                                               const std::vector<OutputFile>& files,
                                               Diagnostics& diagnostics,
                                               Sync sync = Sync::each_file);

}  // namespace folio
