#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostics/diagnostic.hpp"

namespace folio {

/// One file a writer produces: a `/`-separated path relative to the output root, and its
/// bytes. Writers return these and never touch the disk themselves.
struct OutputFile {
    std::string path;
    std::string bytes;
};

/// Writes `bytes` to `target` so that no reader ever sees half a file: into a temporary file in
/// the same folder, flushed to disk, then renamed over the target (the previous content stays
/// intact until the rename). Creates missing parent folders. Returns the error, if any, as a
/// diagnostic (`output.write`) naming the target.
std::optional<Diagnostic> write_file_atomically(const std::filesystem::path& target,
                                                std::string_view bytes);

/// A file written in pieces that appears under its name only once complete: the streaming form
/// of `write_file_atomically`, for output too large to build in memory first (an EPUB book).
/// Bytes go to a temporary file in the target's folder; `commit` flushes it to disk and renames
/// it over the target. Destroyed without a commit, it removes the temporary file and the target
/// stays as it was. Every failure is a diagnostic (`output.write`) naming the target.
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
    /// Flushes, closes and renames over the target.
    std::optional<Diagnostic> commit();

private:
    std::filesystem::path target_;
    std::filesystem::path temp_;
    int fd_ = -1;
    bool committed_ = false;
};

/// `relative` joined below `root`, or empty when it would leave the root: absolute paths,
/// `..` segments, empty segments, backslashes and NUL bytes are all refused, so no slug or image
/// name can make a writer write elsewhere.
std::optional<std::filesystem::path> path_inside(const std::filesystem::path& root,
                                                 std::string_view relative);

/// Writes every file below `root` with `write_file_atomically`; a path that would leave the
/// root is an error (`output.outside-root`) and is not written. Returns the paths written.
std::vector<std::filesystem::path> write_files(const std::filesystem::path& root,
                                               const std::vector<OutputFile>& files,
                                               Diagnostics& diagnostics);

}  // namespace folio
